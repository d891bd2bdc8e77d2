using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class KeepSearchSecureDeleteOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5's secure-delete, kept on in the file (docs/decisions/010-your-data.md): every delete and every edit
            // takes the old words out of the search index at once, so a deleted recap needs no index merge. Before,
            // it was switched on only for the length of a delete, and the delete then merged the whole index.
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch, rank) VALUES ('secure-delete', 0);");
        }
    }
}
