namespace Undertone.Data.Tests.Agreements;

/// <summary>An agreement recorded as a person records one: a saved message that asks, then the therapist's answer to it.</summary>
public static class RecordedAgreement
{
    /// <summary>Saves the asking message and <paramref name="answer"/> (asked today unless it says otherwise); returns the message's id.</summary>
    public static async Task<int> SaveAsync(ScriptStore scripts, AgreementInput answer)
    {
        var ask = new ConsentAsk { Reasons = [AskReason.RememberTakeaways] };
        var script = await scripts.SaveScriptAsync(null, new SavedScriptInput("Ask", ask, "Could I keep a recap?", true, [], ""), 0);
        Assert.True(script.IsSaved);
        var agreed = await scripts.SaveAgreementAsync(script.Id, answer with { AskedOn = answer.AskedOn ?? scripts.Today }, 0);
        Assert.True(agreed.IsSaved, string.Join(", ", agreed.Errors.Select(e => e.Message)));
        return script.Id;
    }
}
