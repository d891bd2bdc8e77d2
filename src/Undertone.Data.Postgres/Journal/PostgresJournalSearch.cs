using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;
using Undertone.Data.Journal;
using Undertone.Data.Ownership;
using Undertone.Domain.Journal;

namespace Undertone.Data.Postgres.Journal;

/// <summary>
/// Server mode's search engine (docs/decisions/014, "Search on PostgreSQL"): the generated <c>SearchVector</c> columns
/// of <c>Recaps</c> and <c>Questions</c> in the <c>undertone</c> text search configuration (<c>simple</c> with
/// <c>unaccent</c>; migration <c>AddJournalSearch</c>), ranked with <c>ts_rank</c> and highlighted with
/// <c>ts_headline</c>. It behaves as local mode's FTS5 search: every word must match as a word start (a single
/// character as a whole word), case and accents ignored, nothing typed is read as query syntax, the best of the newest
/// <see cref="JournalSearch.RankWindow"/> matches first. Row-level security and an explicit owner condition both keep
/// it to the signed-in person's rows.
/// </summary>
public sealed class PostgresJournalSearch : IJournalSearchEngine
{
    /// <summary>The text search configuration the search columns are built with.</summary>
    public const string Configuration = "undertone";

    private const string Ellipsis = "…";

    // Up to 16 words around the first match, as FTS5's snippet(…, 16); the markers are control characters nobody types.
    private static readonly string HeadlineOptions = string.Create(
        CultureInfo.InvariantCulture,
        $"StartSel={JournalSearch.HighlightStart}, StopSel={JournalSearch.HighlightEnd}, MaxWords=16, MinWords=8, ShortWord=0");

    private static readonly string LexemesSql =
        "SELECT t.ord::int AS \"Term\", p::int AS \"Position\", u.lexeme AS \"Lexeme\" "
        + "FROM unnest(@terms) WITH ORDINALITY AS t(term, ord) "
        + $"CROSS JOIN LATERAL unnest(to_tsvector('{Configuration}'::regconfig, t.term)) AS u "
        + "CROSS JOIN LATERAL unnest(u.positions) AS p";

    private static readonly string SearchSql = string.Create(CultureInfo.InvariantCulture, $"""
        WITH q AS (SELECT @query::tsquery AS query),
        matches AS (
            SELECT 0 AS kind, r."Id" AS id, r."SearchVector" AS vector FROM "Recaps" r, q
            WHERE r."OwnerId" = @person AND r."SearchVector" @@ q.query
            UNION ALL
            SELECT 1, x."Id", x."SearchVector" FROM "Questions" x, q
            WHERE x."OwnerId" = @person AND x."SearchVector" @@ q.query),
        newest AS (SELECT kind, id, vector FROM matches ORDER BY id * 2 + kind DESC LIMIT @window),
        best AS (SELECT kind, id, ts_rank(vector, q.query, 1) AS rank FROM newest, q ORDER BY rank DESC, id * 2 + kind DESC LIMIT @limit),
        found AS (
            SELECT b.kind, b.id, b.rank, CASE b.kind WHEN 0 THEN {RecapBody("r")} ELSE {QuestionBody("x")} END AS body,
                   r."SessionDate", r."Label", x."Status"
            FROM best b
            LEFT JOIN "Recaps" r ON b.kind = 0 AND r."Id" = b.id
            LEFT JOIN "Questions" x ON b.kind = 1 AND x."Id" = b.id)
        SELECT f.kind AS "Kind", f.id AS "Id", f.body AS "Body", ts_headline('{Configuration}'::regconfig, f.body, q.query, @options) AS "Snippet",
               f."SessionDate" AS "SessionDate", f."Label" AS "Label", f."Status" AS "Status"
        FROM found f CROSS JOIN q
        ORDER BY f.rank DESC, f.id * 2 + f.kind DESC
        """);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(UndertoneDbContext db, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var person = db.GetService<IDbContextOptions>().FindExtension<PersonOptionsExtension>()?.Person.Id ?? Guid.Empty;
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The words are split and folded by PostgreSQL itself (the same configuration as the stored text), so
            // nothing typed is ever parsed as query syntax: the query is built from the words it gives back.
            var lexemes = await db.Database
                .SqlQueryRaw<TermLexeme>(LexemesSql, new NpgsqlParameter("terms", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = terms.ToArray() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var query = TsQuery(terms, lexemes);
            if (query is null)
            {
                return []; // a word that no stored word can start with, and every word must match
            }

            var rows = await db.Database
                .SqlQueryRaw<HitRow>(
                    SearchSql,
                    new NpgsqlParameter("query", NpgsqlDbType.Text) { Value = query },
                    new NpgsqlParameter("person", NpgsqlDbType.Uuid) { Value = person },
                    new NpgsqlParameter("window", NpgsqlDbType.Integer) { Value = JournalSearch.RankWindow },
                    new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit },
                    new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = HeadlineOptions })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(ToHit).ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>'don' &lt;-&gt; 't':* &amp; 'cafe':*</c>: each word's lexemes as a phrase, the last one as a word start unless
    /// the word is a single character, all words required. Null when a word gave no lexeme at all.
    /// </summary>
    private static string? TsQuery(IReadOnlyList<string> terms, IReadOnlyList<TermLexeme> lexemes)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            var words = lexemes.Where(l => l.Term == i + 1).OrderBy(l => l.Position).Select(l => l.Lexeme).ToList();
            if (words.Count == 0)
            {
                return null;
            }

            if (builder.Length > 0)
            {
                builder.Append(" & ");
            }

            builder.Append('(');
            for (var w = 0; w < words.Count; w++)
            {
                if (w > 0)
                {
                    builder.Append(" <-> ");
                }

                builder.Append('\'').Append(words[w].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');
            }

            builder.Append(terms[i].Length >= 2 ? ":*)" : ")");
        }

        return builder.ToString();
    }

    private static SearchHit ToHit(HitRow row) => row.Kind == 0
        ? new SearchHit(SearchHitKind.Recap, row.Id, WithEllipses(row.Snippet, row.Body), row.SessionDate, row.Label ?? "", null)
        : new SearchHit(SearchHitKind.Question, row.Id, WithEllipses(row.Snippet, row.Body), null, "", Enum.Parse<QuestionStatus>(row.Status!));

    /// <summary>Marks where the snippet leaves text out before or after it, as FTS5's snippet does.</summary>
    private static string WithEllipses(string snippet, string body)
    {
        var plain = snippet.Replace(JournalSearch.HighlightStart.ToString(), "", StringComparison.Ordinal)
            .Replace(JournalSearch.HighlightEnd.ToString(), "", StringComparison.Ordinal);
        var at = body.IndexOf(plain, StringComparison.Ordinal);
        if (at < 0 || plain.Length == 0)
        {
            return snippet;
        }

        var before = !string.IsNullOrWhiteSpace(body[..at]);
        var after = !string.IsNullOrWhiteSpace(body[(at + plain.Length)..]);
        return (before ? Ellipsis : "") + snippet + (after ? Ellipsis : "");
    }

    // The text a recap or question is searched by: the same expressions as the generated columns (migration
    // AddJournalSearch) and local mode's JournalSearchContent view.
    private static string RecapBody(string alias) =>
        $"{alias}.\"Label\" || E'\\n' || {alias}.\"WhatCameUp\" || E'\\n' || {alias}.\"Takeaways\" || E'\\n' || {alias}.\"NextSteps\" || E'\\n' || "
        + $"{alias}.\"ToRevisit\" || E'\\n' || {alias}.\"FeelingWords\" || E'\\n' || {alias}.\"TherapistSaid\"";

    private static string QuestionBody(string alias) => $"{alias}.\"Text\" || E'\\n' || {alias}.\"AnswerNote\"";

    private sealed record TermLexeme(int Term, int Position, string Lexeme);

    private sealed record HitRow(int Kind, int Id, string Body, string Snippet, DateOnly? SessionDate, string? Label, string? Status);
}
