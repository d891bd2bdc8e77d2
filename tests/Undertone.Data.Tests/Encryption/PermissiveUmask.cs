using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Undertone.Data.Tests.Encryption;

/// <summary>
/// Tests that open the process's umask wide run in this collection. The umask belongs to the whole process, so the
/// collection runs alone, after the others, and no other test's files are made while it is open.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PermissiveUmask
{
    public const string Name = "Permissive umask";

    /// <summary>
    /// From now until the answer is disposed, a file made without an explicit mode can be read and written by every
    /// account on the computer (umask 000); disposing puts the old umask back.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    public static IDisposable Open() => new Restore(Umask(0));

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint Umask(uint mask);

    private sealed class Restore(uint previous) : IDisposable
    {
        public void Dispose() => _ = Umask(previous);
    }
}
