namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The highlights behind the message editor, worked out on the server and drawn in the browser (undertone.js,
/// <c>messageEditor.mark</c>): where each of the five parts still stands in the (possibly edited) text, the findings
/// of the check and the sentences a tone switch changed, as ranges, for the text they were computed for. The browser
/// gets the ranges and the text's length and hash, never the text again: it draws them over the text area's own
/// value, and only while that value is the text they belong to (docs/decisions/015-lighter-circuits.md).
/// </summary>
public sealed class MessageMarks
{
    /// <summary>Class names by the number the browser gets for them: the five parts, then a finding, a gentle one, a change.</summary>
    public static readonly IReadOnlyList<string> Classes =
        [.. Enum.GetValues<ScriptPartKind>().Select(ScriptLabels.PartClass), FindingClass, FindingInfoClass, ChangedClass];

    public const string FindingClass = "finding";

    public const string FindingInfoClass = "finding finding-info";

    public const string ChangedClass = "changed";

    private MessageMarks(string text, IReadOnlyDictionary<ScriptPartKind, TextRange> located, IReadOnlyList<MessageMark> marks)
    {
        Length = text.Length;
        Hash = HashOf(text);
        Located = located;
        Marks = marks;
    }

    /// <summary>The length of the text the marks are for.</summary>
    public int Length { get; }

    /// <summary>A hash of the text the marks are for (<see cref="HashOf"/>), so the browser can tell it still holds it.</summary>
    public int Hash { get; }

    /// <summary>Where each part of the generated message still stands, word for word, in the text; a part the person rewrote is missing.</summary>
    public IReadOnlyDictionary<ScriptPartKind, TextRange> Located { get; }

    /// <summary>The highlights, parts first (in the message's order), then findings, then changed sentences.</summary>
    public IReadOnlyList<MessageMark> Marks { get; }

    /// <summary>
    /// The marks for <paramref name="text"/>. Findings and changed sentences count only when they were computed for
    /// this very text (<paramref name="findingsFor"/>, <paramref name="changedFor"/>); a part counts where its words
    /// are still found: at its place, or else at the first place they appear.
    /// </summary>
    public static MessageMarks For(
        string text,
        IReadOnlyList<ScriptPart> parts,
        IReadOnlyList<Finding> findings,
        string? findingsFor,
        IReadOnlyList<TextRange> changed,
        string? changedFor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(changed);
        var located = new Dictionary<ScriptPartKind, TextRange>();
        var marks = new List<MessageMark>();
        foreach (var part in parts)
        {
            if (part.Text.Length == 0 || located.ContainsKey(part.Part))
            {
                continue;
            }

            var at = part.Start >= 0 && part.Start + part.Text.Length <= text.Length
                && string.CompareOrdinal(text, part.Start, part.Text, 0, part.Text.Length) == 0
                ? part.Start
                : text.IndexOf(part.Text, StringComparison.Ordinal);
            if (at >= 0)
            {
                located[part.Part] = new TextRange(at, part.Text.Length);
                marks.Add(new MessageMark(ScriptLabels.PartClass(part.Part), at, at + part.Text.Length));
            }
        }

        if (string.Equals(findingsFor, text, StringComparison.Ordinal))
        {
            foreach (var finding in findings)
            {
                if (finding.Length > 0 && finding.Start >= 0 && finding.Start + finding.Length <= text.Length)
                {
                    var kind = finding.Severity == FindingSeverity.Info ? FindingInfoClass : FindingClass;
                    marks.Add(new MessageMark(kind, finding.Start, finding.Start + finding.Length));
                }
            }
        }

        if (string.Equals(changedFor, text, StringComparison.Ordinal))
        {
            foreach (var range in changed)
            {
                if (range.Length > 0 && range.Start >= 0 && range.End <= text.Length)
                {
                    marks.Add(new MessageMark(ChangedClass, range.Start, range.End));
                }
            }
        }

        return new MessageMarks(text, located, marks);
    }

    /// <summary>
    /// FNV-1a over the text's UTF-16 code units, as a signed 32-bit number; undertone.js computes the same over the
    /// text area's value.
    /// </summary>
    public static int HashOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    /// <summary>
    /// What the browser gets: the text's length and hash, then three numbers per mark (its class as an index into
    /// <see cref="Classes"/>, its start and its end). No text.
    /// </summary>
    public int[] ToBrowser()
    {
        var numbers = new int[2 + (3 * Marks.Count)];
        numbers[0] = Length;
        numbers[1] = Hash;
        for (var i = 0; i < Marks.Count; i++)
        {
            numbers[2 + (3 * i)] = IndexOfClass(Marks[i].Class);
            numbers[3 + (3 * i)] = Marks[i].Start;
            numbers[4 + (3 * i)] = Marks[i].End;
        }

        return numbers;
    }

    /// <summary>True when the browser would draw the same highlights for both.</summary>
    public bool SameAs(MessageMarks? other) =>
        other is not null && other.Length == Length && other.Hash == Hash && other.Marks.SequenceEqual(Marks);

    private static int IndexOfClass(string name)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (string.Equals(Classes[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A mark's class is not in the list the browser knows.");
    }
}
