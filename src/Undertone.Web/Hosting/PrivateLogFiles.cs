using System.Text;
using Serilog.Sinks.File;

namespace Undertone.Web.Hosting;

/// <summary>Makes each log file owner-only (0600) as Serilog opens it, including the new file of each day.</summary>
internal sealed class PrivateLogFiles : FileLifecycleHooks
{
    public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
    {
        PrivateFiles.MakePrivate(path);
        return base.OnFileOpened(path, underlyingStream, encoding);
    }
}
