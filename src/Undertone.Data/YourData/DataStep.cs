namespace Undertone.Data.YourData;

/// <summary>What a long export, import or "delete everything" is doing right now (see <see cref="DataProgress"/>).</summary>
public enum DataStep
{
    /// <summary>Export: writing <c>undertone.json</c>, recap by recap.</summary>
    WritingJson,

    /// <summary>Export: writing the Markdown files, recap by recap.</summary>
    WritingMarkdown,

    /// <summary>Import (replace) or delete everything: removing what is here.</summary>
    Removing,

    /// <summary>Import: adding recaps, batch by batch.</summary>
    AddingRecaps,

    /// <summary>Import: adding questions, saved messages, agreements and settings.</summary>
    AddingTheRest,

    /// <summary>Delete everything or replace: clearing the deleted words out of the files on disk.</summary>
    WipingFiles,

    /// <summary>All done; nothing more will be reported.</summary>
    Finished,

    /// <summary>It ended before it finished (an error, or the download was cancelled); nothing more will be reported.</summary>
    Stopped,
}
