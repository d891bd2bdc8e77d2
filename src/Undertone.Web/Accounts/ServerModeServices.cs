using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Undertone.Data.Ownership;
using Undertone.Data.Postgres;
using Undertone.Data.Postgres.Keys;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's wiring (docs/decisions/014): the journals on PostgreSQL for the signed-in person, accounts with
/// ASP.NET Core Identity and its cookie, the person for each request and circuit, and the set-up link.
/// </summary>
public static class ServerModeServices
{
    public const string CookieName = "undertone-account";

    public static IServiceCollection AddServerMode(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddSingleton<SignedInPerson>();
        services.AddSingleton<ICurrentPerson>(sp => sp.GetRequiredService<SignedInPerson>());
        services.AddDbContextFactory<UndertoneDbContext>((sp, options) =>
            options.UseUndertonePostgres(connectionString, sp.GetRequiredService<SignedInPerson>()));
        services.AddDbContext<AccountsDbContext>(options =>
            options.UseOwnTables(connectionString, AccountsDbContext.MigrationsHistoryTable));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ServerDatabase>(sp, connectionString));

        // The Data Protection keys in the database, so a cookie made by one instance opens on every other
        // (docs/decisions/014, "More than one instance"). The application name is set in Program.cs for both modes.
        services.AddDbContext<ServerKeysDbContext>(options => options.UseOwnTables(connectionString, ServerKeysDbContext.MigrationsHistoryTable));
        services.AddDataProtection().PersistKeysToDbContext<ServerKeysDbContext>();
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, MigrationsFirst>()); // the keys' table exists before they are read

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = AccountEndpoints.SignInPath;
                options.LogoutPath = AccountEndpoints.SignOutPath;
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.SlidingExpiration = true;
            }));
        services.AddIdentityCore<Account>(AccountRules.Apply)
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddTokenProvider<AuthenticatorTokenProvider<Account>>(TokenOptions.DefaultAuthenticatorProvider);
        // Every request checks the cookie's security stamp, so signing out, a new password or a deleted account ends
        // that person's other sessions at once (one lookup by key per request); open tabs on every instance as soon as
        // PostgreSQL tells it (AccountChanges), or within a minute at most (AccountSessionCheck).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AccountChanges>(sp, connectionString));
        services.AddHostedService(sp => sp.GetRequiredService<AccountChanges>());
        services.AddScoped<AuthenticationStateProvider, AccountSessionCheck>();
        services.AddScoped<Invites>();
        services.AddScoped<EqualWorkSignIn>();
        services.AddOpenFormTries();

        services.AddSingleton(sp => new EveryPerson(connectionString, sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<ClosedAccountSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<ClosedAccountSweep>());
        services.AddScoped<CircuitHandler, PersonCircuitHandler>();
        services.AddSingleton<SetUpToken>();
        services.AddSingleton<OwnerSetUp>();
        services.AddHostedService<SetUpLink>();
        return services;
    }
}
