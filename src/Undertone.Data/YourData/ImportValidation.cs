using System.Text.Json;
using Undertone.Data.Consent;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;
using Undertone.Domain.Settings;

namespace Undertone.Data.YourData;

/// <summary>
/// Checks every item of a file to import against the same limits as the pages (and each list's ids and names against
/// each other). Reads nothing from the journal.
/// </summary>
internal static class ImportValidation
{
    /// <summary>Every problem with the file's items; empty when it can be imported.</summary>
    public static IReadOnlyList<ImportProblem> Validate(ImportFile file, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Problems.Count > 0 || file.Document is not { } doc)
        {
            return file.Problems.Count > 0 ? file.Problems : [new ImportProblem(file.FileName, "file", "file", "There is nothing to import in this file.")];
        }

        var name = file.FileName;
        var problems = new List<ImportProblem>();
        var foreign = file.Source != ImportSource.Undertone;
        string Item(string list, int i) => foreign ? $"entries[{i}]" : $"{list}[{i}]";

        var themeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (theme, i) in (doc.Themes ?? []).Select((t, i) => (t, i)))
        {
            foreach (var error in JournalValidation.ValidateTheme(JournalText.Tidy(theme.Name), theme.Colour))
            {
                problems.Add(new ImportProblem(name, Item("themes", i), Camel(error.Field), error.Message));
            }

            if (!themeNames.Add(Theme.Normalize(theme.Name ?? "")))
            {
                problems.Add(new ImportProblem(name, Item("themes", i), "name", "Two themes in this file have the same name."));
            }
        }

        var recapIds = new HashSet<int>();
        foreach (var (recap, i) in (doc.Recaps ?? []).Select((r, i) => (r, i)))
        {
            if (!foreign && (recap.Id <= 0 || !recapIds.Add(recap.Id)))
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), "id", "Each recap needs its own id, a whole number above 0."));
            }

            if (recap.SessionDate == default)
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), "sessionDate", "This recap has no session date."));
                continue;
            }

            foreach (var error in JournalValidation.ValidateRecap(recap.ToDraft(), today))
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), Camel(error.Field), error.Message));
            }
        }

        var questionIds = new HashSet<int>();
        foreach (var (question, i) in (doc.Questions ?? []).Select((q, i) => (q, i)))
        {
            if (question.Id <= 0 || !questionIds.Add(question.Id))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "id", "Each question needs its own id, a whole number above 0."));
            }

            if (!Enum.IsDefined(question.Status))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "status", "The status must be open, asked, resolved or dropped."));
            }

            foreach (var error in JournalValidation.ValidateQuestion(JournalText.Tidy(question.Text), JournalText.Tidy(question.AnswerNote)))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), Camel(error.Field), error.Message));
            }

            if (question.SourceRecapId is { } source && !recapIds.Contains(source))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "sourceRecapId", "This question points to a recap that is not in the file."));
            }
        }

        foreach (var (mark, i) in (doc.RevisitMarks ?? []).Select((m, i) => (m, i)))
        {
            if (!recapIds.Contains(mark.RecapId))
            {
                problems.Add(new ImportProblem(name, Item("revisitMarks", i), "recapId", "This mark points to a recap that is not in the file."));
            }

            if (mark.Fingerprint is not { Length: RevisitItemKey.FingerprintLength } fp || !fp.All(char.IsAsciiHexDigitLower))
            {
                problems.Add(new ImportProblem(name, Item("revisitMarks", i), "fingerprint", $"The fingerprint must be {RevisitItemKey.FingerprintLength} lower-case hex digits."));
            }
        }

        var scriptIds = new HashSet<int>();
        foreach (var (script, i) in (doc.Scripts ?? []).Select((s, i) => (s, i)))
        {
            if (script.Id <= 0 || !scriptIds.Add(script.Id))
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), "id", "Each saved message needs its own id, a whole number above 0."));
            }

            if (script.Ask is not { ValueKind: JsonValueKind.Object } ask || ask.GetRawText().Length > SavedScript.AskJsonMaxLength)
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), "ask", "The message's choices are missing or too long."));
                continue;
            }

            var alternatives = new List<FollowUpAlternative>();
            foreach (var alternative in script.Alternatives ?? [])
            {
                if (Enum.TryParse<FollowUpAlternative>(alternative, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                {
                    alternatives.Add(parsed);
                }
                else
                {
                    problems.Add(new ImportProblem(name, Item("scripts", i), "alternatives", "One of the follow-up alternatives is not one Undertone knows."));
                }
            }

            var input = new SavedScriptInput(script.Name ?? "", AskJson.Read(ask.GetRawText()), script.Text ?? "", script.IsEdited, alternatives, script.FollowUpText ?? "");
            foreach (var error in input.Validate())
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), error.Field, error.Message));
            }

            if (script.Agreement is { } agreement)
            {
                foreach (var error in agreement.Validate(today))
                {
                    problems.Add(new ImportProblem(name, Item("scripts", i), "agreement." + error.Field, error.Message));
                }
            }
        }

        var settingKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, i) in (doc.Settings ?? []).Select((s, i) => (s, i)))
        {
            if (setting.Key is not { Length: > 0 and <= Setting.MaxKeyLength } key || !settingKeys.Add(key))
            {
                problems.Add(new ImportProblem(name, Item("settings", i), "key", $"Each setting needs its own key of up to {Setting.MaxKeyLength} characters."));
            }

            if (setting.Value is null || setting.Value.Length > Setting.MaxValueLength)
            {
                problems.Add(new ImportProblem(name, Item("settings", i), "value", $"A setting's value can be up to {Setting.MaxValueLength} characters."));
            }
        }

        if (doc.WorkingDraft is { } draft && (draft.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null) || draft.GetRawText().Length > WorkingDraftRow.StateJsonMaxLength))
        {
            problems.Add(new ImportProblem(name, "workingDraft", "workingDraft", "The working draft is not an object, or it is too long."));
        }

        problems.AddRange(VoiceNoteTransfer.Validate(name, doc, recapIds, file.AudioFiles));

        return problems;
    }

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
