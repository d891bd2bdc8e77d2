using NativeLibrary = System.Runtime.InteropServices.NativeLibrary;
using SQLitePCL;

namespace Undertone.Data.Encryption;

/// <summary>Looks up SQLite's functions in a native library that was loaded by path.</summary>
internal sealed class NativeLibraryExports(IntPtr library) : IGetFunctionPointer
{
    public IntPtr GetFunctionPointer(string name) =>
        NativeLibrary.TryGetExport(library, name, out var address) ? address : IntPtr.Zero;
}
