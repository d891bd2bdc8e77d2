namespace Undertone.Web.Hosting;

/// <summary>The mode this start runs in, for the few pages that differ (the sign-out button, local-only features).</summary>
public sealed record RunningMode(AppMode Mode)
{
    public bool IsServer => Mode is AppMode.Server;
}
