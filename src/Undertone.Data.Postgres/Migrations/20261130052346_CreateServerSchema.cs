using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Undertone.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CreateServerSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Recaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhatCameUp = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Takeaways = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    NextSteps = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ToRevisit = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Feeling = table.Column<int>(type: "integer", nullable: true),
                    FeelingWords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TherapistSaid = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    TherapistSaidRule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    TherapistSaidRuleDays = table.Column<int>(type: "integer", nullable: true),
                    TherapistSaidAgreementId = table.Column<int>(type: "integer", nullable: true),
                    TherapistSaidSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedScripts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AskJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    IsEdited = table.Column<bool>(type: "boolean", nullable: false),
                    Alternatives = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FollowUpText = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedScripts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScriptDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid"),
                    StateJson = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Writer = table.Column<Guid>(type: "uuid", nullable: true),
                    WriterEdit = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScriptDrafts", x => new { x.OwnerId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid"),
                    Value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => new { x.OwnerId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Colour = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceRecapId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnswerNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
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
                name: "RevisitMarks",
                columns: table => new
                {
                    RecapId = table.Column<int>(type: "integer", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AddressedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisitMarks", x => new { x.RecapId, x.Fingerprint });
                    table.ForeignKey(
                        name: "FK_RevisitMarks_Recaps_RecapId",
                        column: x => x.RecapId,
                        principalTable: "Recaps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoiceNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecapId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    IsFinished = table.Column<bool>(type: "boolean", nullable: false),
                    Rule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RuleDays = table.Column<int>(type: "integer", nullable: true),
                    AgreementId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
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
                name: "ScriptAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ScriptId = table.Column<int>(type: "integer", nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Format = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Storage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Access = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AccessPerson = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Retention = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RetentionDays = table.Column<int>(type: "integer", nullable: true),
                    Boundaries = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
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

            migrationBuilder.CreateTable(
                name: "RecapThemes",
                columns: table => new
                {
                    RecapId = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
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

            migrationBuilder.CreateTable(
                name: "VoiceNoteChunks",
                columns: table => new
                {
                    VoiceNoteId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "NULLIF(current_setting('undertone.person_id', true), '')::uuid")
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
                name: "IX_Questions_IsSample",
                table: "Questions",
                column: "IsSample");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_OwnerId",
                table: "Questions",
                column: "OwnerId");

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
                name: "IX_Recaps_OwnerId",
                table: "Recaps",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_SessionDate_Id",
                table: "Recaps",
                columns: new[] { "SessionDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Recaps_TherapistSaidRule",
                table: "Recaps",
                column: "TherapistSaidRule");

            migrationBuilder.CreateIndex(
                name: "IX_RecapThemes_OwnerId",
                table: "RecapThemes",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RecapThemes_ThemeId",
                table: "RecapThemes",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisitMarks_OwnerId",
                table: "RevisitMarks",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedScripts_OwnerId",
                table: "SavedScripts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ScriptAgreements_OwnerId",
                table: "ScriptAgreements",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ScriptAgreements_ScriptId",
                table: "ScriptAgreements",
                column: "ScriptId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScriptDrafts_OwnerId",
                table: "ScriptDrafts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_OwnerId",
                table: "Settings",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Themes_OwnerId",
                table: "Themes",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Themes_OwnerId_NormalizedName",
                table: "Themes",
                columns: new[] { "OwnerId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNoteChunks_OwnerId",
                table: "VoiceNoteChunks",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNotes_OwnerId",
                table: "VoiceNotes",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNotes_RecapId_Id",
                table: "VoiceNotes",
                columns: new[] { "RecapId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_VoiceNotes_Rule",
                table: "VoiceNotes",
                column: "Rule");

            // Written by hand: every owned table is sealed to the person the connection is for (docs/decisions/014).
            foreach (var table in new[]
            {
                "Recaps", "SavedScripts", "ScriptDrafts", "Settings", "Themes", "Questions", "RevisitMarks",
                "VoiceNotes", "ScriptAgreements", "RecapThemes", "VoiceNoteChunks",
            })
            {
                migrationBuilder.EnableOwnerRowSecurity(table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Questions");

            migrationBuilder.DropTable(
                name: "RecapThemes");

            migrationBuilder.DropTable(
                name: "RevisitMarks");

            migrationBuilder.DropTable(
                name: "ScriptAgreements");

            migrationBuilder.DropTable(
                name: "ScriptDrafts");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "VoiceNoteChunks");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "SavedScripts");

            migrationBuilder.DropTable(
                name: "VoiceNotes");

            migrationBuilder.DropTable(
                name: "Recaps");
        }
    }
}
