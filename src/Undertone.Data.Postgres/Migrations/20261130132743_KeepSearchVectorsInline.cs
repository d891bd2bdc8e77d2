using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Postgres.Migrations
{
    /// <summary>
    /// Keeps each row's search vector inside the row (compressed) instead of in the TOAST table: a search reads every
    /// one of the person's rows (row-level security rules out a GIN index, ADR 014), and fetching each vector from TOAST
    /// cost about twice the scan itself (docs/benchmarks.md, "Search on PostgreSQL"). Rows already written keep their
    /// layout until they are next saved.
    /// </summary>
    public partial class KeepSearchVectorsInline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Recaps\" ALTER COLUMN \"SearchVector\" SET STORAGE MAIN;");
            migrationBuilder.Sql("ALTER TABLE \"Questions\" ALTER COLUMN \"SearchVector\" SET STORAGE MAIN;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Recaps\" ALTER COLUMN \"SearchVector\" SET STORAGE EXTENDED;");
            migrationBuilder.Sql("ALTER TABLE \"Questions\" ALTER COLUMN \"SearchVector\" SET STORAGE EXTENDED;");
        }
    }
}
