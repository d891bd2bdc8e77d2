namespace Undertone.Data.Encryption;

/// <summary>Encrypting or decrypting the journal file in place stopped because SQLite did not answer as expected (for example the integrity check found damage). The file is left as SQLite left it; this is never an expected outcome.</summary>
public sealed class JournalConversionException : Exception
{
    public JournalConversionException()
        : base("Converting the journal stopped.")
    {
    }

    public JournalConversionException(string message)
        : base(message)
    {
    }

    public JournalConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
