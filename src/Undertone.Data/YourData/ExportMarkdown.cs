using System.Globalization;
using System.Text;
using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>The Markdown files of an export, to read without Undertone. Pure text formatting.</summary>
public static class ExportMarkdown
{
    public const string ReadMe = """
        # Your Undertone export

        This folder is everything Undertone kept for you, on the day in the file name.

        - `undertone.json` is the whole journal in one file. Undertone can bring it back in (Settings, Your data,
          Import). It includes "something my therapist said" in the `therapistSaid` field of each recap: those are
          your therapist's words, kept apart from your own.
        - `recaps/` has one Markdown file per session recap, named by the session date and its name. The lines at the
          top between `---` say the date, the themes and how you felt (1 is very low, 5 is very good).
        - `questions.md` lists your questions for next time, with where each one stands.
        - `scripts/` has one file per saved message from the script builder.
        - `agreements.md` lists what was agreed for each saved message.

        Markdown is plain text: any text editor opens it. Keep this folder somewhere private; it holds your own words.
        """;

    /// <summary>A recap as Markdown with YAML front matter (date, themes, feeling).</summary>
    public static string Recap(ExportRecap recap, bool includeTherapistSaid)
    {
        ArgumentNullException.ThrowIfNull(recap);
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {recap.SessionDate:yyyy-MM-dd}\n");
        if (!string.IsNullOrEmpty(recap.Label))
        {
            text.Append(CultureInfo.InvariantCulture, $"label: {Yaml(recap.Label)}\n");
        }

        text.Append("themes: [");
        text.Append(string.Join(", ", (recap.Themes ?? []).Select(Yaml)));
        text.Append("]\n");
        if (recap.Feeling is { } feeling)
        {
            text.Append(CultureInfo.InvariantCulture, $"feeling: {feeling}\n");
        }

        if (!string.IsNullOrEmpty(recap.FeelingWords))
        {
            text.Append(CultureInfo.InvariantCulture, $"feelingWords: {Yaml(recap.FeelingWords)}\n");
        }

        text.Append("---\n\n");
        text.Append(CultureInfo.InvariantCulture, $"# {(string.IsNullOrEmpty(recap.Label) ? "Session" : recap.Label)} ({recap.SessionDate:yyyy-MM-dd})\n");
        Section(text, "What came up", recap.WhatCameUp);
        Section(text, "What mattered most", recap.Takeaways);
        Section(text, "Next steps", recap.NextSteps);
        Section(text, "What I want to come back to", recap.ToRevisit);
        if (includeTherapistSaid)
        {
            Section(text, "Something my therapist said (their words)", recap.TherapistSaid);
        }

        return text.ToString();
    }

    public static string Questions(IEnumerable<ExportQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var text = new StringBuilder("# Questions for next time\n");
        foreach (var group in questions.GroupBy(q => q.Status).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {StatusHeading(group.Key)}\n\n");
            foreach (var question in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {OneLine(question.Text)}\n");
                if (!string.IsNullOrEmpty(question.AnswerNote))
                {
                    text.Append(CultureInfo.InvariantCulture, $"  - Answer: {OneLine(question.AnswerNote)}\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Script(ExportScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {script.Name}\n\n{script.Text}\n");
        Section(text, "If the answer is no", script.FollowUpText);
        return text.ToString();
    }

    public static string Agreements(IEnumerable<ExportScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var text = new StringBuilder("# What was agreed\n");
        foreach (var script in scripts.Where(s => s.Agreement is not null))
        {
            var agreement = script.Agreement!;
            text.Append(CultureInfo.InvariantCulture, $"\n## {script.Name}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- Asked on: {agreement.AskedOn:yyyy-MM-dd}\n");
            text.Append(CultureInfo.InvariantCulture, $"- Answer: {agreement.Answer}\n");
            Line(text, "Format", agreement.Format?.ToString());
            Line(text, "Where it lives", agreement.Storage?.ToString());
            Line(text, "Who can open it", agreement.Access?.ToString());
            Line(text, "Who else", agreement.AccessPerson);
            Line(text, "Kept until", agreement.Retention is null ? null
                : agreement.RetentionDays is { } days ? $"{agreement.Retention} ({days} days)" : agreement.Retention.ToString());
            Line(text, "Boundaries", agreement.Boundaries);
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>recaps/YYYY-MM-DD label.md</c>, with characters no file system takes replaced; a second recap with the same
    /// date and name gets " (2)". The names are inside the ZIP only; the ZIP's own name holds no user text.
    /// </summary>
    public static string RecapEntryName(ExportRecap recap, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(recap);
        ArgumentNullException.ThrowIfNull(taken);
        var label = SafeName(recap.Label, "recap");
        var stem = $"recaps/{recap.SessionDate:yyyy-MM-dd} {label}";
        return Unique(stem, taken);
    }

    public static string ScriptEntryName(ExportScript script, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(taken);
        return Unique("scripts/" + SafeName(script.Name, "message"), taken);
    }

    private static string Unique(string stem, ISet<string> taken)
    {
        var name = stem + ".md";
        for (var n = 2; !taken.Add(name.ToUpperInvariant()); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}).md");
        }

        return name;
    }

    private static string SafeName(string? text, string fallback)
    {
        var safe = new StringBuilder();
        foreach (var c in text ?? "")
        {
            safe.Append(char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? ' ' : c);
            if (safe.Length >= 60)
            {
                break;
            }
        }

        var name = string.Join(' ', safe.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        return name.Length == 0 ? fallback : name;
    }

    private static string StatusHeading(QuestionStatus status) => status switch
    {
        QuestionStatus.Open => "Open",
        QuestionStatus.Asked => "Asked",
        QuestionStatus.Resolved => "Resolved",
        QuestionStatus.Dropped => "Dropped",
    };

    private static void Section(StringBuilder text, string heading, string? body)
    {
        if (!string.IsNullOrEmpty(body))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n{body}\n");
        }
    }

    private static void Line(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: {OneLine(value)}\n");
        }
    }

    private static string OneLine(string? text) => (text ?? "").ReplaceLineEndings(" ");

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML).</summary>
    private static string Yaml(string value) => System.Text.Json.JsonSerializer.Serialize(value, ExportJson.Options);
}
