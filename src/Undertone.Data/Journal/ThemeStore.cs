using Microsoft.EntityFrameworkCore;
using Undertone.Domain;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// Lists, renames, merges and deletes themes (the tags on recaps). A change to a theme gives every recap carrying
/// it a new version, so a recap form opened before the change reports a conflict instead of undoing it.
/// </summary>
public sealed class ThemeStore(IDbContextFactory<UndertoneDbContext> dbFactory)
{
    /// <summary>Every theme with how many recaps carry it, by name.</summary>
    public async Task<IReadOnlyList<ThemeUsage>> ListThemesAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Themes.AsNoTracking()
                .OrderBy(t => t.NormalizedName)
                .Select(t => new ThemeUsage(t.Id, t.Name, t.Colour, db.Recaps.Count(r => r.Themes.Any(x => x.Id == t.Id)), t.IsSample))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renames a theme. A name another theme already has is refused (merge them instead).</summary>
    public async Task<SaveResult> RenameThemeAsync(int id, string name, CancellationToken cancellationToken = default)
    {
        name = JournalText.Tidy(name);
        var errors = JournalValidation.ValidateTheme(name, null);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // The write lock first (SQLite's BEGIN IMMEDIATE), so no other tab can take the name between the check
            // and the rename; the rename and the recap version bumps land together.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
                if (theme is null)
                {
                    return SaveResult.NotFound(id);
                }

                var normalized = Theme.Normalize(name);
                if (await db.Themes.AnyAsync(t => t.Id != id && t.NormalizedName == normalized, cancellationToken).ConfigureAwait(false))
                {
                    return SaveResult.Invalid(id, [new FieldError(nameof(Theme.Name), "There is already a theme with that name. To combine the two, use Merge.")]);
                }

                theme.Name = name;
                theme.IsSample = false;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await TouchRecapsWithThemeAsync(db, id, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return SaveResult.Saved(id, 0);
        }
    }

    /// <summary>Moves every recap from one theme to another and removes the first theme.</summary>
    public async Task<bool> MergeThemesAsync(int fromId, int intoId, CancellationToken cancellationToken = default)
    {
        if (fromId == intoId)
        {
            return false;
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var count = await db.Themes.CountAsync(t => t.Id == fromId || t.Id == intoId, cancellationToken).ConfigureAwait(false);
            if (count != 2)
            {
                return false;
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await TouchRecapsWithThemeAsync(db, fromId, cancellationToken).ConfigureAwait(false);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"RecapThemes\" (\"RecapId\", \"ThemeId\") SELECT \"RecapId\", {intoId} FROM \"RecapThemes\" WHERE \"ThemeId\" = {fromId} ON CONFLICT DO NOTHING",
                    cancellationToken).ConfigureAwait(false);
                await db.Themes.Where(t => t.Id == fromId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
    }

    /// <summary>Removes a theme from every recap and deletes it. The recaps themselves stay.</summary>
    public async Task<bool> DeleteThemeAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            bool deleted;
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await TouchRecapsWithThemeAsync(db, id, cancellationToken).ConfigureAwait(false);
                deleted = await db.Themes.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
            return deleted;
        }
    }

    // Renaming or merging a theme changes what an open recap form would save, so the recaps carrying it get a new
    // version: a form opened before the change then reports a conflict instead of bringing the old name back.
    private static async Task TouchRecapsWithThemeAsync(UndertoneDbContext db, int themeId, CancellationToken cancellationToken)
    {
        var recaps = await db.Recaps.Where(r => r.Themes.Any(t => t.Id == themeId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var recap in recaps)
        {
            VersionStamp.Touch(db.Entry(recap));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
