using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Undertone.Web.Locking;

/// <summary>
/// ASP.NET Data Protection's keys (they protect cookies and open tabs, never journal text): in the data folder while
/// the journal has no passphrase; in memory only once it has one, so nothing in the folder is readable without the
/// passphrase. The first time the keys are used with a passphrase set, the files are moved into memory and deleted.
/// </summary>
internal sealed class LockAwareKeyRepository(IXmlRepository disk, DirectoryInfo keysDirectory, JournalLock journalLock) : IXmlRepository
{
    private readonly List<XElement> _memory = [];
    private readonly object _sync = new();

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_sync)
        {
            if (journalLock.State.Encrypted)
            {
                MoveToMemory();
                return [.. _memory.Select(e => new XElement(e))];
            }

            return [.. disk.GetAllElements(), .. _memory.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        lock (_sync)
        {
            if (journalLock.State.Encrypted)
            {
                MoveToMemory();
                _memory.Add(new XElement(element));
                return;
            }

            disk.StoreElement(element, friendlyName);
        }
    }

    /// <summary>Moves any key files into memory and deletes them. Called when the journal has a passphrase.</summary>
    public void MoveToMemory()
    {
        lock (_sync)
        {
            keysDirectory.Refresh();
            if (!keysDirectory.Exists)
            {
                return;
            }

            var files = keysDirectory.GetFiles("*.xml");
            if (files.Length == 0)
            {
                return;
            }

            _memory.AddRange(disk.GetAllElements());
            foreach (var file in files)
            {
                file.Delete();
            }
        }
    }
}
