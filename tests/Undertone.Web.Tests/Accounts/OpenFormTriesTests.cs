namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// Password spraying from one address: a few wrong passwords on many names stays under each account's own pause, so the
/// address itself is limited. In a class of its own: the limit counts every client of this test server as one address.
/// </summary>
public sealed class OpenFormTriesTests(ServerModeFactory app) : IClassFixture<ServerModeFactory>
{
    [Fact]
    public async Task OneAddress_SendingTheSignInFormOverAndOver_IsAskedToWait_ButStillSeesTheForm()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= OpenFormTries.PermitLimit; i++)
        {
            var answer = await ServerModeFactory.PostFormAsync(client, AccountEndpoints.SignInPath, new() { ["UserName"] = $"spray-{i}", ["Password"] = "a guess that is long enough" });
            answers.Add(answer.StatusCode);
            if (answer.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Please wait 5 minutes, then try again.", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
                Assert.Equal("300", answer.Headers.RetryAfter?.ToString());
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, OpenFormTries.PermitLimit), HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AccountEndpoints.SignInPath)).StatusCode);
    }
}
