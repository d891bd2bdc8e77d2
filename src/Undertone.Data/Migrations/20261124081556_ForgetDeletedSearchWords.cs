using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class ForgetDeletedSearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 deletes by adding a "deleted" marker and leaves the words in the index until a later merge, so
            // the words of recaps deleted before JournalStore turned on secure-delete for deletes can still be in
            // the file. Merging the index once drops them.
            migrationBuilder.Sql("INSERT INTO JournalSearch(JournalSearch) VALUES ('optimize');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the merged index holds the same rows.
        }
    }
}
