using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Consent;

namespace Undertone.Data.YourData;

/// <summary>
/// Export everything: <c>undertone.json</c> (every item, every field) and Markdown to read without Undertone, as one
/// ZIP written straight to the given stream. Recaps are streamed from the database (never all in memory); everything
/// is read inside one read transaction, so the files agree with each other even while the person keeps writing.
/// </summary>
public sealed class DataExport(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    public const string JsonEntryName = "undertone.json";

    private const int FlushEvery = 200;

    /// <summary><c>undertone-export-YYYY-MM-DD.zip</c>: the day only, never anything the person wrote.</summary>
    public string FileName() =>
        string.Create(CultureInfo.InvariantCulture, $"undertone-export-{DateOnly.FromDateTime(clock.GetLocalNow().DateTime):yyyy-MM-dd}.zip");

    /// <summary>
    /// Writes the ZIP. "Something my therapist said" is always in the JSON; in the Markdown only when asked for.
    /// <paramref name="progress"/> hears how many recaps are written, for the JSON and then for the Markdown.
    /// </summary>
    public async Task WriteZipAsync(
        Stream output, bool includeTherapistSaidInMarkdown = false, IProgress<DataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var exportedAt = clock.GetUtcNow();
        var sink = new AsyncOnlyOutput(output);
        await using var sinkScope = sink.ConfigureAwait(false);
        try
        {
            await WriteZipCoreAsync(sink, exportedAt, includeTherapistSaidInMarkdown, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            progress?.Report(new DataProgress(DataStep.Stopped, 0, 0));
            throw;
        }
    }

    private Task WriteZipCoreAsync(
        AsyncOnlyOutput sink, DateTimeOffset exportedAt, bool includeTherapistSaidInMarkdown, IProgress<DataProgress>? progress, CancellationToken cancellationToken) =>
        ReadConsistentlyAsync(
            async db =>
            {
                var total = await db.Recaps.CountAsync(cancellationToken).ConfigureAwait(false);
                var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken).ConfigureAwait(false);
                await using (zip.ConfigureAwait(false))
                {
                    await WriteEntryAsync(zip, sink, JsonEntryName, s => WriteJsonAsync(db, s, exportedAt, Counter(progress, DataStep.WritingJson, total), cancellationToken), cancellationToken).ConfigureAwait(false);
                    await WriteEntryAsync(zip, sink, "README.md", s => WriteTextAsync(s, ExportMarkdown.ReadMe, cancellationToken), cancellationToken).ConfigureAwait(false);

                    var themes = await ThemeNamesAsync(db, cancellationToken).ConfigureAwait(false);
                    var taken = new HashSet<string>(StringComparer.Ordinal);
                    var markdownWritten = Counter(progress, DataStep.WritingMarkdown, total);
                    await foreach (var recap in RecapsAsync(db, themes, cancellationToken).ConfigureAwait(false))
                    {
                        var markdown = ExportMarkdown.Recap(recap, includeTherapistSaidInMarkdown);
                        await WriteEntryAsync(zip, sink, ExportMarkdown.RecapEntryName(recap, taken), s => WriteTextAsync(s, markdown, cancellationToken), cancellationToken).ConfigureAwait(false);
                        markdownWritten();
                    }

                    // Voice notes: the audio as it was recorded (already compressed), one file each under audio/.
                    foreach (var note in await VoiceNoteTransfer.ListAsync(db, cancellationToken).ConfigureAwait(false))
                    {
                        var audio = await VoiceNoteTransfer.AudioAsync(db, note.Id, cancellationToken).ConfigureAwait(false);
                        await WriteEntryAsync(zip, sink, note.File!, s => s.WriteAsync(audio, cancellationToken).AsTask(), cancellationToken, CompressionLevel.NoCompression).ConfigureAwait(false);
                    }

                    var questions = await QuestionsAsync(db, cancellationToken).ConfigureAwait(false);
                    await WriteEntryAsync(zip, sink, "questions.md", s => WriteTextAsync(s, ExportMarkdown.Questions(questions), cancellationToken), cancellationToken).ConfigureAwait(false);
                    var scripts = await ScriptsAsync(db, cancellationToken).ConfigureAwait(false);
                    foreach (var script in scripts)
                    {
                        await WriteEntryAsync(zip, sink, ExportMarkdown.ScriptEntryName(script, taken), s => WriteTextAsync(s, ExportMarkdown.Script(script), cancellationToken), cancellationToken).ConfigureAwait(false);
                    }

                    await WriteEntryAsync(zip, sink, "agreements.md", s => WriteTextAsync(s, ExportMarkdown.Agreements(scripts), cancellationToken), cancellationToken).ConfigureAwait(false);
                }

                await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
                progress?.Report(new DataProgress(DataStep.Finished, total, total));
            },
            cancellationToken);

    /// <summary>Writes only <c>undertone.json</c>, stamped <paramref name="exportedAt"/>.</summary>
    public Task WriteJsonAsync(Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ReadConsistentlyAsync(db => WriteJsonAsync(db, output, exportedAt, static () => { }, cancellationToken), cancellationToken);
    }

    private async Task ReadConsistentlyAsync(Func<UndertoneDbContext, Task> read, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!db.Database.IsSqlite())
                {
                    await ReadSnapshotAsync(db, read, cancellationToken).ConfigureAwait(false);
                    return;
                }

                // A deferred transaction reads one snapshot without taking the write lock: saves go on meanwhile.
                var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
                await using (transaction.ConfigureAwait(false))
                {
                    await db.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                    await read(db).ConfigureAwait(false);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Server mode (PostgreSQL): a read-only REPEATABLE READ transaction sees one snapshot for the whole export and
    /// blocks nobody's saves; the query filter and row-level security keep it to the signed-in person's rows.
    /// </summary>
    private static async Task ReadSnapshotAsync(UndertoneDbContext db, Func<UndertoneDbContext, Task> read, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // Standard SQL, before the transaction's first read: nothing the export runs can write.
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken).ConfigureAwait(false);
            await read(db).ConfigureAwait(false);
        }
    }

    /// <summary>A step that reports every <see cref="FlushEvery"/> recaps (and once at its start).</summary>
    private static Action Counter(IProgress<DataProgress>? progress, DataStep step, int total)
    {
        if (progress is null)
        {
            return static () => { };
        }

        progress.Report(new DataProgress(step, 0, total));
        var done = 0;
        return () =>
        {
            if (++done % FlushEvery == 0 || done == total)
            {
                progress.Report(new DataProgress(step, done, total));
            }
        };
    }

    private static async Task WriteJsonAsync(UndertoneDbContext db, Stream output, DateTimeOffset exportedAt, Action recapWritten, CancellationToken cancellationToken)
    {
        var options = ExportJson.Options;
        var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = options.Encoder });
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("format", ExportDocument.FormatName);
            json.WriteNumber("version", ExportDocument.CurrentVersion);
            json.WriteString("exportedAt", exportedAt);

            // Sorted here, not by the database: PostgreSQL's collation would order text differently from SQLite's bytes.
            var settings = (await db.Settings.AsNoTracking()
                    .Select(s => new ExportSetting { Key = s.Key, Value = s.Value }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            json.WritePropertyName("settings");
            JsonSerializer.Serialize(json, settings, options);

            var themes = await ThemeNamesAsync(db, cancellationToken).ConfigureAwait(false);
            json.WritePropertyName("themes");
            JsonSerializer.Serialize(json, themes.Values.OrderBy(t => t.Id).Select(t => t.Export).ToList(), options);

            json.WriteStartArray("recaps");
            var count = 0;
            await foreach (var recap in RecapsAsync(db, themes, cancellationToken).ConfigureAwait(false))
            {
                JsonSerializer.Serialize(json, recap, options);
                recapWritten();
                if (++count % FlushEvery == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();

            json.WritePropertyName("questions");
            JsonSerializer.Serialize(json, await QuestionsAsync(db, cancellationToken).ConfigureAwait(false), options);

            var marks = (await db.RevisitMarks.AsNoTracking()
                    .Select(m => new ExportRevisitMark { RecapId = m.RecapId, Fingerprint = m.Fingerprint, AddressedAt = m.AddressedAt })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(m => m.RecapId).ThenBy(m => m.Fingerprint, StringComparer.Ordinal).ToList();
            json.WritePropertyName("revisitMarks");
            JsonSerializer.Serialize(json, marks, options);

            json.WritePropertyName("scripts");
            JsonSerializer.Serialize(json, await ScriptsAsync(db, cancellationToken).ConfigureAwait(false), options);

            var draft = await db.ScriptDrafts.AsNoTracking().Where(d => d.Id == WorkingDraftRow.SingleId).Select(d => d.StateJson)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            json.WritePropertyName("workingDraft");
            if (ParseJson(draft) is { } draftJson)
            {
                draftJson.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WritePropertyName("audio");
            JsonSerializer.Serialize(json, await VoiceNoteTransfer.ListAsync(db, cancellationToken).ConfigureAwait(false), options);
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<Dictionary<int, ThemeRow>> ThemeNamesAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return themes.ToDictionary(
            t => t.Id,
            t => new ThemeRow(t.Id, t.NormalizedName, new ExportTheme { Id = t.Id, Name = t.Name, Colour = t.Colour, IsSample = t.IsSample }));
    }

    private static async IAsyncEnumerable<ExportRecap> RecapsAsync(
        UndertoneDbContext db, Dictionary<int, ThemeRow> themes, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The links are two integers each (a few MB for 100,000 recaps); the recaps themselves stream.
        var links = (await db.Set<Dictionary<string, object>>("RecapThemes").AsNoTracking()
                .Select(l => new { RecapId = EF.Property<int>(l, "RecapId"), ThemeId = EF.Property<int>(l, "ThemeId") })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(l => l.RecapId, l => themes[l.ThemeId]);
        await foreach (var r in db.Recaps.AsNoTracking().OrderBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return VoiceNoteTransfer.WithTherapistSaidRule(ExportRecap.From(r, links[r.Id].OrderBy(t => t.NormalizedName, StringComparer.Ordinal).Select(t => t.Export.Name!).ToList()), r);
        }
    }

    private static async Task<List<ExportQuestion>> QuestionsAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var questions = await db.Questions.AsNoTracking().OrderBy(q => q.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return questions.Select(q => new ExportQuestion
        {
            Id = q.Id,
            Text = q.Text,
            Status = q.Status,
            AnswerNote = q.AnswerNote,
            SourceRecapId = q.SourceRecapId,
            IsSample = q.IsSample,
            CreatedAt = q.CreatedAt,
            StatusChangedAt = q.StatusChangedAt,
            Version = q.Version,
        }).ToList();
    }

    private static async Task<List<ExportScript>> ScriptsAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var scripts = await db.SavedScripts.AsNoTracking().Include(s => s.Agreement).OrderBy(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return scripts.Select(s => new ExportScript
        {
            Id = s.Id,
            Name = s.Name,
            Ask = ParseJson(s.AskJson),
            Text = s.Text,
            IsEdited = s.IsEdited,
            Alternatives = s.Alternatives.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            FollowUpText = s.FollowUpText,
            Agreement = s.Agreement is { } a ? ExportAgreement.From(a) : null,
            CreatedAt = s.CreatedAt,
            UpdatedAt = s.UpdatedAt,
            Version = s.Version,
        }).ToList();
    }

    private static JsonElement? ParseJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteEntryAsync(
        ZipArchive zip, AsyncOnlyOutput sink, string name, Func<Stream, Task> write, CancellationToken cancellationToken, CompressionLevel compression = CompressionLevel.Optimal)
    {
        var entry = zip.CreateEntry(name, compression);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await write(stream).ConfigureAwait(false);
        }

        await sink.SendPendingAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTextAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);

    private sealed record ThemeRow(int Id, string NormalizedName, ExportTheme Export);
}
