using System.IO.Compression;
using System.Text.Json.Nodes;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;

namespace Undertone.Data.Tests.Postgres;

/// <summary>
/// Export and import between two people on one server, attacked as A would: A's export (every file in the ZIP, the
/// JSON, the Markdown, the audio) holds none of B's words; A importing a file that carries B's real ids (merge or
/// replace) adds to A's journal only and leaves every row of B's exactly as it was; a preview tells A nothing about
/// B's items; an import that stops part-way leaves nothing half imported.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class YourDataIsolationTests(PostgresFixture postgres)
{
    private const string Canary = "b-canary 7f3e lantern";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AsExport_HoldsNoneOfBsWords_InAnyFile()
    {
        var (a, b) = await TwoFilledPeopleAsync();

        var zip = await ExportZipAsync(a, includeTherapistSaid: true);
        var json = await ExportJsonAsync(a);

        Assert.DoesNotContain("7f3e", json, StringComparison.Ordinal);
        Assert.Contains("A's own words", json, StringComparison.Ordinal);
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("recaps/", StringComparison.Ordinal));
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("audio/", StringComparison.Ordinal));
        Assert.Contains(archive.Entries, e => e.FullName.StartsWith("scripts/", StringComparison.Ordinal));
        foreach (var entry in archive.Entries)
        {
            Assert.DoesNotContain("7f3e", Read(entry), StringComparison.Ordinal);
        }

        // One recap each, one question, one script, one theme, one voice note: B's are not counted either.
        var doc = JsonNode.Parse(json)!;
        Assert.Equal((1, 1, 1, 1, 1), (doc["recaps"]!.AsArray().Count, doc["questions"]!.AsArray().Count, doc["scripts"]!.AsArray().Count, doc["themes"]!.AsArray().Count, doc["audio"]!.AsArray().Count));

        // B's own export has B's words: the canary is really there to be found.
        Assert.Contains("7f3e", await ExportJsonAsync(b), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ImportMode.Merge)]
    [InlineData(ImportMode.Replace)]
    public async Task AImportingAFileWithBsRealIds_ChangesNothingOfBs(ImportMode mode)
    {
        var (a, b) = await TwoFilledPeopleAsync();
        var bBefore = await ExportJsonAsync(b);

        // A's file, new words, with every id (and every reference to one) changed to the id of one of B's items.
        var mine = (await ExportZipJsonAsync(a)).Replace("A's own words", "A's imported words", StringComparison.Ordinal);
        var attack = WithIdsOf(JsonNode.Parse(mine)!, JsonNode.Parse(bBefore)!);
        var file = await ImportReader.ReadAsync(new MemoryStream(ZipWith(attack, await AudioOfAsync(a))), "undertone-export-2026-11-24.zip");
        var result = await new DataImport(a.Contexts, _clock).ApplyAsync(file, mode);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(bBefore, await ExportJsonAsync(b)); // every row of B's, ids, versions and texts, exactly as before
        var aAfter = JsonNode.Parse(await ExportJsonAsync(a))!;
        var recaps = aAfter["recaps"]!.AsArray().Select(r => (string?)r!["whatCameUp"]).ToList();
        Assert.Equal(mode == ImportMode.Merge ? ["A's own words", "A's imported words"] : ["A's imported words"], recaps);
        Assert.Equal(mode == ImportMode.Merge ? 2 : 1, aAfter["audio"]!.AsArray().Count);
        foreach (var list in new[] { "themes", "recaps", "questions", "scripts", "audio" })
        {
            Assert.Empty(Ids(aAfter, list).Intersect(Ids(JsonNode.Parse(bBefore)!, list))); // A's items never took B's ids
        }
    }

    [Fact]
    public async Task AImportingBsWholeExport_GetsCopiesWithNewIds_AndBKeepsTheirs()
    {
        var a = new OnePerson(postgres, _clock);
        var b = new OnePerson(postgres, _clock);
        await FillAsync(b, Canary);
        var bBefore = await ExportJsonAsync(b);
        var bZip = await ExportZipAsync(b, includeTherapistSaid: false);

        // A preview says nothing about B's journal: nothing is "already here" or "side by side" for A.
        var preview = await new DataImport(a.Contexts, _clock).PreviewAsync(await ImportReader.ReadAsync(new MemoryStream(bZip), "x.zip"));
        Assert.Equal((0, 0), (preview.AlreadyHere, preview.SideBySide));

        var result = await new DataImport(a.Contexts, _clock).ApplyAsync(await ImportReader.ReadAsync(new MemoryStream(bZip), "x.zip"), ImportMode.Replace);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(bBefore, await ExportJsonAsync(b));
        var aAfter = await ExportJsonAsync(a);
        Assert.Equal(ExportIds.InOrder(bBefore), ExportIds.InOrder(aAfter)); // the same journal for A…
        Assert.NotEqual(Ids(JsonNode.Parse(bBefore)!, "recaps"), Ids(JsonNode.Parse(aAfter)!, "recaps")); // …under A's own ids

        // B deleting everything of theirs leaves A's copy whole, and the other way round.
        await new DataWipe(b.Contexts, []).DeleteEverythingAsync();

        Assert.Equal(ExportIds.InOrder(bBefore), ExportIds.InOrder(await ExportJsonAsync(a)));
        Assert.Equal(VoiceAudio(Canary), (await a.VoiceNotes.ReadAudioAsync((int)JsonNode.Parse(aAfter)!["audio"]![0]!["id"]!))!.Data);
    }

    [Fact]
    public async Task AReplaceThatStopsPartWay_LeavesAsJournalAndBsAsTheyWere()
    {
        var (a, b) = await TwoFilledPeopleAsync();
        var (aBefore, bBefore) = (await ExportJsonAsync(a), await ExportJsonAsync(b));
        using var stop = new CancellationTokenSource();
        var progress = new StopAt(stop, 500);

        var file = await ImportReader.ReadAsync(new MemoryStream(ManyRecaps(1_203)), "undertone-export-2026-11-24.zip");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DataImport(a.Contexts, _clock).ApplyAsync(file, ImportMode.Replace, progress, stop.Token));

        Assert.Equal(aBefore, await ExportJsonAsync(a));
        Assert.Equal(bBefore, await ExportJsonAsync(b));
    }

    [Fact]
    public async Task Export_ReadsOneSnapshot_WhileThePersonKeepsWriting()
    {
        var a = new OnePerson(postgres, _clock);
        await FillAsync(a, "A's own words");
        var progress = new WhenWritingStarts(() =>
        {
            // Saved and committed on another connection after the export has counted the recaps.
            Assert.True(a.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = new DateOnly(2026, 11, 23), WhatCameUp = "written during the export" }, 0).GetAwaiter().GetResult().IsSaved);
            Assert.True(a.Questions.AddQuestionAsync("asked during the export").GetAwaiter().GetResult().IsSaved);
        });

        using var stream = new MemoryStream();
        await new DataExport(a.Contexts, _clock).WriteZipAsync(stream, progress: progress);

        Assert.True(progress.Ran);
        using var archive = new ZipArchive(new MemoryStream(stream.ToArray()));
        Assert.All(archive.Entries, e => Assert.DoesNotContain("during the export", Read(e), StringComparison.Ordinal));
        var doc = JsonNode.Parse(Read(archive.GetEntry(DataExport.JsonEntryName)!))!;
        Assert.Equal((1, 1), (doc["recaps"]!.AsArray().Count, doc["questions"]!.AsArray().Count));
        Assert.Contains("during the export", await ExportJsonAsync(a), StringComparison.Ordinal); // the next export has them
    }

    [Fact]
    public async Task WithNobodySignedIn_ExportIsEmpty_AndImportSavesNothing()
    {
        var b = new OnePerson(postgres, _clock);
        await FillAsync(b, Canary);
        var nobody = new PersonJournal(UndertonePostgres.CreateOptions(postgres.ConnectionString, new KnownPerson(null)));

        var json = await ExportJsonAsync(nobody);
        var file = await ImportReader.ReadAsync(new MemoryStream(ManyRecaps(3)), "x.zip");

        Assert.DoesNotContain("7f3e", json, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(json)!["recaps"]!.AsArray());
        await Assert.ThrowsAsync<NobodySignedInException>(() => new DataImport(nobody, _clock).ApplyAsync(file, ImportMode.Merge));
        await using var db = postgres.Nobody();
        Assert.Equal(0, await db.Recaps.IgnoreQueryFilters().CountAsync());
    }

    /// <summary>Two people on the one database, each with one of everything: A in their own words, B with the canary.</summary>
    private async Task<(OnePerson A, OnePerson B)> TwoFilledPeopleAsync()
    {
        var a = new OnePerson(postgres, _clock);
        var b = new OnePerson(postgres, _clock);
        await FillAsync(a, "A's own words");
        await FillAsync(b, Canary);
        return (a, b);
    }

    /// <summary>One of each: a recap (every text, a theme), a question with an answer, a revisit mark, a voice note, a script with an agreement, a draft, a setting.</summary>
    private static async Task FillAsync(OnePerson person, string words)
    {
        var recap = await person.Recaps.SaveRecapAsync(null, new RecapDraft
        {
            SessionDate = new DateOnly(2026, 11, 20),
            Label = words,
            WhatCameUp = words,
            Takeaways = words,
            NextSteps = words,
            ToRevisit = words,
            FeelingWords = words,
            TherapistSaid = words,
            ThemeNames = [words],
        }, 0);
        Assert.True(recap.IsSaved);
        var question = await person.Questions.AddQuestionAsync(words, recap.Id);
        Assert.True((await person.Questions.UpdateQuestionAsync(question.Id, words, QuestionStatus.Resolved, words, question.Version)).IsSaved);
        var revisit = (await person.Patterns.GetReportAsync()).Revisit.Single(r => r.Key is not null);
        await person.Patterns.MarkAddressedAsync(revisit.Key!);
        var note = (await person.VoiceNotes.StartAsync(recap.Id, "audio/webm;codecs=opus"))!;
        Assert.Equal(ChunkResult.Saved, await person.VoiceNotes.AppendAsync(note.Id, 0, VoiceAudio(words), 1000));
        Assert.True(await person.VoiceNotes.FinishAsync(note.Id, 1000));
        Assert.True((await person.VoiceNotes.RenameAsync(note.Id, words)).IsSaved);
        var script = await person.Scripts.SaveScriptAsync(null, new SavedScriptInput(words, new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }, words, true, [], words), 0);
        Assert.True(script.IsSaved);
        Assert.True((await person.Scripts.SaveAgreementAsync(script.Id, new AgreementInput { AskedOn = new DateOnly(2026, 11, 21), Answer = AgreementAnswer.Yes, Boundaries = words }, 0)).IsSaved);
        Assert.True((await person.Scripts.SaveDraftTextAsync(words, 0, new DraftWriter(Guid.NewGuid(), 1), new ConsentAsk())).IsSaved);
        await person.Settings.SetAsync(SettingKeys.PdfPaper, "UsLetter");
    }

    private static byte[] VoiceAudio(string words) => Encoding.UTF8.GetBytes(words + " in the audio");

    private async Task<string> ExportJsonAsync(OnePerson person) => await ExportJsonAsync(person.Contexts);

    private async Task<string> ExportJsonAsync(IDbContextFactory<UndertoneDbContext> contexts)
    {
        using var stream = new MemoryStream();
        await new DataExport(contexts, _clock).WriteJsonAsync(stream, _clock.GetUtcNow());
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private async Task<byte[]> ExportZipAsync(OnePerson person, bool includeTherapistSaid)
    {
        using var stream = new MemoryStream();
        await new DataExport(person.Contexts, _clock).WriteZipAsync(stream, includeTherapistSaid);
        return stream.ToArray();
    }

    private async Task<string> ExportZipJsonAsync(OnePerson person)
    {
        using var archive = new ZipArchive(new MemoryStream(await ExportZipAsync(person, includeTherapistSaid: false)));
        return Read(archive.GetEntry(DataExport.JsonEntryName)!);
    }

    private async Task<Dictionary<string, byte[]>> AudioOfAsync(OnePerson person)
    {
        using var archive = new ZipArchive(new MemoryStream(await ExportZipAsync(person, includeTherapistSaid: false)));
        var audio = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("audio/", StringComparison.Ordinal)))
        {
            using var read = new MemoryStream();
            await entry.Open().CopyToAsync(read);
            audio[entry.FullName] = read.ToArray();
        }

        return audio;
    }

    /// <summary>A's file with each list's ids (and the references to them) replaced by the ids of B's items at the same place.</summary>
    private static string WithIdsOf(JsonNode mine, JsonNode theirs)
    {
        var maps = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var list in new[] { "themes", "recaps", "questions", "scripts", "audio" })
        {
            var theirIds = Ids(theirs, list);
            var map = maps[list] = [];
            foreach (var (item, i) in mine[list]!.AsArray().Select((item, i) => (item!, i)))
            {
                map[(int)item["id"]!] = theirIds[i];
                item["id"] = theirIds[i];
            }
        }

        foreach (var (list, field, target) in new[] { ("questions", "sourceRecapId", "recaps"), ("revisitMarks", "recapId", "recaps"), ("audio", "recapId", "recaps") })
        {
            foreach (var item in mine[list]!.AsArray())
            {
                if (item![field] is JsonValue value && maps[target].TryGetValue((int)value, out var theirId))
                {
                    item[field] = theirId;
                }
            }
        }

        return mine.ToJsonString();
    }

    private static List<int> Ids(JsonNode doc, string list) => doc[list]!.AsArray().Select(item => (int)item!["id"]!).ToList();

    private static byte[] ZipWith(string json, Dictionary<string, byte[]> audio)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(DataExport.JsonEntryName).Open())
            {
                entry.Write(Encoding.UTF8.GetBytes(json));
            }

            foreach (var (name, bytes) in audio)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static byte[] ManyRecaps(int count)
    {
        var recaps = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            recaps.Add(new JsonObject { ["id"] = i, ["sessionDate"] = "2025-01-01", ["whatCameUp"] = $"Imported number {i}.", ["themes"] = new JsonArray("Imported") });
        }

        return ZipWith(new JsonObject { ["format"] = "undertone-export", ["version"] = 1, ["exportedAt"] = "2026-11-24T12:00:00+00:00", ["recaps"] = recaps }.ToJsonString(), []);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Runs <paramref name="write"/> once, when the export starts writing the JSON's recaps.</summary>
    private sealed class WhenWritingStarts(Action write) : IProgress<DataProgress>
    {
        public bool Ran { get; private set; }

        public void Report(DataProgress value)
        {
            if (value.Step == DataStep.WritingJson && !Ran)
            {
                Ran = true;
                write();
            }
        }
    }

    /// <summary>Stops the work once <paramref name="done"/> recaps are in (the person leaving mid-import).</summary>
    private sealed class StopAt(CancellationTokenSource stop, int done) : IProgress<DataProgress>
    {
        public void Report(DataProgress value)
        {
            if (value is { Step: DataStep.AddingRecaps } && value.Done == done)
            {
                stop.Cancel();
            }
        }
    }
}
