using System.Collections.Concurrent;

namespace Undertone.Web.Api;

/// <summary>
/// Lets the "Your data" page follow an export that the browser downloads through <c>GET /api/data/export</c>: the page
/// registers a watcher and puts its random id in the link (<c>progress=…</c>); the endpoint passes the counts on to it.
/// Only counts travel this way, never anything written, and an unknown id is simply ignored.
/// </summary>
public sealed class ExportProgress
{
    private readonly ConcurrentDictionary<Guid, IProgress<DataProgress>> _watchers = new();

    /// <summary>Registers a watcher; the id goes into the export link. Call <see cref="Forget"/> when the page closes.</summary>
    public Guid Watch(IProgress<DataProgress> watcher)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        var id = Guid.NewGuid();
        _watchers[id] = watcher;
        return id;
    }

    public void Forget(Guid id) => _watchers.TryRemove(id, out _);

    /// <summary>The watcher for the id in a download's link, if the page that made the link is still open.</summary>
    public IProgress<DataProgress>? Find(Guid? id) =>
        id is { } key && _watchers.TryGetValue(key, out var watcher) ? watcher : null;

    /// <summary>How many pages are watching (for tests: a closed page leaves nothing behind).</summary>
    public int Count => _watchers.Count;
}
