using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Settings;

namespace Undertone.Data.Settings;

/// <summary>Reads and writes app-wide preferences, one short-lived context per call.</summary>
public sealed class SettingsStore(IDbContextFactory<UndertoneDbContext> dbFactory)
{
    public async Task<bool> GetFlagAsync(string key, CancellationToken cancellationToken = default)
    {
        var value = await GetAsync(key, cancellationToken).ConfigureAwait(false);
        return bool.TryParse(value, out var flag) && flag;
    }

    public Task SetFlagAsync(string key, bool value, CancellationToken cancellationToken = default) =>
        SetAsync(key, value ? bool.TrueString : bool.FalseString, cancellationToken);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Settings.AsNoTracking()
                .Where(s => s.Key == key)
                .Select(s => s.Value)
                .SingleOrDefaultAsync(cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken).ConfigureAwait(false);
            if (setting is null)
            {
                db.Settings.Add(new Setting { Key = key, Value = value });
            }
            else
            {
                setting.Value = value;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
