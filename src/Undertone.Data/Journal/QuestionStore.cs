using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;

namespace Undertone.Data.Journal;

/// <summary>
/// Reads and writes questions for next time: add, change (text, status, answer note), read, list, delete and undo.
/// One short-lived context per call; reads are not tracked; changes check the question's <c>Version</c> and report a
/// conflict instead of overwriting. Never logs or throws with anything the user wrote.
/// </summary>
public sealed class QuestionStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Saves a new open question, optionally linked to the recap it came from.</summary>
    public async Task<SaveResult> AddQuestionAsync(string text, int? sourceRecapId = null, CancellationToken cancellationToken = default)
    {
        text = JournalText.Tidy(text);
        var errors = JournalValidation.ValidateQuestion(text, "");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(0, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (sourceRecapId is { } recapId && !await db.Recaps.AnyAsync(r => r.Id == recapId, cancellationToken).ConfigureAwait(false))
            {
                sourceRecapId = null;
            }

            var question = new Question { Text = text, CreatedAt = clock.GetUtcNow(), SourceRecapId = sourceRecapId };
            db.Questions.Add(question);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return SaveResult.Saved(question.Id, question.Version);
        }
    }

    /// <summary>Changes a question's text, status and answer note, if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<SaveResult> UpdateQuestionAsync(
        int id, string text, QuestionStatus status, string answerNote, long expectedVersion, CancellationToken cancellationToken = default)
    {
        text = JournalText.Tidy(text);
        answerNote = JournalText.Tidy(answerNote);
        var errors = JournalValidation.ValidateQuestion(text, answerNote);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id, errors);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (question, refused) = await VersionedSave.FindAtVersionAsync(db, db.Questions, id, expectedVersion, cancellationToken)
                .ConfigureAwait(false);
            if (question is null)
            {
                return refused!;
            }

            if (question.Status != status)
            {
                question.Status = status;
                question.StatusChangedAt = clock.GetUtcNow();
            }

            question.Text = text;
            question.AnswerNote = answerNote;
            return await VersionedSave.SaveAsync(db, question, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Question?> GetQuestionAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Questions for the questions page: every open and asked question (open first, newest first), then the most
    /// recent resolved or dropped ones, up to <paramref name="closedLimit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Question>> ListQuestionsAsync(int closedLimit = 200, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var active = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Open || q.Status == QuestionStatus.Asked)
                .OrderBy(q => q.Status == QuestionStatus.Open ? 0 : 1).ThenByDescending(q => q.Id)
                .Take(2_000)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var closed = await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Resolved || q.Status == QuestionStatus.Dropped)
                .OrderByDescending(q => q.Id)
                .Take(closedLimit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. active, .. closed];
        }
    }

    /// <summary>Open questions (they carry forward to the next recap), oldest first.</summary>
    public async Task<IReadOnlyList<Question>> ListOpenQuestionsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Questions.AsNoTracking()
                .Where(q => q.Status == QuestionStatus.Open)
                .OrderBy(q => q.Id)
                .Take(limit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes a question. Returns it (for a short undo), or null if it was already gone.</summary>
    public async Task<Question?> DeleteQuestionAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await ForgettingDelete.RunAsync(db, async () =>
                {
                    var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken).ConfigureAwait(false);
                    if (question is not null)
                    {
                        db.Questions.Remove(question);
                        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return question;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts a just-deleted question back with the same id.</summary>
    public async Task RestoreQuestionAsync(Question deleted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (await db.Questions.AnyAsync(q => q.Id == deleted.Id, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var sourceExists = deleted.SourceRecapId is { } recapId
                && await db.Recaps.AnyAsync(r => r.Id == recapId, cancellationToken).ConfigureAwait(false);
            db.Questions.Add(new Question
            {
                Id = deleted.Id,
                Text = deleted.Text,
                CreatedAt = deleted.CreatedAt,
                SourceRecapId = sourceExists ? deleted.SourceRecapId : null,
                Status = deleted.Status,
                AnswerNote = deleted.AnswerNote,
                StatusChangedAt = deleted.StatusChangedAt,
                IsSample = deleted.IsSample,
                Version = deleted.Version + 1,
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
