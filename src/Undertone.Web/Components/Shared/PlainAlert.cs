using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Undertone.Web.Components.Shared;

/// <summary>
/// A warning drawn with <c>MudAlert</c>'s own markup and classes (outlined, its warning icon), rendered into the component
/// that shows it instead of being a MudAlert and a MudIcon in the visitor's server memory
/// (docs/decisions/015-lighter-circuits.md).
/// </summary>
public static class PlainAlert
{
    private const string WarningIcon = "<div class=\"mud-alert-icon mud-alert-icon-left\"><svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">"
        + Icons.Material.Outlined.ReportProblem + "</svg></div>";

    /// <summary>Like <c>&lt;MudAlert Severity="Severity.Warning" Variant="Variant.Outlined" role="alert"&gt;message&lt;/MudAlert&gt;</c>.</summary>
    public static RenderFragment Warning(string message) => builder => Add(builder, message);

    private static void Add(RenderTreeBuilder builder, string message)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-alert mud-alert-outlined-warning mud-elevation-0");
        builder.AddAttribute(2, "role", "alert");
        builder.OpenElement(3, "div");
        builder.AddAttribute(4, "class", "mud-alert-position justify-start");
        builder.AddMarkupContent(5, WarningIcon);
        builder.OpenElement(6, "div");
        builder.AddAttribute(7, "class", "mud-alert-message");
        builder.AddContent(8, message);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    }
}
