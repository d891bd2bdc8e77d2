using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Postgres.Accounts.Migrations
{
    /// <summary>
    /// An invite's note ("for Lee") only told open invites apart; once used it recorded who joined, and outlived an
    /// account its person deleted. A used invite now loses its note; this clears the notes of those used before.
    /// </summary>
    public partial class ForgetUsedInviteLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"Invites\" SET \"Label\" = NULL WHERE \"UsedAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The notes are gone on purpose; nothing to put back.
        }
    }
}
