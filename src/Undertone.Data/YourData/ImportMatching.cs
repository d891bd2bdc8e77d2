using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>
/// What makes an imported item the same as one here (so a merge skips it), and what is here already; a differing item
/// with an id that is taken here goes in beside it.
/// </summary>
internal static class ImportMatching
{
    public static (int AlreadyHere, int SideBySide) Compare(ExportDocument doc, Existing here)
    {
        var alreadyHere = 0;
        var sideBySide = 0;
        foreach (var recap in doc.Recaps ?? [])
        {
            if (here.RecapKeys.ContainsKey(RecapKey(recap)))
            {
                alreadyHere++;
            }
            else if (recap.Id > 0 && here.RecapIds.Contains(recap.Id))
            {
                sideBySide++;
            }
        }

        foreach (var question in doc.Questions ?? [])
        {
            if (here.QuestionKeys.Contains(QuestionKey(question)))
            {
                alreadyHere++;
            }
            else if (here.QuestionIds.Contains(question.Id))
            {
                sideBySide++;
            }
        }

        foreach (var script in doc.Scripts ?? [])
        {
            if (here.ScriptKeys.Contains(ScriptKey(script)))
            {
                alreadyHere++;
            }
            else if (here.ScriptIds.Contains(script.Id))
            {
                sideBySide++;
            }
        }

        return (alreadyHere, sideBySide);
    }

    public static async Task<Existing> ExistingAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var existing = new Existing();
        var themeNames = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var links = (await db.Set<Dictionary<string, object>>("RecapThemes").AsNoTracking()
                .Select(l => new { RecapId = EF.Property<int>(l, "RecapId"), ThemeId = EF.Property<int>(l, "ThemeId") })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(l => l.RecapId, l => themeNames[l.ThemeId]);
        await foreach (var r in db.Recaps.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            existing.RecapIds.Add(r.Id);
            existing.RecapKeys.TryAdd(RecapKey(ExportRecap.From(r, links[r.Id].ToList())), r.Id);
        }

        foreach (var q in await db.Questions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            existing.QuestionIds.Add(q.Id);
            existing.QuestionKeys.Add(QuestionKey(new ExportQuestion { Text = q.Text, Status = q.Status, AnswerNote = q.AnswerNote }));
        }

        foreach (var s in await db.SavedScripts.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            existing.ScriptIds.Add(s.Id);
            existing.ScriptKeys.Add(ScriptKey(new ExportScript { Name = s.Name, Text = s.Text, FollowUpText = s.FollowUpText }));
        }

        existing.SettingKeys.UnionWith(await db.Settings.AsNoTracking().Select(s => s.Key).ToListAsync(cancellationToken).ConfigureAwait(false));
        existing.HasDraft = await db.ScriptDrafts.AnyAsync(cancellationToken).ConfigureAwait(false);
        return existing;
    }


    /// <summary>What makes two recaps the same recap: every text, the date, the feeling and the themes (ignoring case and order).</summary>
    public static string RecapKey(ExportRecap r)
    {
        var d = r.ToDraft();
        var themes = string.Join('\u001f', d.ThemeNames.Select(Theme.Normalize).Order(StringComparer.Ordinal));
        return string.Join('\u001e', d.SessionDate.ToString("O", CultureInfo.InvariantCulture), d.Label, d.WhatCameUp, d.Takeaways, d.NextSteps, d.ToRevisit,
            d.Feeling?.ToString(CultureInfo.InvariantCulture) ?? "", d.FeelingWords, d.TherapistSaid, themes);
    }

    public static string QuestionKey(ExportQuestion q) =>
        string.Join('\u001e', JournalText.Tidy(q.Text), q.Status.ToString(), JournalText.Tidy(q.AnswerNote));

    public static string ScriptKey(ExportScript s) =>
        string.Join('\u001e', (s.Name ?? "").Trim(), s.Text ?? "", s.FollowUpText ?? "");


    /// <summary>What is here already: ids and the keys that make two items the same.</summary>
    public sealed class Existing
    {
        public Dictionary<string, int> RecapKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> RecapIds { get; } = [];

        public HashSet<string> QuestionKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> QuestionIds { get; } = [];

        public HashSet<string> ScriptKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> ScriptIds { get; } = [];

        public HashSet<string> SettingKeys { get; } = new(StringComparer.Ordinal);

        public bool HasDraft { get; set; }
    }
}
