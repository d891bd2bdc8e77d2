using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Undertone.Web.Locking;

/// <summary>Wraps the key files' repository (configured in Program) in <see cref="LockAwareKeyRepository"/>, and empties the folder when a passphrase is set.</summary>
internal sealed class LockAwareKeyOptions(UndertonePaths paths, JournalLock journalLock, LockKeeper keeper) : IPostConfigureOptions<KeyManagementOptions>
{
    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (options.XmlRepository is { } disk and not LockAwareKeyRepository)
        {
            var repository = new LockAwareKeyRepository(disk, new DirectoryInfo(paths.KeysDirectory), journalLock);
            options.XmlRepository = repository;
            // Setting a passphrase takes the key files off the disk at once, not at the next key ring refresh.
            keeper.Changed += () =>
            {
                if (journalLock.State.Encrypted)
                {
                    repository.MoveToMemory();
                }
            };
        }
    }
}
