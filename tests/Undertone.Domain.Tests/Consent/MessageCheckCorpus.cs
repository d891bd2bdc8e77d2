namespace Undertone.Domain.Tests.Consent;

/// <summary>One hand-written, user-edited message: what the check must find, what it must not, and why.</summary>
public sealed record CorpusEntry(string Text, MessageLength Length, FindingKind[] MustFire, FindingKind[] MustNotFire, string Why)
{
    public override string ToString() => Why;
}

/// <summary>Hand-written edits of a good message, each with the reason the check should or should not fire.</summary>
public static class MessageCheckCorpus
{
    /// <summary>A good, complete message; every entry edits it.</summary>
    public const string Base =
        "Hi Dr. Lee,\n\nI'd like a way to remember what we talk about in our sessions. I'm thinking of a short written recap, "
        + "not a recording. I'd keep it only on my own device and delete it once I've reviewed it. It would be for my "
        + "personal reflection only. What are you comfortable with, and what does your policy allow? It's okay to say no."
        + "\n\nThank you,\nSam";

    private static readonly FindingKind[] None = [];

    public static IReadOnlyList<CorpusEntry> Entries { get; } =
    [
        Fires("Sorry to ask, but could we talk about this?", FindingKind.Apology, "Apologising for asking undersells a normal request."),
        Fires("I know this is weird.", FindingKind.Apology, "Calling the request weird invites them to see it that way."),
        Fires("I'm so sorry for bothering you with this.", FindingKind.Apology, "Asking about your own care is not a bother."),
        Fires("I hope this isn't too much.", FindingKind.Apology, "Pre-emptive apology for the size of the request."),
        Fires("Apologies in advance for the long message.", FindingKind.Apology, "Apologising in advance."),
        Fires("This might sound strange, but it matters to me.", FindingKind.Apology, "Calling the request strange."),
        Fires("I hate to ask, but it would help.", FindingKind.Apology, "\"I hate to ask\" is an apology in disguise."),
        Fires("I feel bad asking for this.", FindingKind.Apology, "Guilt about asking."),
        Fires("I'm legally allowed to record our sessions.", FindingKind.LegalArgument, "Leading with legality makes it a dispute."),
        Fires("The law says I can keep a copy.", FindingKind.LegalArgument, "Citing the law instead of asking."),
        Fires("It's my right as a patient.", FindingKind.LegalArgument, "Framing it as a right to be enforced."),
        Fires("My state is a one-party consent state.", FindingKind.LegalArgument, "Consent law as an argument."),
        Fires("Under HIPAA I can have a copy of my records.", FindingKind.LegalArgument, "Naming a law as leverage."),
        Fires("I know my rights.", FindingKind.LegalArgument, "A rights claim reads as a threat."),
        Fires("You need to let me do this.", FindingKind.Pressure, "Telling them what they must do."),
        Fires("I have to insist on this.", FindingKind.Pressure, "Insisting leaves no room for a real answer."),
        Fires("I have to record our sessions.", FindingKind.Pressure, "States the decision as already made."),
        Fires("This is non-negotiable for me.", FindingKind.Pressure, "Rules out any other answer."),
        Fires("Please just say yes.", FindingKind.Pressure, "Pushes for one answer."),
        Fires("You must agree to this.", FindingKind.Pressure, "A demand, not a question."),
        Fires("I need a yes by Friday.", FindingKind.Pressure, "A deadline for one answer."),
        Fires("I won't take no for an answer.", FindingKind.Pressure, "Rules out a no."),
        Fires("I'll record it anyway.", FindingKind.SecretRecording, "Recording regardless of their answer."),
        Fires("I could just secretly record on my phone.", FindingKind.SecretRecording, "Recording without them knowing."),
        Fires("You wouldn't even notice.", FindingKind.SecretRecording, "Implies recording they don't know about."),
        Fires("I've already been recording our sessions.", FindingKind.SecretRecording, "Recording that already happened without asking."),
        Fires("Even if you say no, I'll keep a copy.", FindingKind.SecretRecording, "Ignores a no."),
        Fires("I promise I'm trustworthy.", FindingKind.OverExplaining, "Defending yourself isn't needed."),
        Fires("I'm not trying to catch you out.", FindingKind.OverExplaining, "Raises a suspicion no one had."),
        Fires("It's not that I don't trust you.", FindingKind.OverExplaining, "Defensive reassurance."),
        Fires("I want it because I forget, because I'm tired, because sessions are intense, and because that's why I struggle.",
            FindingKind.OverExplaining, "Stacked justifications."),
        new(Base + "\n\n" + string.Concat(Enumerable.Repeat("I keep thinking about what we said about rest and about work. ", 20)),
            MessageLength.Short, [FindingKind.OverExplaining], None, "Far too long for a short message."),
        Removes("What are you comfortable with, and what does your policy allow? It's okay to say no.", FindingKind.MissingRoom,
            "The edit took out the question, so it reads as a decision."),
        Removes("I'd keep it only on my own device and delete it once I've reviewed it.", FindingKind.MissingPrivacy,
            "Nothing says where it would live or when it goes."),
        Removes("I'd like a way to remember what we talk about in our sessions.", FindingKind.MissingReason, "No reason left."),
        Removes("I'm thinking of a short written recap, not a recording.", FindingKind.MissingFormat, "No format left."),
        Removes("It would be for my personal reflection only.", FindingKind.MissingUse, "Doesn't say who it is for."),
        Fires("If you'd rather not, I might just record on my phone in my bag.", FindingKind.SecretRecording,
            "A plan to record anyway, hidden, with none of the trigger words."),
        Fires("I'm so sorry to even bring this up and I hope it's not weird.", FindingKind.Apology, "Two apologies in one breath."),
        Fires("I really need you to let me record our sessions… I expect a yes on this one.", FindingKind.Pressure,
            "Needing them to agree, and expecting a yes."),
        Fires("I keep my phone recording in my pocket during appointments.", FindingKind.SecretRecording, "A hidden recording."),
        Quiet("If you'd rather not, I could write a short recap myself instead.", FindingKind.SecretRecording,
            "Offers another way if they say no; nothing recorded."),
        Quiet("If you don't want a recording, I'll just take notes after.", FindingKind.SecretRecording, "Notes instead of a recording."),
        Quiet("I need you to let me know what works for you.", FindingKind.Pressure, "Asking for their view, not for a yes."),
        Quiet("I need a little help remembering what we cover.", FindingKind.Pressure, "A need of their own, not a demand."),
        Quiet("Sorry to hear you were ill last week.", FindingKind.Apology, "Sympathy, not an apology for asking."),
        Quiet("I'm sorry you were sick last week.", FindingKind.Apology, "Sympathy, not an apology for asking."),
        Quiet("My legal case is finally over, which has freed up some headspace.", FindingKind.LegalArgument, "Mentions a legal matter, not an argument."),
        Quiet("I have to work hard to remember what we talk about.", FindingKind.Pressure, "\"I have to\" about themselves, not a demand."),
        Quiet("If you need to think it over, that's fine.", FindingKind.Pressure, "Offering time, not pressure."),
        Quiet("I would never record anything without asking you first.", FindingKind.SecretRecording, "A promise not to record secretly."),
        Quiet("Do you need to check with your supervisor?", FindingKind.Pressure, "A question about their process."),
        Quiet("I'm sorry to hear about your loss.", FindingKind.Apology, "Condolence, not an apology."),
        Quiet("Right now I mostly forget the details by evening.", FindingKind.LegalArgument, "\"Right now\" is not a right."),
        Quiet("My right hand gets tired when I write notes.", FindingKind.LegalArgument, "A hand, not a right."),
        Quiet("I don't want to record without your okay.", FindingKind.SecretRecording, "Explicitly asks for their okay."),
        Quiet("I know this process takes time.", FindingKind.Apology, "Acknowledging time, not apologising."),
        Quiet("You don't have to answer right away.", FindingKind.Pressure, "Removes pressure."),
        Quiet("I recorded my own voice memo after last week's walk.", FindingKind.SecretRecording, "Their own voice, not the session."),
        Quiet("Because of ADHD, remembering is hard for me.", FindingKind.OverExplaining, "One honest reason is not over-explaining."),
        Quiet("Whatever you decide is okay with me.", FindingKind.Pressure, "Leaves the decision with them."),
        Quiet("I trust you, and I'd like to hear what you think.", FindingKind.OverExplaining, "Trust stated plainly, not defensively."),
        new(Base, MessageLength.Standard, None,
            [FindingKind.Apology, FindingKind.OverExplaining, FindingKind.LegalArgument, FindingKind.Pressure, FindingKind.SecretRecording,
             FindingKind.MissingReason, FindingKind.MissingFormat, FindingKind.MissingPrivacy, FindingKind.MissingUse, FindingKind.MissingRoom],
            "The untouched message is fine."),
    ];

    private static CorpusEntry Fires(string sentence, FindingKind kind, string why) =>
        new(Insert(sentence), MessageLength.Standard, [kind], None, why);

    private static CorpusEntry Quiet(string sentence, FindingKind kind, string why) =>
        new(Insert(sentence), MessageLength.Standard, None, [kind], why);

    private static CorpusEntry Removes(string sentence, FindingKind kind, string why)
    {
        Assert.Contains(sentence, Base, StringComparison.Ordinal);
        return new(Base.Replace(sentence, "", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), MessageLength.Standard, [kind], None, why);
    }

    private static string Insert(string sentence) => Base.Replace("\n\nI'd like", "\n\n" + sentence + " I'd like", StringComparison.Ordinal);
}
