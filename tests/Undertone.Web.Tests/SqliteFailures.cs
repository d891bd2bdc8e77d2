using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Undertone.Web.Tests;

/// <summary>An EF command interceptor that makes each command fail, when armed, just before SQLite would run it.</summary>
public sealed class SqliteFailures : DbCommandInterceptor
{
    /// <summary>The exception each command throws; null lets commands run.</summary>
    public Func<Exception>? Failure { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        FailOr(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(FailOr(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        FailOr(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(FailOr(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        FailOr(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(FailOr(result));

    private T FailOr<T>(T result) => Failure is { } failure ? throw failure() : result;
}
