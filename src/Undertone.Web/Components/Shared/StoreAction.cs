namespace Undertone.Web.Components.Shared;

/// <summary>What a page was doing when it called a store: it picks the words of the message if that call fails.</summary>
public enum StoreAction
{
    /// <summary>Saving what the user typed (the text stays on the page).</summary>
    Save,

    /// <summary>An action such as delete, mark or add samples.</summary>
    Do,

    /// <summary>Reading what the page shows.</summary>
    Load,

    /// <summary>Bringing back what was just deleted (Undo).</summary>
    BringBack,
}
