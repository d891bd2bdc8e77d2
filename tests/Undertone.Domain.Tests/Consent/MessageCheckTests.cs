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
    public void Run_Apology_PointsAtTheExactWordsWithAReplacement()
    {
        const string text = "Hi, sorry to ask, but could I keep a short recap?";
        var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Short), f => f.Kind == FindingKind.Apology);
        Assert.Equal("sorry to ask", text.Substring(finding.Start, finding.Length));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("I'd like to ask", finding.Suggestion);
        Assert.EndsWith(".", finding.Message, StringComparison.Ordinal);
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
        Assert.Equal("secretly record", text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Run_PressureOnThem_SuggestsAnInvitation()
    {
        const string text = "You need to agree to a recording.";
        var finding = Assert.Single(MessageCheck.Run(text, MessageLength.Standard), f => f.Kind == FindingKind.Pressure);
        Assert.Equal("You need to", text.Substring(finding.Start, finding.Length));
        Assert.Equal("would you be willing to", finding.Suggestion);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
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

    [Fact]
    public void Run_LengthLimit_DependsOnTheChosenLength()
    {
        var text = MessageCheckCorpus.Base + " " + string.Concat(Enumerable.Repeat("We talked about rest and work again. ", 20));
        Assert.Contains(MessageCheck.Run(text, MessageLength.Short), f => f.Kind == FindingKind.OverExplaining);
        Assert.DoesNotContain(MessageCheck.Run(text, MessageLength.Detailed), f => f.Kind == FindingKind.OverExplaining);
    }

    [Fact]
    public void Run_IsDeterministic()
    {
        var text = MessageCheckCorpus.Entries[0].Text;
        Assert.Equal(MessageCheck.Run(text, MessageLength.Standard), MessageCheck.Run(text, MessageLength.Standard));
    }
}
