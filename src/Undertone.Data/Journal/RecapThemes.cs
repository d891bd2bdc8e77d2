using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// Sets the themes a recap carries, by name: used by <see cref="RecapStore"/> and <see cref="SampleEntries"/>. A theme
/// lives as long as a recap carries it: one that no recap carries any more after a save or a delete goes with it, so a
/// deleted recap's theme names do not stay behind (undo brings them back by name).
/// </summary>
internal static class RecapThemes
{
    /// <summary>
    /// Gives <paramref name="recap"/> exactly the themes <paramref name="names"/> (matched ignoring case, in this
    /// context's pending themes too); names no theme has yet become new themes.
    /// </summary>
    public static async Task SetAsync(UndertoneDbContext db, Recap recap, IReadOnlyList<string> names, bool isSample, CancellationToken cancellationToken)
    {
        var wanted = Theme.DistinctNames(names);
        var keys = wanted.Select(Theme.Normalize).ToList();
        var existing = keys.Count == 0
            ? []
            : await db.Themes.Where(t => keys.Contains(t.NormalizedName)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pending = db.ChangeTracker.Entries<Theme>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        var byKey = existing.Concat(pending).GroupBy(t => t.NormalizedName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var themes = new List<Theme>(wanted.Count);
        foreach (var name in wanted)
        {
            if (!byKey.TryGetValue(Theme.Normalize(name), out var theme))
            {
                theme = new Theme { Name = name, IsSample = isSample };
                db.Themes.Add(theme);
                byKey[theme.NormalizedName] = theme;
            }

            themes.Add(theme);
        }

        foreach (var old in recap.Themes.Where(t => !themes.Contains(t)).ToList())
        {
            recap.Themes.Remove(old);
        }

        foreach (var theme in themes.Where(t => !recap.Themes.Contains(t)))
        {
            recap.Themes.Add(theme);
        }
    }

    /// <summary>Deletes those of <paramref name="themeIds"/> that no recap carries now.</summary>
    public static Task<int> DeleteUnusedAsync(UndertoneDbContext db, IReadOnlyCollection<int> themeIds, CancellationToken cancellationToken) =>
        themeIds.Count == 0
            ? Task.FromResult(0)
            : db.Themes.Where(t => themeIds.Contains(t.Id) && !db.Recaps.Any(r => r.Themes.Any(carried => carried.Id == t.Id)))
                .ExecuteDeleteAsync(cancellationToken);
}
