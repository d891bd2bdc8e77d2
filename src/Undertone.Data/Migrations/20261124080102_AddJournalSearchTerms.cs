using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddJournalSearchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A read-only view of the words in JournalSearch (no storage of its own). Search looks up which words
            // start with what the user typed, so a common word is not expanded by FTS5 on every query
            // (docs/decisions/003-journal-storage.md).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE JournalSearchTerms USING fts5vocab(JournalSearch, row);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearchTerms;");
        }
    }
}
