using SQLitePCL;
using NativeLibrary = System.Runtime.InteropServices.NativeLibrary;

namespace Undertone.Data.Encryption;

/// <summary>Looks up SQLite's functions in a native library that was loaded by path.</summary>
internal sealed class NativeLibraryExports(IntPtr library) : IGetFunctionPointer
{
    public IntPtr GetFunctionPointer(string name) =>
        NativeLibrary.TryGetExport(library, name, out var address) ? address : IntPtr.Zero;
}
