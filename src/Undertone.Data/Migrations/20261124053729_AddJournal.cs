using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddJournal : Migration
    {
        private const string RecapBody =
            "new.Label || char(10) || new.WhatCameUp || char(10) || new.Takeaways || char(10) || new.NextSteps || char(10) "
            + "|| new.ToRevisit || char(10) || new.FeelingWords || char(10) || new.TherapistSaid";

        private const string QuestionBody = "new.Text || char(10) || new.AnswerNote";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Recaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatCameUp = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Takeaways = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ToRevisit = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Feeling = table.Column<int>(type: "INTEGER", nullable: true),
                    FeelingWords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TherapistSaid = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SourceRecapId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnswerNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Questions_Recaps_SourceRecapId",
                        column: x => x.SourceRecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RecapThemes",
                columns: table => new
                {
                    RecapId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecapThemes", x => new { x.RecapId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_RecapThemes_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecapThemes_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsSample",
                table: "Questions",
                column: "IsSample");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_SourceRecapId",
                table: "Questions",
                column: "SourceRecapId");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Status",
                table: "Questions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_IsSample",
                table: "Recaps",
                column: "IsSample");

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_SessionDate_Id",
                table: "Recaps",
                columns: new[] { "SessionDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RecapThemes_ThemeId",
                table: "RecapThemes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_Themes_NormalizedName",
                table: "Themes",
                column: "NormalizedName",
                unique: true);

            // Full-text search over recaps and questions (docs/decisions/003-journal-storage.md). One FTS5 table;
            // rowid = Id * 2 for a recap and Id * 2 + 1 for a question, so the triggers find a row by rowid.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE JournalSearch USING fts5(Body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchInsert AFTER INSERT ON Recaps BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchUpdate AFTER UPDATE OF Label, WhatCameUp, Takeaways, NextSteps, ToRevisit, FeelingWords, TherapistSaid ON Recaps BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2; "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2, " + RecapBody + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Recaps_SearchDelete AFTER DELETE ON Recaps BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2; END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchInsert AFTER INSERT ON Questions BEGIN "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchUpdate AFTER UPDATE OF Text, AnswerNote ON Questions BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2 + 1; "
                + "INSERT INTO JournalSearch(rowid, Body) VALUES (new.Id * 2 + 1, " + QuestionBody + "); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER Questions_SearchDelete AFTER DELETE ON Questions BEGIN "
                + "DELETE FROM JournalSearch WHERE rowid = old.Id * 2 + 1; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_SearchInsert;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Recaps_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Recaps_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Recaps_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS JournalSearch;");
            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "RecapThemes");

            migrationBuilder.DropTable(
                name: "Recaps");

            migrationBuilder.DropTable(
                name: "Themes");
        }
    }
}
