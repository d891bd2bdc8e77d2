namespace Undertone.Domain.Tests.Consent;

/// <summary>How the check combines its rules with a judge of meaning (the seam the app's model plugs into).</summary>
public sealed class MessageCheckWithAJudgeTests
{
    private const string Message =
        "Hi Dr. Lee,\n\nI'd like a way to remember what we talk about. I'm thinking of a short written recap. "
        + "I'd keep it only on my own device. It would be just for me. Nobody needs to know about the phone. "
        + "What are you comfortable with?\n\nThanks,\nSam";

    [Fact]
    public void AFindingOnlyTheJudgeSees_IsPointedAtItsSentence_WithAWholeSentenceToUseInstead()
    {
        var judge = new SentenceJudge(s => s.StartsWith("Nobody", StringComparison.Ordinal) ? SentenceMeaning.SecretRecording : Parts(s));

        var findings = MessageCheck.Run(Message, MessageLength.Standard, Tone.Neutral, meaning: judge);

        var secret = Assert.Single(findings);
        Assert.Equal(FindingKind.SecretRecording, secret.Kind);
        Assert.Equal("Nobody needs to know about the phone.", Message.Substring(secret.Start, secret.Length));
        Assert.Equal("I would only keep a written recap of our sessions with your agreement, and I'll respect your answer.", secret.Suggestion);
        Assert.Empty(MessageCheck.Run(Message, MessageLength.Standard));
    }

    [Fact]
    public void ARuleFinding_TheJudgeDoesNotAgreeWith_IsDropped_AndOneItAgreesWith_KeepsTheRulesRewrite()
    {
        var text = Message.Replace("Nobody needs to know about the phone. ", "Sorry to ask, but could we talk about a recap? ", StringComparison.Ordinal);
        var agreeing = new SentenceJudge(s => Parts(s) | (s.StartsWith("Sorry", StringComparison.Ordinal) ? SentenceMeaning.Apology : SentenceMeaning.None));
        var disagreeing = new SentenceJudge(Parts);

        var kept = Assert.Single(MessageCheck.Run(text, MessageLength.Standard, meaning: agreeing));
        Assert.Equal(FindingKind.Apology, kept.Kind);
        Assert.Equal("Could we talk about a recap?", kept.Suggestion);
        Assert.Empty(MessageCheck.Run(text, MessageLength.Standard, meaning: disagreeing));
    }

    [Fact]
    public void WithAJudge_ThePartsAreWhatItSees_AndTheChecklistAgrees()
    {
        var judge = new SentenceJudge(s => Parts(s) & ~SentenceMeaning.Room);

        var findings = MessageCheck.Run(Message, MessageLength.Standard, meaning: judge);

        Assert.Equal([FindingKind.MissingRoom], findings.Select(f => f.Kind));
        Assert.DoesNotContain(ChecklistItem.TheirInput, Readiness.CoveredBy(Message, findings));
        Assert.Contains(ChecklistItem.TheirInput, Readiness.CoveredBy(Message));
    }

    /// <summary>Which part each sentence of <see cref="Message"/> says, as a careful reader would.</summary>
    private static SentenceMeaning Parts(string sentence) => sentence switch
    {
        _ when sentence.Contains("remember", StringComparison.Ordinal) => SentenceMeaning.Reason,
        _ when sentence.Contains("recap", StringComparison.Ordinal) => SentenceMeaning.Format,
        _ when sentence.Contains("device", StringComparison.Ordinal) => SentenceMeaning.Privacy,
        _ when sentence.Contains("just for me", StringComparison.Ordinal) => SentenceMeaning.Use,
        _ when sentence.Contains("comfortable", StringComparison.Ordinal) => SentenceMeaning.Room,
        _ => SentenceMeaning.None,
    };

    private sealed class SentenceJudge(Func<string, SentenceMeaning> judge) : IMeaningJudge
    {
        public SentenceMeaning Judge(ReadOnlySpan<char> sentence) => judge(sentence.ToString());
    }
}
