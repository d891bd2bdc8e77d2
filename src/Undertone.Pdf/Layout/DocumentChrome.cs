namespace Undertone.Pdf.Layout;

/// <summary>
/// What a document says about itself: the PDF title metadata and the text of the running header.
/// None of it may contain what the user wrote (titles show in file lists, tabs and print queues).
/// </summary>
internal sealed record DocumentChrome(string Title, string HeaderLeft, string HeaderRight);
