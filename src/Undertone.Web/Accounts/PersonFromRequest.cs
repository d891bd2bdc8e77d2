namespace Undertone.Web.Accounts;

/// <summary>After authentication: the signed-in person of this request is the person the stores work for (<see cref="SignedInPerson"/>).</summary>
public sealed class PersonFromRequest(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SignedInPerson.Set(context.User.PersonId());
        return next(context);
    }
}
