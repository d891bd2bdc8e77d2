namespace Undertone.Domain.Tests.Consent;

public sealed class ScriptComposerTests
{
    private static readonly ConsentAsk Ask = new()
    {
        Reasons = [AskReason.RememberTakeaways, AskReason.RevisitWhenCalmer],
        Format = RecordFormat.ShortRecap,
        TherapistName = "Dr. Lee",
        UserName = "Sam",
    };

    [Fact]
    public void Compose_Written_GreetsTheTherapistAndSignsOffWithTheUsersName()
    {
        var script = ScriptComposer.Compose(Ask);
        Assert.StartsWith("Hello Dr. Lee,\n\n", script.Text, StringComparison.Ordinal);
        Assert.EndsWith("Thank you,\nSam", script.Text, StringComparison.Ordinal);
        Assert.Equal("A question about a short recap of our sessions", script.Subject);
    }

    [Fact]
    public void Compose_SpokenDelivery_HasNoGreetingSubjectOrSignOff()
    {
        var script = ScriptComposer.Compose(Ask with { Delivery = Delivery.Spoken });
        Assert.Null(script.Subject);
        Assert.DoesNotContain("Dr. Lee", script.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", script.Text, StringComparison.Ordinal);
        Assert.StartsWith("Before we start", script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoNames_UsesPlainGreetingAndSignOff()
    {
        var script = ScriptComposer.Compose(Ask with { TherapistName = "   ", UserName = null, Tone = Tone.Direct });
        Assert.StartsWith("Hi,\n\n", script.Text, StringComparison.Ordinal);
        Assert.EndsWith("Thanks.", script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Parts_AreInOrderAndVerbatim()
    {
        var script = ScriptComposer.Compose(Ask);
        Assert.Equal(
            [ScriptPartKind.Reason, ScriptPartKind.Format, ScriptPartKind.Privacy, ScriptPartKind.Use, ScriptPartKind.Room],
            script.Parts.Select(p => p.Part));
        Assert.All(script.Parts, p => Assert.Equal(p.Text, script.Text.Substring(p.Start, p.Text.Length)));
    }

    [Theory]
    [InlineData(MessageLength.Short, Tone.Warm)]
    [InlineData(MessageLength.Standard, Tone.Neutral)]
    [InlineData(MessageLength.Detailed, Tone.Direct)]
    public void Compose_RoomPart_AlwaysAsksAboutComfortAndPolicyAndMakesBothPromises(MessageLength length, Tone tone)
    {
        var room = ScriptComposer.Compose(Ask with { Length = length, Tone = tone }).Parts[4].Text;
        Assert.Contains("comfortable", room, StringComparison.Ordinal);
        Assert.Contains("policy", room, StringComparison.Ordinal);
        Assert.Matches(@"(?i)\bno is (okay|a fine answer)|okay to say no|a no is fine", room);
        Assert.Matches(@"open to (other|alternatives)", room);
    }

    [Theory]
    [InlineData(MessageLength.Short)]
    [InlineData(MessageLength.Standard)]
    [InlineData(MessageLength.Detailed)]
    public void Compose_Audio_AcknowledgesItAsksMoreOfTheTherapist(MessageLength length)
    {
        var format = ScriptComposer.Compose(Ask with { Format = RecordFormat.Audio, Length = length }).Parts[1].Text;
        Assert.Contains("asks more of you", format, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ShortWithManyReasons_SummarisesInsteadOfListing()
    {
        var reason = ScriptComposer.Compose(Ask with { Reasons = Enum.GetValues<AskReason>(), Length = MessageLength.Short }).Parts[0].Text;
        Assert.Contains("hold on to what we work on", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("patterns", reason, StringComparison.Ordinal);

        var standard = ScriptComposer.Compose(Ask with { Reasons = Enum.GetValues<AskReason>() }).Parts[0].Text;
        Assert.Contains("notice patterns", standard, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MemoryContext_IsOffByDefaultAndSaidOnlyWhenChosen()
    {
        Assert.DoesNotContain("ADHD", ScriptComposer.Compose(Ask).Text, StringComparison.Ordinal);
        var reason = ScriptComposer.Compose(Ask with { MemoryContexts = [MemoryContext.Adhd, MemoryContext.BrainFog] }).Parts[0].Text;
        Assert.Contains("because of ADHD and brain fog", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CustomReason_IsTidiedButKeptInTheUsersWords()
    {
        var reason = ScriptComposer.Compose(Ask with { CustomReason = "  by evening   it’s all a blur… " }).Parts[0].Text;
        Assert.Contains(" By evening it’s all a blur.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_OnlyACustomReason_StillExplainsWhy()
    {
        var script = ScriptComposer.Compose(Ask with { Reasons = [], CustomReason = "I freeze up", Length = MessageLength.Short });
        Assert.Equal("Here's why: I freeze up.", script.Parts[0].Text);
    }

    [Theory]
    [InlineData("so I can be present instead of taking notes", "I'm also asking so I can be present instead of taking notes.")]
    [InlineData("So that I can relax", "I'm also asking so that I can relax.")]
    [InlineData("because I forget by the evening", "I'm also asking because I forget by the evening.")]
    [InlineData("to be present", "I'm also asking to be present.")]
    [InlineData("I lose the thread", "I lose the thread.")]
    [InlineData("sometimes I blank out", "Sometimes I blank out.")]
    public void Compose_CustomReason_ReadsAsAWholeSentence(string custom, string sentence)
    {
        var reason = ScriptComposer.Compose(Ask with { CustomReason = custom }).Parts[0].Text;
        Assert.Contains(" " + sentence, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("In my own words:", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MessageLength.Standard)]
    [InlineData(MessageLength.Detailed)]
    public void Compose_AllFiveReasons_AreSaidInTwoShortSentencesNotOneRunOn(MessageLength length)
    {
        var reason = ScriptComposer.Compose(Ask with { Reasons = Enum.GetValues<AskReason>(), Length = length, CustomReason = "so I can be present" }).Parts[0].Text;
        Assert.StartsWith(
            "I'd like a way to remember key takeaways, revisit hard moments later and track next steps. It would also help me notice patterns and keep our work present. I'm also asking so I can be present.",
            reason,
            StringComparison.Ordinal);
        Assert.All(SentenceChanges.Sentences(reason), s => Assert.True(TextRules.CountWords(reason.AsSpan(s.Start, s.Length)) <= 16, reason));
    }

    [Fact]
    public void Compose_Privacy_SaysWhereWhoAndHowLong()
    {
        var privacy = ScriptComposer.Compose(Ask with
        {
            Storage = StoragePlace.EncryptedApp,
            Access = RecordAccess.MeAndSomeone,
            AccessPerson = "my partner",
            Retention = RetentionRule.DeleteAfterDays(1),
        }).Parts[2].Text;
        Assert.Equal("I'd keep the recap in an encrypted app. Apart from me, only my partner could open it. I'd delete it after 1 day.", privacy);
    }

    [Fact]
    public void Compose_Tones_DifferInSubstance()
    {
        var warm = Sentences(ScriptComposer.Compose(Ask with { Tone = Tone.Warm }).Text);
        var direct = Sentences(ScriptComposer.Compose(Ask with { Tone = Tone.Direct }).Text);
        var shared = warm.Intersect(direct).Count();
        Assert.True(warm.Except(direct).Count() >= 5, "warm and direct should differ in several sentences");
        Assert.True(shared < warm.Count / 2 + 3);
    }

    [Fact]
    public void Compose_Lengths_DifferInSubstance()
    {
        var shortScript = ScriptComposer.Compose(Ask with { Length = MessageLength.Short });
        var detailed = ScriptComposer.Compose(Ask with { Length = MessageLength.Detailed });
        Assert.True(detailed.WordCount > shortScript.WordCount * 2);
        Assert.True(Sentences(detailed.Text).Except(Sentences(shortScript.Text)).Count() >= 8);
    }

    [Fact]
    public void Compose_InvalidAsk_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => ScriptComposer.Compose(Ask with { TherapistName = new string('a', 81) }));
        Assert.Contains("therapistName", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaa", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsEachBadField()
    {
        var errors = (Ask with { Reasons = [], AccessPerson = "a\u0001b", UserName = "line\nbreak", Tone = (Tone)9 }).Validate();
        Assert.Equal(["reasons", "accessPerson", "tone", "userName"], errors.Select(e => e.Field));
    }

    private static List<string> Sentences(string text) =>
        text.Split(['.', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
