using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Tests.YourData;

/// <summary>
/// Export and import, end to end, on the local SQLite journal; <see cref="Postgres.DataTransferOnPostgresTests"/> runs
/// every one again for one person on server mode's PostgreSQL database.
/// </summary>
public class DataTransferTests : JournalTestBase
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    // Loaded once per test run: the schema library refuses to register the same schema id twice.
    private static readonly Lazy<JsonSchema> ExportSchema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "YourData", "undertone-export.schema.json")));

    private IDbContextFactory<UndertoneDbContext> _contexts = null!;
    private ScriptStore _scripts = null!;
    private DataExport _export = null!;
    private DataImport _import = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _contexts = new ContextsFromOptions(Options);
        _scripts = new ScriptStore(_contexts, Clock);
        _export = new DataExport(_contexts, Clock);
        _import = new DataImport(_contexts, Clock);
    }

    [Fact]
    public async Task RoundTrip_ExportDeleteEverythingImportExport_GivesTheSameJson()
    {
        await FillJournalAsync();
        var before = await ExportJsonAsync();
        var zip = await ExportZipAsync();

        await DeleteEverythingAsync();
        Assert.Equal(0, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
        var file = await ImportReader.ReadAsync(new MemoryStream(zip), "undertone-export-2026-11-24.zip");
        var result = await _import.ApplyAsync(file, ImportMode.Replace);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(Comparable(before), Comparable(await ExportJsonAsync()));
    }

    [Fact]
    public async Task Export_MatchesTheSchemaInDocs_AndHasTheHeader()
    {
        await FillJournalAsync();
        var json = await ExportJsonAsync();

        var schema = ExportSchema.Value;
        var result = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, json);
        var root = JsonNode.Parse(json)!;
        Assert.Equal("undertone-export", (string?)root["format"]);
        Assert.Equal(1, (int?)root["version"]);
        Assert.Equal(Noon, root["exportedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Their words.", (string?)root["recaps"]![0]!["therapistSaid"]);

        // The schema is not a formality: a file without the header fails it.
        var broken = JsonNode.Parse(json)!.AsObject();
        broken.Remove("format");
        Assert.False(schema.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public async Task Zip_HasTheJsonTheMarkdownAndAReadMe()
    {
        await FillJournalAsync();

        using var zip = new ZipArchive(new MemoryStream(await ExportZipAsync()), ZipArchiveMode.Read);

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("undertone.json", names);
        Assert.Contains("README.md", names);
        Assert.Contains("questions.md", names);
        Assert.Contains("agreements.md", names);
        Assert.Contains("recaps/2026-11-20 Session 12.md", names);
        Assert.Contains("recaps/2026-11-20 Session 12 (2).md", names); // same date and name: both kept
        Assert.Contains("recaps/2026-11-21 a b c.md", names); // slashes and colons are not folders
        Assert.Contains("scripts/Before Tuesday.md", names);
        var recap = Read(zip.GetEntry("recaps/2026-11-20 Session 12.md")!);
        Assert.StartsWith("---\ndate: 2026-11-20\nlabel: \"Session 12\"\nthemes: [\"Sleep\", \"Work\"]\nfeeling: 4\n", recap, StringComparison.Ordinal);
        Assert.Contains("Saying no is ünïcödé-fine.", recap, StringComparison.Ordinal);
        Assert.DoesNotContain("Their words.", recap, StringComparison.Ordinal); // therapist's words only in the JSON unless asked
        Assert.Contains("Can we talk about the holidays?", Read(zip.GetEntry("questions.md")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixture_Version1_StillImports_AndExportsTheSameItems()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "YourData", "Fixtures", "undertone-export-v1.json");
        var fixtureJson = await File.ReadAllTextAsync(path);
        await using var stream = File.OpenRead(path);
        var file = await ImportReader.ReadAsync(stream, "undertone.json");

        var result = await _import.ApplyAsync(file, ImportMode.Replace);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        // The file names three themes; "Family" is on no recap (left from deleted writing) and is not brought in.
        Assert.Equal((2, 2, 2, 1), (result.Recaps, result.Questions, result.Themes, result.Scripts));
        Assert.DoesNotContain("Family", (await Themes.ListThemesAsync()).Select(t => t.Name));
        var recap = await Recaps.GetRecapAsync(await IdHereAsync(fixtureJson, "recaps", 3));
        Assert.NotNull(recap);
        Assert.Equal("Saying no at work, and the guilt after.\nTwo lines — with ünïcödé and 🙂.", recap.WhatCameUp);
        Assert.Equal(7, recap.Version);
        Assert.Equal(["Sleep", "Work"], recap.Themes.Select(t => t.Name).Order());
        Assert.Equal(recap.Id, (await Questions.GetQuestionAsync(await IdHereAsync(fixtureJson, "questions", 4)))!.SourceRecapId);
        await AssertSearchFindsOneAsync("guilt");
        var script = await _scripts.GetScriptAsync(await IdHereAsync(fixtureJson, "scripts", 2));
        Assert.Equal(AgreementAnswer.YesWithConditions, script!.Agreement!.Answer);
        Assert.Equal(30, script.Agreement.RetentionDays);

        var again = JsonNode.Parse(await ExportJsonAsync(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
        // Version 1 files predate deletion rules: the export adds each recap's rule (none, for words written before).
        foreach (var exported in again!["recaps"]!.AsArray())
        {
            Assert.Null(exported!["therapistSaidRule"]);
            foreach (var field in new[] { "therapistSaidRule", "therapistSaidRuleDays", "therapistSaidAgreementId", "therapistSaidSince" })
            {
                exported.AsObject().Remove(field);
            }
        }

        var fixture = JsonNode.Parse(Comparable(fixtureJson))!;
        var family = fixture["themes"]!.AsArray().Single(t => (string?)t!["name"] == "Family");
        fixture["themes"]!.AsArray().Remove(family);
        again = JsonNode.Parse(Comparable(again!.ToJsonString()));
        Assert.True(JsonNode.DeepEquals(fixture, again), again!.ToJsonString());
    }

    [Fact]
    public async Task Merge_SameFileTwice_AddsNothingTheSecondTime_AndAChangedItemIsKeptSideBySide()
    {
        await FillJournalAsync();
        var zip = await ExportZipAsync();

        var preview = await _import.PreviewAsync(await ImportReader.ReadAsync(new MemoryStream(zip), "x.zip"));
        var applied = await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(zip), "x.zip"), ImportMode.Merge);

        Assert.Equal(preview.Recaps + preview.Questions + preview.Scripts, preview.AlreadyHere);
        Assert.Equal(preview, applied);
        Assert.Equal(4, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);

        var first = (await Recaps.ListRecapsInRangeAsync(null, null))[0];
        Assert.True((await Recaps.SaveRecapAsync(first.Id, RecapDraft.From(first) with { WhatCameUp = "Changed here since" }, first.Version)).IsSaved);
        var result = await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(zip), "x.zip"), ImportMode.Merge);

        Assert.Equal(1, result.SideBySide);
        Assert.Equal(5, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
        await AssertSearchFindsOneAsync("changed here");
    }

    [Fact]
    public async Task Jrnl_EntriesBecomeRecaps_WithTagsAsThemes()
    {
        const string jrnl = """
            {"tags": {"@work": 1}, "entries": [
              {"title": "Hard day at work.", "body": "Talked about the deadline.", "date": "2024-03-01", "time": "09:30", "tags": ["@work"], "starred": false},
              {"title": "Quiet.", "body": "", "date": "2024-03-05", "time": "21:00", "tags": [], "starred": true}
            ]}
            """;

        var result = await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(jrnl)), "journal.json"), ImportMode.Merge);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(ImportSource.Jrnl, result.Source);
        var recaps = await Recaps.ListRecapsInRangeAsync(null, null);
        Assert.Equal([new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 5)], recaps.Select(r => r.SessionDate));
        Assert.Equal("Hard day at work.\n\nTalked about the deadline.", recaps[0].WhatCameUp);
        Assert.Equal(["work"], recaps[0].Themes.Select(t => t.Name));
        Assert.Equal("Quiet.", recaps[1].WhatCameUp);
    }

    [Fact]
    public async Task DayOne_EntriesBecomeRecaps_OnTheirLocalDate()
    {
        const string dayOne = """
            {"metadata": {"version": "1.0"}, "entries": [
              {"uuid": "A1", "creationDate": "2024-03-01T23:30:00Z", "timeZone": "Europe/Berlin", "text": "Late night thoughts about sleep.", "tags": ["sleep", "Night"]},
              {"uuid": "A2", "creationDate": "2024-02-10T08:00:00Z", "text": "Morning.", "starred": false}
            ]}
            """;

        var preview = await _import.PreviewAsync(await ImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(dayOne)), "Journal.json"));
        var result = await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(dayOne)), "Journal.json"), ImportMode.Merge);

        Assert.Equal(ImportSource.DayOne, preview.Source);
        Assert.Equal(2, preview.Recaps);
        Assert.True(result.IsValid);
        var recaps = await Recaps.ListRecapsInRangeAsync(null, null);
        Assert.Equal(new DateOnly(2024, 3, 2), recaps[1].SessionDate); // 23:30 UTC is already the 2nd in Berlin
        Assert.Equal(["Night", "sleep"], recaps[1].Themes.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task BadFiles_AreRefusedNamingTheProblem_AndNothingChanges()
    {
        await FillJournalAsync();
        var zip = await ExportZipAsync();
        var json = await ExportJsonAsync();
        var before = await ExportJsonAsync();

        var cases = new List<(string Name, byte[] Bytes, string Item, string Field)>
        {
            ("truncated zip", zip[..(zip.Length / 2)], "file", "file"),
            ("wrong version", Encoding.UTF8.GetBytes(json.Replace("\"version\": 1,", "\"version\": 2,", StringComparison.Ordinal)), "file", "version"),
            ("over the limit", Encoding.UTF8.GetBytes(WithRecapField(json, "whatCameUp", new string('x', Recap.LongTextMaxLength + 1))), "recaps[0]", "whatCameUp"),
            ("unknown status", Encoding.UTF8.GetBytes(json.Replace("\"status\": \"open\"", "\"status\": \"someday\"", StringComparison.Ordinal)), "questions[0]", "status"),
            ("traversal", ZipWith(("../../evil.txt", "x"u8.ToArray()), ("undertone.json", Encoding.UTF8.GetBytes(json))), "entry 0", "name"),
            ("absolute", ZipWith(("/etc/cron.d/x", "x"u8.ToArray()), ("undertone.json", Encoding.UTF8.GetBytes(json))), "entry 0", "name"),
            ("drive letter", ZipWith(("C:\\x.txt", "x"u8.ToArray()), ("undertone.json", Encoding.UTF8.GetBytes(json))), "entry 0", "name"),
            ("bomb", ZipWith(("undertone.json", new byte[50 * 1024 * 1024])), "undertone.json", "size"),
            ("not ours", "{\"hello\": 1}"u8.ToArray(), "file", "file"),
        };

        foreach (var (name, bytes, item, field) in cases)
        {
            var file = await ImportReader.ReadAsync(new MemoryStream(bytes), "upload.zip");
            var result = await _import.ApplyAsync(file, ImportMode.Replace);

            Assert.False(result.IsValid, name);
            Assert.Contains(result.Problems, p => p.Item == item && p.Field == field);
            Assert.All(result.Problems, p => Assert.DoesNotContain("xxxxxxxx", p.Message, StringComparison.Ordinal));
            Assert.Equal(before, await ExportJsonAsync());
        }
    }

    [Theory]
    [InlineData("recaps/2026-11-20 a.md", true)]
    [InlineData("../x", false)]
    [InlineData("recaps/../../x", false)]
    [InlineData("recaps\\..\\x", false)]
    [InlineData("/x", false)]
    [InlineData("\\x", false)]
    [InlineData("C:x", false)]
    public void EntryNames_OutsideTheFolder_AreRefused(string name, bool safe) =>
        Assert.Equal(safe, ImportReader.IsSafeName(name));

    private async Task FillJournalAsync()
    {
        var recap = await Recaps.SaveRecapAsync(null, new()
        {
            SessionDate = new DateOnly(2026, 11, 20),
            Label = "Session 12",
            WhatCameUp = "Saying no is ünïcödé-fine.\nSecond line 🙂",
            Takeaways = "Rest counts.",
            ToRevisit = "The call with my sister",
            Feeling = 4,
            FeelingWords = "lighter",
            TherapistSaid = "Their words.",
            ThemeNames = ["Work", "Sleep"],
        }, 0);
        await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), Label = "Session 12", WhatCameUp = "Same day, second recap" }, 0);
        await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 21), Label = "a/b:c", WhatCameUp = "Odd name" }, 0);
        var question = await Questions.AddQuestionAsync("Can we talk about the holidays?", recap.Id);
        var answered = await Questions.AddQuestionAsync("Is it normal to feel worse first?");
        await Questions.UpdateQuestionAsync(answered.Id, "Is it normal to feel worse first?", QuestionStatus.Resolved, "Yes, often.", answered.Version);
        await using (var db = CreateDbContext())
        {
            db.RevisitMarks.Add(new RevisitMark { RecapId = recap.Id, Fingerprint = RevisitItemKey.For(recap.Id, "The call with my sister").Fingerprint, AddressedAt = Noon });
            await db.SaveChangesAsync();
        }

        await new SettingsStore(_contexts).SetAsync(SettingKeys.PdfPaper, "UsLetter");
        var ask = ExampleAsk.ShortRecapOnThisDevice;
        var script = await _scripts.SaveScriptAsync(null, new SavedScriptInput("Before Tuesday", ask, "Hi, could we talk about a recap?", true, [FollowUpAlternative.PrivateNote], "Could I write a note instead?"), 0);
        await _scripts.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = new DateOnly(2026, 11, 21), Answer = AgreementAnswer.Yes, Format = RecordFormat.ShortRecap, Storage = StoragePlace.DeviceOnly, Access = RecordAccess.OnlyMe, Retention = RetentionKind.DeleteAfterDays, RetentionDays = 30, Boundaries = "No audio." }, 0);
        await _scripts.SaveDraftAsync(new WorkingDraft { Ask = ask, EditedText = "Draft words", Name = "Draft" }, DraftWriter.None);
        Assert.NotEqual(0, question.Id);

        // Under the agreement just recorded: session material with a 30-day rule, the person's own words without one.
        var ruled = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 22), WhatCameUp = "Mine", TherapistSaid = "Kept 30 days." }, 0);
        var voice = new VoiceNoteStore(_contexts, Clock);
        var note = (await voice.StartAsync(ruled.Id, "audio/webm;codecs=opus"))!;
        await voice.AppendAsync(note.Id, 0, VoiceAudio[..100], 1000);
        await voice.AppendAsync(note.Id, 1, VoiceAudio[100..], 2500);
        await voice.FinishAsync(note.Id, 2500);
        await voice.RenameAsync(note.Id, "After session 13");
    }

    /// <summary>Stand-in audio: the bytes only have to come back exactly.</summary>
    private static readonly byte[] VoiceAudio = [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 7))];

    [Fact]
    public async Task VoiceNotes_AreFilesInTheZip_AndComeBackWithTheirRule()
    {
        await FillJournalAsync();
        var zip = await ExportZipAsync();
        using (var archive = new ZipArchive(new MemoryStream(zip)))
        {
            var entry = Assert.Single(archive.Entries, e => e.FullName.StartsWith("audio/", StringComparison.Ordinal));
            Assert.Matches("^audio/voice-note-[0-9]+\\.webm$", entry.FullName);
            using var read = new MemoryStream();
            await entry.Open().CopyToAsync(read);
            Assert.Equal(VoiceAudio, read.ToArray());
        }

        await DeleteEverythingAsync();
        var result = await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(zip), "export.zip"), ImportMode.Merge);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        await using var db = CreateDbContext();
        var note = Assert.Single(db.VoiceNotes);
        Assert.Equal("After session 13", note.Name);
        Assert.Equal(RetentionKind.DeleteAfterDays, note.Rule);
        Assert.Equal(30, note.RuleDays);
        Assert.Equal(Noon, note.CreatedAt);
        Assert.Equal(VoiceAudio, (await new VoiceNoteStore(_contexts, Clock).ReadAudioAsync(note.Id))!.Data);
        var recap = Assert.Single(db.Recaps, r => r.TherapistSaid == "Kept 30 days.");
        Assert.Equal(RetentionKind.DeleteAfterDays, recap.TherapistSaidRule);
        Assert.Equal(Noon, recap.TherapistSaidSince);

        // Importing the same file again adds nothing twice.
        await _import.ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(zip), "export.zip"), ImportMode.Merge);
        Assert.Single(db.VoiceNotes);
    }

    [Fact]
    public async Task VoiceNotes_WithoutTheirAudio_AreRefusedByName()
    {
        await FillJournalAsync();
        var json = await ExportJsonAsync();

        var result = await _import.PreviewAsync(await ImportReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "undertone.json"));

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("audio[0]", "file"), (problem.Item, problem.Field));
    }

    /// <summary>"Delete everything", as the page runs it.</summary>
    protected virtual Task DeleteEverythingAsync() => new DataWipe(_contexts, []).DeleteEverythingAsync();

    /// <summary>An export as the tests compare it: exactly as written here, where a replace keeps the file's ids.</summary>
    protected virtual string Comparable(string json) => json;

    /// <summary>The id here of the item that was <paramref name="idInFile"/> in the imported <paramref name="fileJson"/> (the same here: a replace keeps ids).</summary>
    protected virtual Task<int> IdHereAsync(string fileJson, string collection, int idInFile) => Task.FromResult(idInFile);

    private async Task<string> ExportJsonAsync(DateTimeOffset? at = null)
    {
        using var stream = new MemoryStream();
        await _export.WriteJsonAsync(stream, at ?? Noon);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private async Task<byte[]> ExportZipAsync()
    {
        using var stream = new MemoryStream();
        await _export.WriteZipAsync(stream);
        return stream.ToArray();
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string WithRecapField(string json, string field, string value)
    {
        var root = JsonNode.Parse(json)!;
        root["recaps"]![0]![field] = value;
        return root.ToJsonString();
    }

    private static byte[] ZipWith(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private sealed class ContextsFromOptions(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() => new(options);
    }
}
