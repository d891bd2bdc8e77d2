using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Undertone.Web.Hosting;

/// <summary>ASP.NET's key files in the data folder, made owner-only (0600) as each one is written.</summary>
internal sealed class PrivateKeyRepository(DirectoryInfo directory, ILoggerFactory loggerFactory)
    : FileSystemXmlRepository(directory, loggerFactory)
{
    public override void StoreElement(XElement element, string friendlyName)
    {
        base.StoreElement(element, friendlyName);
        PrivateFiles.Tighten(Directory.FullName);
    }
}
