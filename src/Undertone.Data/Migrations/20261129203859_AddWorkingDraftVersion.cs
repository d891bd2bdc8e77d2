using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkingDraftVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "ScriptDrafts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "Writer",
                table: "ScriptDrafts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WriterEdit",
                table: "ScriptDrafts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "ScriptDrafts");

            migrationBuilder.DropColumn(
                name: "Writer",
                table: "ScriptDrafts");

            migrationBuilder.DropColumn(
                name: "WriterEdit",
                table: "ScriptDrafts");
        }
    }
}
