using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Undertone.Data.Postgres.Accounts.Migrations
{
    /// <summary>
    /// Sends the account's id on <see cref="AccountChangeNotices.Channel"/> when its security stamp changes or it is
    /// deleted, so every instance ends that person's open tabs at once (<see cref="AccountChangeNotices"/>). A notice
    /// goes out when the change commits, and not at all when it rolls back.
    /// </summary>
    public partial class NotifyAccountChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The channel's name is written out, not taken from the constant: a migration stays as it was released.
            migrationBuilder.Sql("""
                CREATE FUNCTION undertone_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('undertone_account_changed', OLD."Id"::text);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER "AccountStampChanged" AFTER UPDATE OF "SecurityStamp" ON "Accounts"
                    FOR EACH ROW WHEN (OLD."SecurityStamp" IS DISTINCT FROM NEW."SecurityStamp")
                    EXECUTE FUNCTION undertone_account_changed();

                CREATE TRIGGER "AccountDeleted" AFTER DELETE ON "Accounts"
                    FOR EACH ROW EXECUTE FUNCTION undertone_account_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "AccountDeleted" ON "Accounts";
                DROP TRIGGER "AccountStampChanged" ON "Accounts";
                DROP FUNCTION undertone_account_changed();
                """);
        }
    }
}
