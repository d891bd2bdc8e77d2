using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <summary>
    /// The search index stops keeping extra copies of every word under its first two and three letters
    /// (<c>prefix = '2 3'</c>): they were about 60% of the index and 0.7 × the size of the text itself (issue 19). A
    /// short word start ("wo") is now looked up in the <c>JournalSearchTerms</c> vocabulary like a longer one, or
    /// expanded by FTS5 when it starts very many words (<c>SearchTerms</c>), so search finds and ranks the same items.
    /// Everything else (external content over <c>JournalSearchContent</c>, tokenizer, rowids, secure-delete, the
    /// triggers) is as <c>UseExternalContentSearchIndex</c> left it; the index is rebuilt from the rows here
    /// (docs/decisions/003-journal-storage.md).
    /// </summary>
    public partial class SearchIndexWithoutPrefixCopies : Migration
    {
        private const string Table = "fts5(Body, content = 'JournalSearchContent', content_rowid = 'RowId', tokenize = 'unicode61 remove_diacritics 2'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Table + ")");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Table + ", prefix = '2 3')");

        // The triggers on Recaps and Questions name the table, not its options, so they keep working on the new one.
        private static void Recreate(MigrationBuilder migrationBuilder, string module)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearchTerms;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearch;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearch USING " + module + ";");
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 1);");
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch) VALUES ('rebuild');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearchTerms USING fts5vocab(JournalSearch, row);");
        }
    }
}
