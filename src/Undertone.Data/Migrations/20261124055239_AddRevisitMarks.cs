using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddRevisitMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RevisitMarks",
                columns: table => new
                {
                    RecapId = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddressedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevisitMarks");
        }
    }
}
