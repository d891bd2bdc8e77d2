using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Postgres.Migrations
{
    /// <summary>
    /// A theme lives as long as a recap carries it (RecapThemes). Before, a theme stayed when its last recap was deleted
    /// or edited away from it: this deletes those left behind, in every person's journal. Row-level security would hide
    /// every row from the migration (no person is set), and a hidden RecapThemes row would make a theme look unused, so
    /// both tables stop forcing it for this one statement, inside the migration's transaction.
    /// </summary>
    public partial class DeleteThemesNoRecapCarries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Themes\" NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("ALTER TABLE \"RecapThemes\" NO FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("DELETE FROM \"Themes\" WHERE NOT EXISTS (SELECT 1 FROM \"RecapThemes\" WHERE \"RecapThemes\".\"ThemeId\" = \"Themes\".\"Id\");");
            migrationBuilder.Sql("ALTER TABLE \"RecapThemes\" FORCE ROW LEVEL SECURITY;");
            migrationBuilder.Sql("ALTER TABLE \"Themes\" FORCE ROW LEVEL SECURITY;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to put back: the deleted themes were on no recap.
        }
    }
}
