namespace Undertone.Data.Ownership;

/// <summary>A save in server mode with no signed-in person: the row would belong to nobody, so nothing is written.</summary>
public sealed class NobodySignedInException : InvalidOperationException
{
    public NobodySignedInException()
        : base("Nobody is signed in, so nothing can be saved. Every journal entry in server mode belongs to one person.")
    {
    }

    public NobodySignedInException(string message)
        : base(message)
    {
    }

    public NobodySignedInException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
