namespace Undertone.Domain.Tests.Consent;

public sealed class FollowUpComposerTests
{
    [Fact]
    public void Compose_OneAlternative_AsksAboutItDirectly()
    {
        var text = FollowUpComposer.Compose(new FollowUpRequest { Alternatives = [FollowUpAlternative.PrivateNote], TherapistName = "Dr. Lee", UserName = "Sam" });
        Assert.StartsWith("Hello Dr. Lee,", text, StringComparison.Ordinal);
        Assert.Contains("Would you be comfortable with writing a private note for myself right after the session?", text, StringComparison.Ordinal);
        Assert.EndsWith("Thank you,\nSam", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SeveralWritten_ListsThemAsBulletsOnce()
    {
        var text = FollowUpComposer.Compose(new FollowUpRequest
        {
            Alternatives = [FollowUpAlternative.WrittenInsteadOfAudio, FollowUpAlternative.OwnVoiceRecap, FollowUpAlternative.OwnVoiceRecap],
        });
        Assert.Contains("- Recording a short recap in my own voice after the session\n- A transcript, worksheet or summary instead of audio", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("own voice").Length);
    }

    [Fact]
    public void Compose_Spoken_HasNoGreetingBulletsOrSignOff()
    {
        var text = FollowUpComposer.Compose(new FollowUpRequest
        {
            Alternatives = [FollowUpAlternative.TakeawaysTogether, FollowUpAlternative.NextStepsBeforeLeaving],
            Delivery = Delivery.Spoken,
            TherapistName = "Dr. Lee",
            UserName = "Sam",
        });
        Assert.DoesNotContain("Dr. Lee", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", text, StringComparison.Ordinal);
        Assert.Contains("We could use the last two minutes to name the key takeaways together.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EveryToneAndDelivery_IsGraciousAndDistinct()
    {
        var texts = new HashSet<string>();
        foreach (var tone in Enum.GetValues<Tone>())
        {
            foreach (var delivery in Enum.GetValues<Delivery>())
            {
                var text = FollowUpComposer.Compose(new FollowUpRequest { Alternatives = Enum.GetValues<FollowUpAlternative>(), Tone = tone, Delivery = delivery });
                Assert.Contains("Thank", text, StringComparison.Ordinal);
                Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
                Assert.DoesNotContain(MessageCheck.Run(text, MessageLength.Detailed), f => f.Severity != FindingSeverity.Info && f.Length > 0);
                texts.Add(text);
            }
        }

        Assert.Equal(6, texts.Count);
    }

    [Fact]
    public void Compose_NoAlternatives_Throws()
    {
        Assert.Throws<ArgumentException>(() => FollowUpComposer.Compose(new FollowUpRequest()));
    }
}
