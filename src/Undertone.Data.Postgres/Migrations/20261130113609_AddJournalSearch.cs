using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Postgres.Migrations
{
    /// <summary>
    /// Search on PostgreSQL (issue 18, docs/decisions/014, "Search on PostgreSQL"): the <c>unaccent</c> extension
    /// (trusted, so the database's owner may create it), the <c>undertone</c> text search configuration (<c>simple</c>
    /// with accents removed and hyphenated words indexed by their parts only, so words split and fold as local mode's
    /// FTS5 tokenizer splits and folds them), and a generated <c>SearchVector</c> column on <c>Recaps</c> and
    /// <c>Questions</c> over the same text local mode indexes. No GIN index: under row-level security PostgreSQL never
    /// uses one for <c>@@</c> (the operator is not leakproof), so a search reads the person's rows through the
    /// <c>OwnerId</c> index instead. EF's model does not know any of this (it is the same model for both databases).
    /// </summary>
    public partial class AddJournalSearch : Migration
    {
        private const string Configuration = "undertone";

        // The text one recap or question is searched by, as local mode's JournalSearchContent view builds it.
        private const string RecapBody =
            "\"Label\" || E'\\n' || \"WhatCameUp\" || E'\\n' || \"Takeaways\" || E'\\n' || \"NextSteps\" || E'\\n' || "
            + "\"ToRevisit\" || E'\\n' || \"FeelingWords\" || E'\\n' || \"TherapistSaid\"";

        private const string QuestionBody = "\"Text\" || E'\\n' || \"AnswerNote\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql($"CREATE TEXT SEARCH CONFIGURATION {Configuration} (COPY = pg_catalog.simple);");
            migrationBuilder.Sql(
                $"ALTER TEXT SEARCH CONFIGURATION {Configuration} ALTER MAPPING FOR word, numword, hword_part, hword_numpart WITH unaccent, simple;");
            // "well-being" is indexed as "well" and "being", as FTS5 does; the whole compound would be a third word.
            migrationBuilder.Sql($"ALTER TEXT SEARCH CONFIGURATION {Configuration} DROP MAPPING FOR asciihword, hword, numhword;");
            AddSearchVector(migrationBuilder, "Recaps", RecapBody);
            AddSearchVector(migrationBuilder, "Questions", QuestionBody);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Questions\" DROP COLUMN \"SearchVector\";");
            migrationBuilder.Sql("ALTER TABLE \"Recaps\" DROP COLUMN \"SearchVector\";");
            migrationBuilder.Sql($"DROP TEXT SEARCH CONFIGURATION {Configuration};");
        }

        private static void AddSearchVector(MigrationBuilder migrationBuilder, string table, string body) =>
            migrationBuilder.Sql(
                $"ALTER TABLE \"{table}\" ADD COLUMN \"SearchVector\" tsvector "
                + $"GENERATED ALWAYS AS (to_tsvector('{Configuration}'::regconfig, {body})) STORED;");
    }
}
