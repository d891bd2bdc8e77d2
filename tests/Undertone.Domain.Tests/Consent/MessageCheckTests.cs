namespace Undertone.Domain.Tests.Consent;

public sealed class MessageCheckTests
{
    public static TheoryData<int> CorpusIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < MessageCheckCorpus.Entries.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastFortyHandWrittenMessages()
    {
        Assert.True(MessageCheckCorpus.Entries.Count >= 40);
        Assert.All(MessageCheckCorpus.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Why)));
    }

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void Run_CorpusMessage_FiresExactlyWhereItShould(int index)
    {
        var entry = MessageCheckCorpus.Entries[index];
        var kinds = MessageCheck.Run(entry.Text, entry.Length).Select(f => f.Kind).ToHashSet();
        foreach (var kind in entry.MustFire)
        {
            Assert.True(kinds.Contains(kind), $"{entry.Why}: expected {kind}, got [{string.Join(", ", kinds)}]");
        }

        foreach (var kind in entry.MustNotFire)
        {
            Assert.False(kinds.Contains(kind), $"{entry.Why}: did not expect {kind}");
        }
    }

    [Fact]
    public void Run_Apology_PointsAtItsSentence_AndOffersTheSameSentenceWithoutTheApology()
    {
        const string text = "Thanks for last week. Hi, sorry to ask, but could I keep a short recap? It stays on my phone.";
        var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Short), f => f.Kind == FindingKind.Apology);
        Assert.Equal("Hi, sorry to ask, but could I keep a short recap?", text.Substring(finding.Start, finding.Length));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("Hi, could I keep a short recap?", finding.Suggestion);
        Assert.EndsWith(".", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm so sorry to ask about this.", "I'd like to ask about this.")]
    [InlineData("Sorry to bother you, but would a short recap be okay?", "Would a short recap be okay?")]
    [InlineData("I'm so sorry to even bring this up and I hope it's not weird.", "I'd like to ask you about keeping a short written recap of our sessions.")]
    public void Run_Apology_SuggestsAWholeSentenceThatReadsNaturally(string sentence, string suggestion)
    {
        var finding = Assert.Single(MessageCheck.Run(Insert(sentence), MessageLength.Standard), f => f.Kind == FindingKind.Apology);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Fact]
    public void Run_CurlyApostrophes_AreRecognisedToo()
    {
        const string text = "I’m legally allowed to record. I’ll record it anyway.";
        var kinds = MessageCheck.Run(text, MessageLength.Standard).Select(f => f.Kind).ToList();
        Assert.Contains(FindingKind.LegalArgument, kinds);
        Assert.Contains(FindingKind.SecretRecording, kinds);
    }

    [Fact]
    public void Run_SecretRecording_IsSerious()
    {
        const string text = "I could secretly record the session.";
        var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Standard), f => f.Kind == FindingKind.SecretRecording);
        Assert.Equal(FindingSeverity.Serious, finding.Severity);
        Assert.Equal(text, text.Substring(finding.Start, finding.Length));
        Assert.Equal("I would only record our sessions with your agreement, and I'll respect your answer.", finding.Suggestion);
    }

    [Theory]
    [InlineData(Tone.Warm, "Would you be open to recording our sessions, if it feels right to you?")]
    [InlineData(Tone.Neutral, "Would you be open to recording our sessions?")]
    [InlineData(Tone.Direct, "Are you open to recording our sessions?")]
    public void Run_Pressure_SuggestsAWholeQuestionInTheMessagesTone(Tone tone, string suggestion)
    {
        const string text = "Hi,\n\nYou need to agree to a recording, but I'd like to hear from you.";
        var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Standard, tone), f => f.Kind == FindingKind.Pressure);
        Assert.Equal("You need to agree to a recording, but I'd like to hear from you.", text.Substring(finding.Start, finding.Length));
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    /// <summary>
    /// Every kind of finding points at its sentence and offers, in every tone, a whole sentence after which the check
    /// has nothing left to point out. The first three are the messages issue 17 found the rules missed.
    /// </summary>
    [Theory]
    [InlineData("If you'd rather not, I might just record on my phone in my bag.", FindingKind.SecretRecording)]
    [InlineData("I'm so sorry to even bring this up and I hope it's not weird.", FindingKind.Apology)]
    [InlineData("I really need you to let me record our sessions… I expect a yes on this one.", FindingKind.Pressure)]
    [InlineData("I'm legally allowed to record our sessions.", FindingKind.LegalArgument)]
    [InlineData("I'll record it anyway.", FindingKind.SecretRecording)]
    [InlineData("I promise I'm not trying to catch you out.", FindingKind.OverExplaining)]
    [InlineData("This is non-negotiable for me.", FindingKind.Pressure)]
    [InlineData("I know this is weird.", FindingKind.Apology)]
    public void Run_Finding_OffersAWholeSentenceInEveryTone_ThatLeavesNothingToPointOut(string sentence, FindingKind kind)
    {
        foreach (var tone in Enum.GetValues<Tone>())
        {
            var text = Insert(sentence);
            var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Standard, tone), f => f.Kind == kind);
            Assert.Equal(sentence, text.Substring(finding.Start, finding.Length));
            Assert.Matches("^[A-Z].*[.?!]$", finding.Suggestion);
            var applied = string.Concat(text.AsSpan(0, finding.Start), finding.Suggestion, text.AsSpan(finding.Start + finding.Length));
            Assert.Empty(MessageCheck.Run(applied, MessageLength.Standard, tone));
        }
    }

    /// <summary>Issue 17's messages that leave room for the therapist's answer in words the rules didn't know.</summary>
    [Theory]
    [InlineData("How would you feel about that, and what does your practice allow?")]
    [InlineData("Happy to go with whatever works best for you.")]
    [InlineData("I'd value your honest take, and it's no problem at all if it's not something you do.")]
    public void Run_RoomInOtherWords_IsNotMissing(string room)
    {
        var text = MessageCheckCorpus.Base.Replace(
            "What are you comfortable with, and what does your policy allow? It's okay to say no.", room, StringComparison.Ordinal);
        Assert.DoesNotContain("comfortable", text, StringComparison.Ordinal);
        Assert.Empty(MessageCheck.Run(text, MessageLength.Standard));
    }

    [Fact]
    public void Run_TakeawaysAsTheReason_DoNotCountAsAFormat()
    {
        var text = MessageCheckCorpus.Base.Replace("I'm thinking of a short written recap, not a recording. ", "", StringComparison.Ordinal)
            .Replace("remember what we talk about", "remember the key takeaways", StringComparison.Ordinal);
        Assert.Contains(MessageCheck.Run(text, MessageLength.Standard), f => f.Kind == FindingKind.MissingFormat);

        var together = text.Replace("I'd keep it", "Could we name the main takeaways together at the end? I'd keep it", StringComparison.Ordinal);
        Assert.DoesNotContain(MessageCheck.Run(together, MessageLength.Standard), f => f.Kind == FindingKind.MissingFormat);
    }

    [Fact]
    public void Run_EmptyText_ReportsAllFiveMissingPartsWithSuggestions()
    {
        var findings = MessageCheck.Run("", MessageLength.Standard);
        Assert.Equal(
            [FindingKind.MissingReason, FindingKind.MissingFormat, FindingKind.MissingPrivacy, FindingKind.MissingUse, FindingKind.MissingRoom],
            findings.Select(f => f.Kind));
        Assert.All(findings, f =>
        {
            Assert.Equal(0, f.Length);
            Assert.False(string.IsNullOrWhiteSpace(f.Suggestion));
        });
    }

    [Fact]
    public void Run_SuggestedMissingSentences_SatisfyTheCheckTogether()
    {
        var suggestions = string.Join(" ", MessageCheck.Run("", MessageLength.Standard).Select(f => f.Suggestion));
        Assert.Empty(MessageCheck.Run(suggestions, MessageLength.Standard));
    }

    [Fact]
    public void Run_Findings_AreInTextOrder()
    {
        const string text = "The law says I can. Sorry to ask. You must agree.";
        var starts = MessageCheck.Run(text, MessageLength.Standard).Where(f => f.Length > 0).Select(f => f.Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(3, starts.Count);
    }

    [Theory]
    [InlineData(MessageLength.Short)]
    [InlineData(MessageLength.Standard)]
    [InlineData(MessageLength.Detailed)]
    public void Run_Length_IsJudgedAgainstTheLengthsOwnLimit_WithRoomForNames(MessageLength length)
    {
        var limit = ScriptComposer.WordLimit(length) + MessageCheck.RoomForNames;
        Assert.DoesNotContain(MessageCheck.Run(Words(limit), length), f => f.Kind == FindingKind.OverExplaining);
        var finding = Assert.Single(MessageCheck.Run(Words(limit + 1), length), f => f.Kind == FindingKind.OverExplaining);
        Assert.Null(finding.Suggestion);

        static string Words(int count) => MessageCheckCorpus.Base + string.Concat(Enumerable.Repeat(" rest", count - TextRules.CountWords(MessageCheckCorpus.Base)));
    }

    [Fact]
    public void Run_WithTheAsk_AllowsForThePersonsOwnWords()
    {
        var ask = new ConsentAsk { Reasons = [], CustomReason = string.Join(' ', Enumerable.Repeat("blur", 40)), Length = MessageLength.Short };
        var text = MessageCheckCorpus.Base + " " + ask.CustomReason;
        Assert.Contains(MessageCheck.Run(text, ask.Length), f => f.Kind == FindingKind.OverExplaining);
        Assert.DoesNotContain(MessageCheck.Run(text, ask), f => f.Kind == FindingKind.OverExplaining);
    }

    [Fact]
    public void Run_LengthLimit_DependsOnTheChosenLength()
    {
        var text = MessageCheckCorpus.Base + " " + string.Concat(Enumerable.Repeat("We talked about rest and work again. ", 20));
        Assert.Contains(MessageCheck.Run(text, MessageLength.Short), f => f.Kind == FindingKind.OverExplaining);
        Assert.DoesNotContain(MessageCheck.Run(text, MessageLength.Detailed), f => f.Kind == FindingKind.OverExplaining);
    }

    private static string Insert(string sentence) =>
        MessageCheckCorpus.Base.Replace("\n\nI'd like", "\n\n" + sentence + " I'd like", StringComparison.Ordinal);

    [Fact]
    public void Run_IsDeterministic()
    {
        var text = MessageCheckCorpus.Entries[0].Text;
        Assert.Equal(MessageCheck.Run(text, MessageLength.Standard), MessageCheck.Run(text, MessageLength.Standard));
    }
}
