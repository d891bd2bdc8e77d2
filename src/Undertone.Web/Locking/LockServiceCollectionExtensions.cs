using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Undertone.Web.Locking;

/// <summary>
/// The passphrase lock, local mode's one seam: the key service, the journal's EF options that ask it for the key,
/// the migrator that waits for it, the idle lock, and Data Protection keys that stay off the disk while encrypted.
/// A server mode would register accounts instead and none of this.
/// </summary>
public static class LockServiceCollectionExtensions
{
    public static IServiceCollection AddJournalLock(this IServiceCollection services, UndertonePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        services.AddDbContextFactory<UndertoneDbContext>((sp, options) =>
            options.UseUndertoneSqlite(paths.DatabaseFile, sp.GetRequiredService<JournalLock>()));
        return services.AddLockServices(paths);
    }

    /// <summary>
    /// The lock's services without local mode's journal database. Server mode keeps them (pages ask whether the journal
    /// is locked, and there is never a passphrase there), with its own database (Accounts/ServerModeServices).
    /// </summary>
    public static IServiceCollection AddLockServices(this IServiceCollection services, UndertonePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        services.AddSingleton(sp => new JournalLock(
            paths.DatabaseFile,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Argon2Settings>()));
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator>());
        services.AddSingleton<LockKeeper>();
        services.AddSingleton<IDeleteEverythingHook, ForgetLockOnDeleteEverything>();
        services.AddSingleton<SessionRenewals>();
        services.AddSingleton<IdleLock>();
        services.AddHostedService(sp => sp.GetRequiredService<IdleLock>());
        services.AddScoped<CircuitHandler, ActivityCircuitHandler>();
        services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>, LockAwareKeyOptions>();
        return services;
    }
}
