using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <summary>
    /// A theme lives as long as a recap carries it (RecapThemes). Before, a theme stayed when its last recap was deleted
    /// or edited away from it, so a deleted recap's theme names were still in the file: this deletes those left behind
    /// (<c>secure_delete</c> is on for the connection, so their names are overwritten).
    /// </summary>
    public partial class DeleteThemesNoRecapCarries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"Themes\" WHERE NOT EXISTS (SELECT 1 FROM \"RecapThemes\" WHERE \"RecapThemes\".\"ThemeId\" = \"Themes\".\"Id\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to put back: the deleted themes were on no recap.
        }
    }
}
