using System.Text.Json.Nodes;

namespace Undertone.Data.Tests.YourData;

/// <summary>
/// <c>undertone.json</c> is a contract with other clients and with older Undertones: an agreement, a recap and a voice
/// note keep every property name, in the same order, whatever types write them.
/// </summary>
public class ExportJsonNamesTests : JournalTestBase
{
    [Fact]
    public async Task Export_WritesAnAgreementARecapAndAVoiceNote_WithTheirNamesInOrder()
    {
        IDbContextFactory<UndertoneDbContext> contexts = Database;
        var scripts = new ScriptStore(contexts, Clock);
        var script = await scripts.SaveScriptAsync(null, new SavedScriptInput("Before Tuesday", ExampleAsk.ShortRecapOnThisDevice, "Hi, could we talk about a recap?", false, [], ""), 0);
        // A no: the details it drops are still in the file, as nulls.
        await scripts.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = Today, Answer = AgreementAnswer.No }, 0);
        var recap = await SaveNewAsync(Draft("Mine", "Work") with { Label = "Session 12", TherapistSaid = "Their words.", Feeling = 3 });
        var voice = new VoiceNoteStore(contexts, Clock);
        var note = (await voice.StartAsync(recap.Id, "audio/webm;codecs=opus"))!;
        await voice.AppendAsync(note.Id, 0, [1, 2, 3], 1000);
        await voice.FinishAsync(note.Id, 1000);

        using var stream = new MemoryStream();
        await new DataExport(contexts, Clock).WriteJsonAsync(stream, Clock.GetUtcNow());
        var root = JsonNode.Parse(stream.ToArray())!;

        Assert.Equal(
            ["askedOn", "answer", "format", "storage", "access", "accessPerson", "retention", "retentionDays", "boundaries", "createdAt", "updatedAt", "version"],
            Names(root["scripts"]![0]!["agreement"]!));
        Assert.Equal(
            ["id", "sessionDate", "label", "whatCameUp", "takeaways", "nextSteps", "toRevisit", "feeling", "feelingWords", "therapistSaid",
                "therapistSaidRule", "therapistSaidRuleDays", "therapistSaidAgreementId", "therapistSaidSince", "themes", "isSample",
                "createdAt", "updatedAt", "version"],
            Names(root["recaps"]![0]!));
        Assert.Equal(
            ["id", "recapId", "name", "contentType", "durationMs", "sizeBytes", "isFinished", "rule", "ruleDays", "agreementId", "file",
                "createdAt", "updatedAt", "version"],
            Names(root["audio"]![0]!));
        Assert.Equal("2026-11-24", (string?)root["scripts"]![0]!["agreement"]!["askedOn"]);
        Assert.Equal("no", (string?)root["scripts"]![0]!["agreement"]!["answer"]);
    }

    private static List<string> Names(JsonNode item) => [.. item.AsObject().Select(p => p.Key)];
}
