using System.Security.Claims;

namespace Undertone.Web.Accounts;

/// <summary>Reads the person's id (their account id, the owner id of their rows) from a signed-in user.</summary>
public static class PersonClaims
{
    /// <summary>The account id, or null for a user who is not signed in or whose id is not an account id.</summary>
    public static Guid? PersonId(this ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(id, CultureInfo.InvariantCulture, out var person) && person != Guid.Empty ? person : null;
    }
}
