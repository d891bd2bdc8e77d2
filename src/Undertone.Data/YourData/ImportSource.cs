namespace Undertone.Data.YourData;

/// <summary>Which program wrote the file being imported.</summary>
public enum ImportSource
{
    Undertone,
    Jrnl,
    DayOne,
}
