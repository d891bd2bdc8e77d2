namespace Undertone.Data.YourData;

/// <summary>One thing wrong with a file to import: which file, which item (e.g. <c>recaps[3]</c>), which field, and what to do. Never repeats the file's text.</summary>
public sealed record ImportProblem(string File, string Item, string Field, string Message);
