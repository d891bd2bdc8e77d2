using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSavedScriptsAgreementsAndDraft : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedScripts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AskJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    IsEdited = table.Column<bool>(type: "INTEGER", nullable: false),
                    Alternatives = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FollowUpText = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedScripts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScriptDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    StateJson = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScriptDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScriptAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScriptId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Storage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Access = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AccessPerson = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Retention = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RetentionDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Boundaries = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScriptAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScriptAgreements_SavedScripts_ScriptId",
                        column: x => x.ScriptId,
                        principalTable: "SavedScripts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScriptAgreements_ScriptId",
                table: "ScriptAgreements",
                column: "ScriptId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScriptAgreements");

            migrationBuilder.DropTable(
                name: "ScriptDrafts");

            migrationBuilder.DropTable(
                name: "SavedScripts");
        }
    }
}
