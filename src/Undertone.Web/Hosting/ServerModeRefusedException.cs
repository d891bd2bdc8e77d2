namespace Undertone.Web.Hosting;

/// <summary>Undertone was asked to start in a mode it cannot run safely; the message says why and what to do.</summary>
public sealed class ServerModeRefusedException : InvalidOperationException
{
    public ServerModeRefusedException()
    {
    }

    public ServerModeRefusedException(string message)
        : base(message)
    {
    }

    public ServerModeRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
