namespace Undertone.Domain.Journal;

/// <summary>A theme (tag) on recaps, such as "work" or "sleep". Names are unique ignoring case.</summary>
public sealed class Theme
{
    public const int NameMaxLength = 60;

    /// <summary>A colour is stored as <c>#rrggbb</c>.</summary>
    public const int ColourMaxLength = 7;

    private string _name = "";

    public int Id { get; set; }

    /// <summary>The name as the user typed it (trimmed at the ends). Setting it also sets <see cref="NormalizedName"/>.</summary>
    public string Name
    {
        get => _name;
        set
        {
            _name = value ?? "";
            NormalizedName = Normalize(_name);
        }
    }

    /// <summary>The name in upper case, for the unique-ignoring-case index and for look-ups.</summary>
    public string NormalizedName { get; private set; } = "";

    /// <summary>An optional colour as <c>#rrggbb</c>; null for the default.</summary>
    public string? Colour { get; set; }

    /// <summary>True for the "try it with sample entries" themes, so they can be removed in one go.</summary>
    public bool IsSample { get; set; }

    /// <summary>The key two theme names are compared by: trimmed and upper-cased, the same in every culture.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant();
    }

    /// <summary>Trimmed, non-blank names, the first spelling of each kept, in their first order.</summary>
    public static IReadOnlyList<string> DistinctNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var tidy = JournalText.Tidy(name);
            if (tidy.Length > 0 && seen.Add(Normalize(tidy)))
            {
                result.Add(tidy);
            }
        }

        return result;
    }
}
