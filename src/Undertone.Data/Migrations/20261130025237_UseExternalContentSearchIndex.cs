using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <summary>
    /// The search index stops keeping a second copy of every recap's and question's text (issue 19): <c>JournalSearch</c>
    /// becomes an FTS5 external-content table that reads the text from the <c>JournalSearchContent</c> view when it
    /// needs it (snippets, rebuilds), and keeps only its index. Tokenizer, prefix indexes, rowids (<c>Id * 2</c> for a
    /// recap, <c>Id * 2 + 1</c> for a question), secure-delete and the <c>JournalSearchTerms</c> vocabulary are as
    /// before, so search finds and ranks the same items. Existing journals are re-indexed from their rows here
    /// (docs/decisions/003-journal-storage.md).
    /// </summary>
    public partial class UseExternalContentSearchIndex : Migration
    {
        private const string Tokenizer = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'";

        private const string RecapColumns = "Label, WhatCameUp, Takeaways, NextSteps, ToRevisit, FeelingWords, TherapistSaid";

        private const string QuestionColumns = "Text, AnswerNote";

        private static readonly string[] Triggers =
        [
            "Recaps_SearchInsert", "Recaps_SearchUpdate", "Recaps_SearchDelete",
            "Questions_SearchInsert", "Questions_SearchUpdate", "Questions_SearchDelete",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropSearch(migrationBuilder);

            // The view FTS5 reads a row's text from, by rowid. The two expression indexes let SQLite find that row
            // directly (without them, every snippet would scan all recaps).
            migrationBuilder.Sql("CREATE INDEX IX_Recaps_SearchRowId ON Recaps (Id * 2);");
            migrationBuilder.Sql("CREATE INDEX IX_Questions_SearchRowId ON Questions (Id * 2 + 1);");
            migrationBuilder.Sql(
                "CREATE VIEW JournalSearchContent AS "
                + "SELECT Id * 2 AS RowId, " + RecapBody(null) + " AS Body FROM Recaps "
                + "UNION ALL SELECT Id * 2 + 1 AS RowId, " + QuestionBody(null) + " AS Body FROM Questions;");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE JournalSearch USING fts5(Body, content = 'JournalSearchContent', content_rowid = 'RowId', " + Tokenizer + ");");
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 1);");
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch) VALUES ('rebuild');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearchTerms USING fts5vocab(JournalSearch, row);");

            // An external-content index is told what to forget: a 'delete' must carry exactly the text that was
            // indexed, which is the old row's (old.*), or the index would go wrong.
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchInsert AFTER INSERT ON Recaps BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchUpdate AFTER UPDATE OF " + RecapColumns + " ON Recaps BEGIN "
                + "INSERT INTO JournalSearch(JournalSearch, rowid, Body) VALUES ('delete', old.Id * 2, " + RecapBody("old") + "); "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchDelete AFTER DELETE ON Recaps BEGIN "
                + "INSERT INTO JournalSearch(JournalSearch, rowid, Body) VALUES ('delete', old.Id * 2, " + RecapBody("old") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchInsert AFTER INSERT ON Questions BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchUpdate AFTER UPDATE OF " + QuestionColumns + " ON Questions BEGIN "
                + "INSERT INTO JournalSearch(JournalSearch, rowid, Body) VALUES ('delete', old.Id * 2 + 1, " + QuestionBody("old") + "); "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchDelete AFTER DELETE ON Questions BEGIN "
                + "INSERT INTO JournalSearch(JournalSearch, rowid, Body) VALUES ('delete', old.Id * 2 + 1, " + QuestionBody("old") + "); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to an index with its own copy of the text, filled from the rows.
            DropSearch(migrationBuilder);
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearch USING fts5(Body, " + Tokenizer + ");");
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 1);");
            migrationBuilder.Sql("INSERT INTO JournalSearch(rowid, Body) SELECT RowId, Body FROM JournalSearchContent;");
            migrationBuilder.Sql("DROP VIEW JournalSearchContent;");
            migrationBuilder.Sql("DROP INDEX IX_Questions_SearchRowId;");
            migrationBuilder.Sql("DROP INDEX IX_Recaps_SearchRowId;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearchTerms USING fts5vocab(JournalSearch, row);");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchInsert AFTER INSERT ON Recaps BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchUpdate AFTER UPDATE OF " + RecapColumns + " ON Recaps BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2; "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchDelete AFTER DELETE ON Recaps BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2; END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchInsert AFTER INSERT ON Questions BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchUpdate AFTER UPDATE OF " + QuestionColumns + " ON Questions BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2 + 1; "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody("new") + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchDelete AFTER DELETE ON Questions BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2 + 1; END;");
        }

        private static void DropSearch(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql("DROP TRIGGER IF EXISTS " + trigger + ";");
            }

            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearchTerms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearch;");
        }

        // The text one recap or question is searched by, exactly as the AddJournal migration built it.
        private static string RecapBody(string row)
        {
            var p = row is null ? "" : row + ".";
            return $"{p}Label || char(10) || {p}WhatCameUp || char(10) || {p}Takeaways || char(10) || {p}NextSteps || char(10) "
                + $"|| {p}ToRevisit || char(10) || {p}FeelingWords || char(10) || {p}TherapistSaid";
        }

        private static string QuestionBody(string row)
        {
            var p = row is null ? "" : row + ".";
            return $"{p}Text || char(10) || {p}AnswerNote";
        }
    }
}
