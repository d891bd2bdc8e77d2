using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Undertone.Data.Journal;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>
/// Voice notes and session-material rules in the export and import: the notes as <c>audio</c> items in
/// <c>undertone.json</c> with their audio as files under <c>audio/</c> in the ZIP, and the rule of "something my
/// therapist said" on each recap. Kept apart from <see cref="DataExport"/> and <see cref="DataImport"/>, which call in.
/// </summary>
internal static class VoiceNoteTransfer
{
    public const string Folder = "audio/";

    /// <summary>The ZIP entry for a note's audio: <c>audio/voice-note-12.webm</c> (or <c>.ogg</c>).</summary>
    public static string FileName(int id, string contentType) =>
        string.Create(CultureInfo.InvariantCulture, $"{Folder}voice-note-{id}.{(contentType.StartsWith("audio/ogg", StringComparison.OrdinalIgnoreCase) ? "ogg" : "webm")}");

    /// <summary>Every note with audio, oldest first.</summary>
    public static async Task<List<ExportVoiceNote>> ListAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var notes = await db.VoiceNotes.AsNoTracking().Where(n => n.SizeBytes > 0).OrderBy(n => n.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return notes.Select(n => new ExportVoiceNote
        {
            Id = n.Id,
            RecapId = n.RecapId,
            Name = n.Name,
            ContentType = n.ContentType,
            DurationMs = n.DurationMs,
            SizeBytes = n.SizeBytes,
            IsFinished = n.IsFinished,
            Rule = n.Rule,
            RuleDays = n.RuleDays,
            AgreementId = n.AgreementId,
            File = FileName(n.Id, n.ContentType),
            CreatedAt = n.CreatedAt,
            UpdatedAt = n.UpdatedAt,
            Version = n.Version,
        }).ToList();
    }

    /// <summary>A note's audio, its pieces in order, read inside the export's transaction.</summary>
    public static async Task<byte[]> AudioAsync(UndertoneDbContext db, int id, CancellationToken cancellationToken)
    {
        using var audio = new MemoryStream();
        await foreach (var chunk in db.VoiceNoteChunks.AsNoTracking().Where(c => c.VoiceNoteId == id).OrderBy(c => c.Sequence)
                           .Select(c => c.Data).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            audio.Write(chunk);
        }

        return audio.ToArray();
    }

    /// <summary>The rule "something my therapist said" was under, for the recap's JSON.</summary>
    public static ExportRecap WithTherapistSaidRule(ExportRecap export, Recap recap) => export with
    {
        TherapistSaidRule = recap.TherapistSaidRule,
        TherapistSaidRuleDays = recap.TherapistSaidRuleDays,
        TherapistSaidAgreementId = recap.TherapistSaidAgreementId,
        TherapistSaidSince = recap.TherapistSaidSince,
    };

    /// <summary>An imported recap keeps the rule its therapist's words were under (older files have none: the rule in force now applies).</summary>
    public static void ApplyTherapistSaidRule(ExportRecap source, Recap recap)
    {
        if (recap.TherapistSaid.Length == 0 || source.TherapistSaidSince is null)
        {
            return;
        }

        recap.TherapistSaidSince = source.TherapistSaidSince;
        recap.TherapistSaidRule = source.TherapistSaidRule;
        recap.TherapistSaidRuleDays = source.TherapistSaidRule == RetentionKind.DeleteAfterDays ? source.TherapistSaidRuleDays : null;
        recap.TherapistSaidAgreementId = source.TherapistSaidAgreementId;
    }

    public static IEnumerable<ImportProblem> Validate(string name, ExportDocument doc, IReadOnlySet<int> recapIds, IReadOnlyDictionary<string, byte[]> files)
    {
        var seen = new HashSet<int>();
        foreach (var (note, i) in (doc.Audio ?? []).Select((n, i) => (n, i)))
        {
            var item = string.Create(CultureInfo.InvariantCulture, $"audio[{i}]");
            if (note.Id <= 0 || !seen.Add(note.Id))
            {
                yield return new ImportProblem(name, item, "id", "Each voice note needs its own id, a whole number above 0.");
            }

            if (!recapIds.Contains(note.RecapId))
            {
                yield return new ImportProblem(name, item, "recapId", "This voice note points to a recap that is not in the file.");
            }

            if (!VoiceNoteStore.IsAllowedContentType(note.ContentType))
            {
                yield return new ImportProblem(name, item, "contentType", "A voice note is WebM or Ogg audio.");
            }

            if (note.Name is { Length: > VoiceNote.NameMaxLength })
            {
                yield return new ImportProblem(name, item, "name", $"A voice note's name can be up to {VoiceNote.NameMaxLength} characters.");
            }

            if (note.Rule is { } rule && !Enum.IsDefined(rule))
            {
                yield return new ImportProblem(name, item, "rule", "That deletion rule is not one we know.");
            }

            if (note.File is null || !files.TryGetValue(note.File, out var audio))
            {
                yield return new ImportProblem(name, item, "file", "This voice note's audio is not in the file. Import the whole ZIP that Undertone's export made.");
            }
            else if (audio.Length == 0 || audio.Length > VoiceNote.MaxBytes)
            {
                yield return new ImportProblem(name, item, "file", "This voice note's audio is empty or larger than a voice note can be.");
            }
        }
    }

    /// <summary>Adds the file's notes to the recaps they belong to (<paramref name="recapIds"/>: file id to id here); a note already here is skipped.</summary>
    public static async Task InsertAsync(
        UndertoneDbContext db, ExportDocument doc, IReadOnlyDictionary<string, byte[]> files, Dictionary<int, int> recapIds, bool keepIds, CancellationToken cancellationToken)
    {
        var notes = doc.Audio ?? [];
        if (notes.Count == 0)
        {
            return;
        }

        var targets = recapIds.Values.Where(id => id > 0).Distinct().ToList();
        var existing = (await db.VoiceNotes.AsNoTracking().Where(n => targets.Contains(n.RecapId))
                .Select(n => new { n.RecapId, n.CreatedAt, n.SizeBytes }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(n => (n.RecapId, n.CreatedAt, n.SizeBytes)).ToHashSet();
        foreach (var source in notes)
        {
            if (!recapIds.TryGetValue(source.RecapId, out var recapId) || recapId <= 0)
            {
                continue;
            }

            var audio = files[source.File!];
            if (existing.Contains((recapId, source.CreatedAt, audio.Length)))
            {
                continue;
            }

            var note = new VoiceNote
            {
                RecapId = recapId,
                Name = source.Name?.Trim() ?? "",
                ContentType = source.ContentType!,
                DurationMs = Math.Clamp(source.DurationMs, 0, (long)VoiceNote.MaxDuration.TotalMilliseconds + 5_000),
                SizeBytes = audio.Length,
                IsFinished = source.IsFinished,
                Rule = source.Rule,
                RuleDays = source.Rule == RetentionKind.DeleteAfterDays ? source.RuleDays : null,
                AgreementId = source.AgreementId,
                CreatedAt = source.CreatedAt,
                UpdatedAt = source.UpdatedAt == default ? source.CreatedAt : source.UpdatedAt,
                Version = Math.Max(1, source.Version),
                Chunks = [new VoiceNoteChunk { Sequence = 0, Data = audio }],
            };
            if (keepIds)
            {
                note.Id = source.Id;
            }

            db.VoiceNotes.Add(note);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
