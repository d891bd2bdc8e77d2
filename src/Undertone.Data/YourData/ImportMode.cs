namespace Undertone.Data.YourData;

/// <summary>How an import meets the journal that is already here.</summary>
public enum ImportMode
{
    /// <summary>Add what is new; identical items are skipped; different items are kept side by side. Nothing is overwritten.</summary>
    Merge,

    /// <summary>Delete everything here first, then bring the file in exactly (ids, versions and dates kept).</summary>
    Replace,
}
