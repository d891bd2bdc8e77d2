using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Undertone.Data.Encryption;
using Undertone.Web.Hosting;

namespace Undertone.Web.Locking;

/// <summary>Wraps the key files' repository (configured in Program) in <see cref="LockAwareKeyRepository"/>.</summary>
internal sealed class LockAwareKeyOptions(UndertonePaths paths, JournalLock journalLock) : IPostConfigureOptions<KeyManagementOptions>
{
    public void PostConfigure(string? name, KeyManagementOptions options)
    {
        if (options.XmlRepository is { } disk and not LockAwareKeyRepository)
        {
            options.XmlRepository = new LockAwareKeyRepository(disk, new DirectoryInfo(paths.KeysDirectory), journalLock);
        }
    }
}
