using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Undertone.Web.Locking;

/// <summary>Counts what happens in an open tab (typing, clicks, navigation) as use, so the idle lock waits for it.</summary>
internal sealed class ActivityCircuitHandler(LockKeeper keeper) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            keeper.Touch();
            return next(context);
        };
}
