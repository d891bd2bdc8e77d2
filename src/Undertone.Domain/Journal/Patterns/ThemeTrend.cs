namespace Undertone.Domain.Journal.Patterns;

/// <summary>Whether a theme comes up more or less often lately than it did before.</summary>
public enum ThemeTrend
{
    Rising,
    Steady,
    Fading,
}
