using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Undertone.Web.Components.Shared;

/// <summary>Copies text through the browser (undertone.js). False where the clipboard isn't available, so the page can help by hand.</summary>
public sealed class Clipboard(IJSRuntime js)
{
    public async Task<bool> CopyAsync(string text)
    {
        try
        {
            return await js.InvokeAsync<bool>("undertone.copyText", text);
        }
        catch (JSException)
        {
            return false;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
    }

    /// <summary>Selects a text box's content, so Ctrl+C copies it. A help, not a must: failures are ignored.</summary>
    public async Task SelectAsync(ElementReference element)
    {
        try
        {
            await js.InvokeVoidAsync("undertone.selectText", element);
        }
        catch (JSException)
        {
            // The message on the page says how to copy by hand.
        }
    }
}
