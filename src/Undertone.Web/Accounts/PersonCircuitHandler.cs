using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Undertone.Web.Accounts;

/// <summary>
/// One per circuit: every piece of work the browser starts on the circuit (an event, a JS call, a navigation, the
/// first render) runs with the circuit's signed-in person as <see cref="SignedInPerson"/>, so the stores read and write
/// that person's journal. The person is who signed in when the circuit was opened (from the cookie).
/// </summary>
public sealed class PersonCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            SignedInPerson.Set(state.User.PersonId());
            await next(context);
        };
}
