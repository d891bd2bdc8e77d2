namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The message side of the builder, with no I/O: the choices as typed, the ask they make, the generated script,
/// the text as the person has it (possibly edited), the gentle check, the sentences a tone switch changed, and the
/// follow-up for a no. Every method is a plain, synchronous step that a test can call.
/// </summary>
/// <remarks>
/// The text in the editor belongs to the browser while the person types (see <c>message-editor.js</c>): it arrives
/// here through <see cref="SetText"/> with the browser's edit count, and a change made here (a reset, a suggestion)
/// bumps <see cref="TextRevision"/> so the page pushes it to the editor, which applies it only if it is not stale.
/// </remarks>
public sealed class MessageState
{
    public ScriptForm Form { get; private set; } = ScriptForm.From(ScriptForm.StartingAsk);

    /// <summary>The last valid ask: what the generated message follows.</summary>
    public ConsentAsk Ask { get; private set; } = ScriptForm.StartingAsk;

    public ConsentScript Script { get; private set; } = ScriptComposer.Compose(ScriptForm.StartingAsk);

    public string Text { get; private set; } = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;

    /// <summary>Goes up each time the text is changed here rather than typed, so the editor is told.</summary>
    public int TextRevision { get; private set; }

    /// <summary>How many of the browser's edits <see cref="Text"/> includes.</summary>
    public long KnownEdit { get; private set; }

    /// <summary>True when the text was last set here and the editor must take it whatever it holds (a draft opened).</summary>
    public bool ForceText { get; private set; }

    public IReadOnlyList<FieldError> FormErrors { get; private set; } = [];

    public string? TextError { get; private set; }

    public bool ShowReplaceOffer { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>The judge of meaning the check uses, once one is ready (null: the check's rules alone).</summary>
    public Func<IMeaningJudge?> Meaning { get; init; } = static () => null;

    /// <summary>The findings are the rules' alone for the text as typed: the meaning check is still to come.</summary>
    public bool MeaningBehind { get; private set; }

    /// <summary>The text <see cref="Findings"/> were computed for.</summary>
    public string? FindingsFor { get; private set; }

    public IReadOnlyList<TextRange> Changed { get; private set; } = [];

    /// <summary>The text <see cref="Changed"/> was computed for.</summary>
    public string? ChangedFor { get; private set; }

    public string? ChangeNote { get; private set; }

    public IReadOnlyList<ChecklistItem> Covered { get; private set; } = [];

    public IReadOnlyList<FollowUpAlternative> Alternatives { get; private set; } = [];

    public string? FollowUp { get; private set; }

    /// <summary>The message differs from what the current choices generate.</summary>
    public bool IsEdited => !string.Equals(Text, Script.Text, StringComparison.Ordinal);

    /// <summary>
    /// A choice is not valid, so the generated message still follows the last valid choices and would state
    /// something the form no longer shows. The page says so and pauses copying until it is fixed.
    /// </summary>
    public bool IsBehindChoices => FormErrors.Count > 0 && !IsEdited;

    /// <summary>The findings for the text as it is now (none while the check is behind the typing).</summary>
    public IReadOnlyList<Finding> CurrentFindings => string.Equals(FindingsFor, Text, StringComparison.Ordinal) ? Findings : [];

    /// <summary>The <see cref="TextRevision"/> of the last time a new choice replaced the text.</summary>
    private int _choiceRevision;

    public MessageState() => Load(ScriptForm.StartingAsk, null, []);

    /// <summary>Starts from a saved state: a draft, a saved script or the starting choices.</summary>
    public void Load(ConsentAsk ask, string? editedText, IReadOnlyList<FollowUpAlternative> alternatives)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(alternatives);
        Form = ScriptForm.From(ask);
        var (valid, errors) = Form.TryBuild();
        FormErrors = errors;
        Ask = valid ?? ScriptForm.StartingAsk;
        Script = ScriptComposer.Compose(Ask);
        Alternatives = [.. alternatives];
        ShowReplaceOffer = false;
        ClearChanges();
        ReplaceText(editedText ?? Script.Text, force: true);
        ComposeFollowUp();
    }

    /// <summary>
    /// Applies a change to the choices and recomposes. An unedited message follows the choices at once (a tone switch
    /// marks the sentences it changed); an edited one is never replaced without asking. Returns false when a field is
    /// not valid: the error shows under it, and the message keeps its last good version.
    /// </summary>
    public bool Change(Action<ScriptForm> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(Form);
        var (ask, errors) = Form.TryBuild();
        FormErrors = errors;
        if (ask is null)
        {
            return false;
        }

        var wasEdited = IsEdited;
        var before = Script.Text;
        var toneChanged = ask.Tone != Ask.Tone;
        Ask = ask;
        Script = ScriptComposer.Compose(ask);
        ClearChanges();
        if (!wasEdited)
        {
            ShowReplaceOffer = false;
            ReplaceText(Script.Text);
            _choiceRevision = TextRevision;
            if (toneChanged)
            {
                MarkChanges(before);
            }
        }
        else
        {
            ShowReplaceOffer = IsEdited;
        }

        ComposeFollowUp();
        return true;
    }

    /// <summary>
    /// The text as typed in the browser, <paramref name="edit"/> edits in, on top of the text of
    /// <paramref name="basedOnRevision"/>. An older edit than the one already here is ignored. Returns true when the
    /// text changed.
    /// </summary>
    public bool SetText(string text, long edit, int basedOnRevision)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (edit < KnownEdit)
        {
            return false;
        }

        KnownEdit = edit;
        ForceText = false;
        if (string.Equals(text, Text, StringComparison.Ordinal))
        {
            return false;
        }

        Text = text;
        ClearChanges();
        TextError = TextRules.CheckBlock(text, MessageCheck.MaxTextLength, "The message");
        // The person was typing while a new choice rewrote the message: their words win, and they are asked.
        ShowReplaceOffer = IsEdited && (ShowReplaceOffer || basedOnRevision < _choiceRevision);
        RunCheck(typing: true);
        return true;
    }

    /// <summary>Applies a finding's suggestion. Returns the status to announce, or null when the finding is stale.</summary>
    public string? ApplyFinding(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Suggestion is not { } suggestion || !string.Equals(FindingsFor, Text, StringComparison.Ordinal) || !Findings.Contains(finding))
        {
            return null;
        }

        string text;
        if (finding.Length > 0)
        {
            if (finding.Start + finding.Length > Text.Length)
            {
                return null;
            }

            var original = Text.Substring(finding.Start, finding.Length);
            var replacement = char.IsUpper(original[0]) && suggestion.Length > 0
                ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..]
                : suggestion;
            text = string.Concat(Text.AsSpan(0, finding.Start), replacement, Text.AsSpan(finding.Start + finding.Length));
        }
        else
        {
            text = InsertSentence(Text, suggestion, Form.Delivery);
        }

        ClearChanges();
        ReplaceText(text);
        return "Done. The message is updated.";
    }

    /// <summary>Adds a sentence at the end of the last paragraph before a written sign-off, or at the end.</summary>
    public static string InsertSentence(string text, string sentence, Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        var signOff = delivery switch
        {
            Delivery.Written => trimmed.LastIndexOf("\n\n", StringComparison.Ordinal),
            Delivery.Spoken => -1,
        };
        if (signOff > 0)
        {
            return string.Concat(trimmed.AsSpan(0, signOff), " ", sentence, trimmed.AsSpan(signOff));
        }

        return trimmed.Length == 0 ? sentence : trimmed + " " + sentence;
    }

    /// <summary>The generated message replaces the edits ("Replace my edits" or "Reset to generated").</summary>
    public void UseGenerated()
    {
        ShowReplaceOffer = false;
        ClearChanges();
        ReplaceText(Script.Text);
    }

    public void KeepEdits() => ShowReplaceOffer = false;

    public void SetAlternatives(IEnumerable<FollowUpAlternative> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        Alternatives = [.. chosen];
        ComposeFollowUp();
    }

    /// <summary>The choices as typed, even when a field is not valid yet, so nothing typed is lost on a refresh.</summary>
    public ConsentAsk AskToKeep() => FormErrors.Count == 0 ? Ask : Ask with
    {
        CustomReason = NullIfBlank(Form.CustomReason),
        AccessPerson = NullIfBlank(Form.AccessPerson),
        SharePerson = NullIfBlank(Form.SharePerson),
        TherapistName = NullIfBlank(Form.TherapistName),
        UserName = NullIfBlank(Form.UserName),
    };

    /// <summary>
    /// What the read-aloud view shows. A spoken message as it is; a written one as the person edited it, or, when it
    /// is not edited, the spoken version of the choices (no greeting or sign-off).
    /// </summary>
    public ReadAloudText ReadAloud()
    {
        var spoken = ScriptComposer.Compose(Ask with { Delivery = Delivery.Spoken }).Text;
        return Ask.Delivery switch
        {
            Delivery.Spoken => new ReadAloudText(Text, null, null),
            Delivery.Written when IsEdited => new ReadAloudText(
                Text,
                "This is your message as you edited it.",
                new ReadAloudText(spoken, "This is the spoken version of your choices, without a greeting or sign-off. Your edits aren't in it.", null)),
            Delivery.Written => new ReadAloudText(spoken, "This is the spoken version of your message, without a greeting or sign-off.", null),
        };
    }

    private void ReplaceText(string text, bool force = false)
    {
        Text = text;
        TextRevision++;
        ForceText = force;
        TextError = TextRules.CheckBlock(text, MessageCheck.MaxTextLength, "The message");
        RunCheck();
    }

    private void MarkChanges(string before)
    {
        Changed = SentenceChanges.Changed(before, Text);
        ChangedFor = Text;
        var tone = ScriptLabels.Tone(Ask.Tone).ToLowerInvariant();
        ChangeNote = Changed.Count switch
        {
            0 => $"The {tone} tone uses the same sentences here.",
            1 => $"1 sentence changed with the {tone} tone. It's marked in the message.",
            var count => $"{count} sentences changed with the {tone} tone. They're marked in the message.",
        };
    }

    private void ClearChanges()
    {
        Changed = [];
        ChangedFor = null;
        ChangeNote = null;
    }

    /// <summary>
    /// Checks the text by meaning too, when the last check (while typing) was the rules' alone. Returns true when the
    /// findings were renewed.
    /// </summary>
    public bool CheckMeaning()
    {
        if (!MeaningBehind || Meaning() is not { } judge || !string.Equals(FindingsFor, Text, StringComparison.Ordinal))
        {
            return false;
        }

        Findings = MessageCheck.Run(Text, Ask, judge);
        Covered = Readiness.CoveredBy(Text, Findings);
        MeaningBehind = false;
        return true;
    }

    /// <summary>The check: while the person types, the rules at once (the meaning check follows, debounced); otherwise both.</summary>
    private void RunCheck(bool typing = false)
    {
        MeaningBehind = false;
        if (Text.Length > MessageCheck.MaxTextLength)
        {
            Covered = Readiness.CoveredBy(Text);
            Findings = [];
            FindingsFor = null;
            return;
        }

        var judge = Meaning();
        Findings = MessageCheck.Run(Text, Ask, typing ? null : judge);
        Covered = Readiness.CoveredBy(Text, Findings);
        FindingsFor = Text;
        MeaningBehind = typing && judge is not null;
    }

    private void ComposeFollowUp()
    {
        var request = new FollowUpRequest
        {
            Alternatives = Alternatives,
            Tone = Ask.Tone,
            Delivery = Ask.Delivery,
            TherapistName = Ask.TherapistName,
            UserName = Ask.UserName,
        };
        FollowUp = request.Validate().Count == 0 ? FollowUpComposer.Compose(request) : null;
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
