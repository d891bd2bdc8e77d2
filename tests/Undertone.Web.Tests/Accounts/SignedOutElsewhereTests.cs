using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Server mode: an open tab whose person was signed out from somewhere else goes to the sign-in page, and that page
/// says why, so the person is not left wondering where their page went.
/// </summary>
public sealed class SignedOutElsewhereTests(ServerModeFactory app) : ComponentTestBase, IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task Tab_GoesToSignIn_OnlyWhenItsPersonBecomesNobody()
    {
        var tab = new TabState();
        Services.AddSingleton<AuthenticationStateProvider>(tab);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("journal/new");
        var cut = Render<SignedOutElsewhere>();

        await cut.InvokeAsync(() => tab.Become(Guid.NewGuid())); // still someone: the tab stays
        Assert.EndsWith("/journal/new", navigation.Uri, StringComparison.Ordinal);

        await cut.InvokeAsync(() => tab.Become(null));
        cut.WaitForAssertion(() => Assert.EndsWith($"{AccountEndpoints.SignInPath}?{AccountEndpoints.SignedOutElsewhereQuery}", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPage_SaysWhyTheTabWasSignedOut()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"{AccountEndpoints.SignInPath}?{AccountEndpoints.SignedOutElsewhereQuery}"));
        var plain = WebUtility.HtmlDecode(await client.GetStringAsync(AccountEndpoints.SignInPath));

        const string why = "your account was signed out, or its password changed, in another window or on another device";
        Assert.Contains(why, page, StringComparison.Ordinal);
        Assert.DoesNotContain(why, plain, StringComparison.Ordinal);
    }

    private sealed class TabState : AuthenticationStateProvider
    {
        private AuthenticationState _state = new(new ClaimsPrincipal(new ClaimsIdentity()));

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(_state);

        public void Become(Guid? person)
        {
            _state = new AuthenticationState(new ClaimsPrincipal(person is { } id
                ? new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test")
                : new ClaimsIdentity()));
            NotifyAuthenticationStateChanged(Task.FromResult(_state));
        }
    }
}
