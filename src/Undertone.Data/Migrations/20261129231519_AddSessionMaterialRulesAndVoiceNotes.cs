using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSessionMaterialRulesAndVoiceNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TherapistSaidAgreementId",
                table: "Recaps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TherapistSaidRule",
                table: "Recaps",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TherapistSaidRuleDays",
                table: "Recaps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TherapistSaidSince",
                table: "Recaps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "VoiceNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecapId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    IsFinished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RuleDays = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoiceNotes_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoiceNoteChunks",
                columns: table => new
                {
                    VoiceNoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceNoteChunks", x => new { x.VoiceNoteId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_VoiceNoteChunks_VoiceNotes_VoiceNoteId",
                        column: x => x.VoiceNoteId,
                        principalTable: "VoiceNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_TherapistSaidRule",
                table: "Recaps",
                column: "TherapistSaidRule");

            // Words written before rules ran were made under no rule: they stay until the person deletes them.
            migrationBuilder.Sql("UPDATE Recaps SET TherapistSaidSince = UpdatedAt WHERE TherapistSaid <> '';");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNotes_RecapId_Id",
                table: "VoiceNotes",
                columns: new[] { "RecapId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNotes_Rule",
                table: "VoiceNotes",
                column: "Rule");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VoiceNoteChunks");

            migrationBuilder.DropTable(
                name: "VoiceNotes");

            migrationBuilder.DropIndex(
                name: "IX_Recaps_TherapistSaidRule",
                table: "Recaps");

            migrationBuilder.DropColumn(
                name: "TherapistSaidAgreementId",
                table: "Recaps");

            migrationBuilder.DropColumn(
                name: "TherapistSaidRule",
                table: "Recaps");

            migrationBuilder.DropColumn(
                name: "TherapistSaidRuleDays",
                table: "Recaps");

            migrationBuilder.DropColumn(
                name: "TherapistSaidSince",
                table: "Recaps");
        }
    }
}
