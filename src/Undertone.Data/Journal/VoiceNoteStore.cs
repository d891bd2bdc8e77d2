using Microsoft.EntityFrameworkCore;
using Undertone.Data.Agreements;
using Undertone.Domain;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Material;

namespace Undertone.Data.Journal;

/// <summary>
/// Voice notes: started when recording starts (with the deletion rule in force then), filled a chunk at a time as the
/// browser sends them, listed, played, renamed and deleted. A delete leaves no trace in any file
/// (<see cref="ForgettingDelete"/>).
/// </summary>
public sealed class VoiceNoteStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The content types a note may be recorded in (what Chromium and Firefox record and both play).</summary>
    public static bool IsAllowedContentType(string? contentType)
    {
        var baseType = contentType?.Split(';', 2)[0].Trim();
        return baseType is not null
            && (baseType.Equals("audio/webm", StringComparison.OrdinalIgnoreCase) || baseType.Equals("audio/ogg", StringComparison.OrdinalIgnoreCase))
            && contentType!.Length <= VoiceNote.ContentTypeMaxLength;
    }

    /// <summary>Starts an empty note on a recap, under the rule in force now. Null when the recap does not exist.</summary>
    public async Task<VoiceNoteSummary?> StartAsync(int recapId, string contentType, CancellationToken cancellationToken = default)
    {
        if (!IsAllowedContentType(contentType))
        {
            throw new ArgumentException("Voice notes are WebM or Ogg audio.", nameof(contentType));
        }

        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!await db.Recaps.AnyAsync(r => r.Id == recapId, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var current = await AgreementQueries.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
            var rule = MaterialRule.For(current?.Agreement, current?.Id, now);
            var note = new VoiceNote
            {
                RecapId = recapId,
                ContentType = contentType,
                CreatedAt = now,
                UpdatedAt = now,
                Rule = rule?.Kind,
                RuleDays = rule?.Days,
                AgreementId = current?.Id,
            };
            db.VoiceNotes.Add(note);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Summary(note);
        }
    }

    /// <summary>
    /// Stores piece <paramref name="sequence"/> and the length recorded so far. A piece already stored is skipped, so
    /// a retried upload is harmless.
    /// </summary>
    public async Task<ChunkResult> AppendAsync(int id, int sequence, byte[] data, long durationMs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.VoiceNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
            if (note is null)
            {
                return ChunkResult.NotFound;
            }

            if (note.IsFinished)
            {
                return ChunkResult.Finished;
            }

            if (await db.VoiceNoteChunks.AnyAsync(c => c.VoiceNoteId == id && c.Sequence == sequence, cancellationToken).ConfigureAwait(false))
            {
                return ChunkResult.Saved;
            }

            // A little grace over 15 minutes: the recorder stops at the limit, and its last piece may run a moment past.
            if (note.SizeBytes + data.Length > VoiceNote.MaxBytes || durationMs > VoiceNote.MaxDuration.TotalMilliseconds + 5_000)
            {
                return ChunkResult.TooLong;
            }

            db.VoiceNoteChunks.Add(new VoiceNoteChunk { VoiceNoteId = id, Sequence = sequence, Data = data });
            note.SizeBytes += data.Length;
            note.DurationMs = Math.Max(note.DurationMs, Math.Max(0, durationMs));
            note.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return ChunkResult.Saved;
        }
    }

    /// <summary>Marks a note as finished, with its final length. False when it does not exist.</summary>
    public async Task<bool> FinishAsync(int id, long durationMs, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.VoiceNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
            if (note is null)
            {
                return false;
            }

            note.IsFinished = true;
            note.DurationMs = Math.Clamp(Math.Max(note.DurationMs, durationMs), 0, (long)VoiceNote.MaxDuration.TotalMilliseconds + 5_000);
            note.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>A recap's notes, oldest first; notes with no audio yet are left out.</summary>
    public async Task<IReadOnlyList<VoiceNoteSummary>> ListAsync(int recapId, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var notes = await db.VoiceNotes.AsNoTracking().Where(n => n.RecapId == recapId && n.SizeBytes > 0).OrderBy(n => n.Id)
                .Take(200).ToListAsync(cancellationToken).ConfigureAwait(false);
            return notes.Select(Summary).ToList();
        }
    }

    /// <summary>One note, without its audio; null when it does not exist.</summary>
    public async Task<VoiceNoteSummary?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.VoiceNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
            return note is null ? null : Summary(note);
        }
    }

    /// <summary>The audio as one file, or null when the note does not exist.</summary>
    public async Task<VoiceNoteAudio?> ReadAudioAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.VoiceNotes.AsNoTracking().Where(n => n.Id == id)
                .Select(n => new { n.ContentType, n.SizeBytes, n.Version }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (note is null)
            {
                return null;
            }

            var data = new byte[note.SizeBytes];
            var offset = 0;
            await foreach (var chunk in db.VoiceNoteChunks.AsNoTracking().Where(c => c.VoiceNoteId == id).OrderBy(c => c.Sequence)
                               .Select(c => c.Data).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (offset + chunk.Length > data.Length)
                {
                    Array.Resize(ref data, offset + chunk.Length);
                }

                chunk.CopyTo(data, offset);
                offset += chunk.Length;
            }

            return new VoiceNoteAudio(id, note.ContentType, offset == data.Length ? data : data[..offset], note.Version);
        }
    }

    /// <summary>Renames a note (an empty name shows as "Voice note").</summary>
    public async Task<SaveResult> RenameAsync(int id, string? name, CancellationToken cancellationToken = default)
    {
        var tidy = TextRules.Tidy(name) ?? "";
        if (TextRules.CheckLine(tidy, VoiceNote.NameMaxLength, "The name") is { } problem)
        {
            return SaveResult.Invalid(id, [new FieldError("name", problem)]);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var note = await db.VoiceNotes.SingleOrDefaultAsync(n => n.Id == id, cancellationToken).ConfigureAwait(false);
            if (note is null)
            {
                return SaveResult.NotFound(id);
            }

            note.Name = tidy;
            note.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SaveResult.Saved(note.Id, note.Version);
        }
    }

    /// <summary>Deletes a note; its audio leaves every file. False when it was already gone.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var deleted = await ForgettingDelete.RunAsync(
                db,
                () => db.VoiceNotes.Where(n => n.Id == id).ExecuteDeleteAsync(cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return deleted > 0;
        }
    }

    internal static VoiceNoteSummary Summary(VoiceNote n) => new(
        n.Id, n.RecapId, n.Name, n.ContentType, TimeSpan.FromMilliseconds(n.DurationMs), n.SizeBytes, n.IsFinished, n.CreatedAt, n.MaterialRule, n.Version);
}
