namespace Undertone.Domain.Settings;

/// <summary>The keys the app stores preferences under. Values never hold anything the user wrote.</summary>
public static class SettingKeys
{
    public const string DarkMode = "ui.darkMode";

    /// <summary>The paper PDFs are laid out for: "A4" (the default) or "UsLetter".</summary>
    public const string PdfPaper = "pdf.paper";

    /// <summary>"True" when the person last chose the quick recap (three questions); a new recap opens that way.</summary>
    public const string QuickRecap = "journal.quickRecap";
}
