using Microsoft.EntityFrameworkCore;

namespace Undertone.Data;

/// <summary>
/// Saving an item the person edits under its version (optimistic concurrency, <see cref="VersionStamp"/>): an item is
/// changed only while it is still at the version the page read, and a save that loses the race to another tab reports
/// the version stored now (or that the item is gone) instead of overwriting it. Items are found by their <c>Id</c> key
/// and <c>Version</c> token, which every editable entity has (<see cref="UndertoneDbContext"/>).
/// </summary>
internal static class VersionedSave
{
    private const string IdName = "Id";

    /// <summary>
    /// For a save that creates (<paramref name="id"/> null) or updates: the <paramref name="create"/>d item, added to
    /// the context, or the stored one as <see cref="FindAtVersionAsync"/> finds it.
    /// </summary>
    public static async Task<(TEntity? Item, SaveResult? Refused)> AddOrFindAtVersionAsync<TEntity>(
        DbContext db, IQueryable<TEntity> items, int? id, long expectedVersion, Func<TEntity> create, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(create);
        if (id is { } existing)
        {
            return await FindAtVersionAsync(db, items, existing, expectedVersion, cancellationToken).ConfigureAwait(false);
        }

        var item = create();
        db.Add(item);
        return (item, null);
    }

    /// <summary>
    /// The tracked item <paramref name="id"/> from <paramref name="items"/> while it is still at
    /// <paramref name="expectedVersion"/>; otherwise no item and the answer to give (not found, or a conflict naming the
    /// stored version).
    /// </summary>
    public static async Task<(TEntity? Item, SaveResult? Refused)> FindAtVersionAsync<TEntity>(
        DbContext db, IQueryable<TEntity> items, int id, long expectedVersion, CancellationToken cancellationToken)
        where TEntity : class
    {
        var found = await items.SingleOrDefaultAsync(e => EF.Property<int>(e, IdName) == id, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return (null, SaveResult.NotFound(id));
        }

        var version = db.Entry(found).Property<long>(VersionStamp.PropertyName).CurrentValue;
        return version == expectedVersion ? (found, null) : (null, SaveResult.Conflict(id, version));
    }

    /// <summary>
    /// Saves the changes and gives <paramref name="item"/>'s new version; when another save got there first, the version
    /// stored now (or not found, when the item was deleted meanwhile), with nothing written.
    /// </summary>
    public static async Task<SaveResult> SaveAsync<TEntity>(DbContext db, TEntity item, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entry = db.Entry(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            var id = entry.Property<int>(IdName).CurrentValue;
            var stored = await db.Set<TEntity>().AsNoTracking().Where(e => EF.Property<int>(e, IdName) == id)
                .Select(e => (long?)EF.Property<long>(e, VersionStamp.PropertyName))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return stored is null ? SaveResult.NotFound(id) : SaveResult.Conflict(id, stored.Value);
        }

        return SaveResult.Saved(entry.Property<int>(IdName).CurrentValue, entry.Property<long>(VersionStamp.PropertyName).CurrentValue);
    }
}
