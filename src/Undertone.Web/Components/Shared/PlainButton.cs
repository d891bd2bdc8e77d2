using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Undertone.Web.Components.Shared;

/// <summary>
/// A primary-coloured button drawn with <c>MudButton</c>'s own markup and classes (a native <c>button</c>, its optional
/// start icon, <c>disabled</c> styled by MudBlazor's CSS), rendered into the component that uses it instead of being a
/// MudButton and a MudIcon per button in every visitor's server memory (docs/decisions/015-lighter-circuits.md).
/// The class and icon markup are shared strings, so a visitor's render tree holds references, not copies.
/// </summary>
public static class PlainButton
{
    private static readonly ConcurrentDictionary<(Variant, Size), string> Classes = new();
    private static readonly ConcurrentDictionary<(string, Size), string> StartIcons = new();

    /// <summary>A button like <c>&lt;MudButton Variant Color="Color.Primary" Size StartIcon OnClick Disabled&gt;text&lt;/MudButton&gt;</c>.</summary>
    public static RenderFragment Button(object receiver, Variant variant, string text, Func<Task> onClick, string? startIcon = null, bool disabled = false, Size size = Size.Medium) =>
        builder => Add(builder, variant, size, text, startIcon, disabled, EventCallback.Factory.Create(receiver, onClick));

    /// <inheritdoc cref="Button(object, Variant, string, Func{Task}, string?, bool, Size)"/>
    public static RenderFragment Button(object receiver, Variant variant, string text, Action onClick, string? startIcon = null, bool disabled = false, Size size = Size.Medium) =>
        builder => Add(builder, variant, size, text, startIcon, disabled, EventCallback.Factory.Create(receiver, onClick));

    /// <summary>The classes MudButton gives a primary button of this variant and size.</summary>
    public static string ClassFor(Variant variant, Size size) => Classes.GetOrAdd((variant, size), key =>
    {
        var look = key.Item1 switch
        {
            Variant.Filled => "filled",
            Variant.Outlined => "outlined",
            Variant.Text => "text",
        };
        return $"mud-button-root mud-button mud-button-{look} mud-button-{look}-primary mud-button-{look}-size-{SizeName(key.Item2)} mud-ripple";
    });

    private static void Add(RenderTreeBuilder builder, Variant variant, Size size, string text, string? startIcon, bool disabled, EventCallback onClick)
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "class", ClassFor(variant, size));
        builder.AddAttribute(2, "type", "button");
        builder.AddAttribute(3, "disabled", disabled);
        builder.AddAttribute(4, "onclick", onClick);
        builder.AddEventStopPropagationAttribute(5, "onclick", true);
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-button-label");
        if (startIcon is not null)
        {
            builder.AddMarkupContent(8, StartIcons.GetOrAdd((startIcon, size), key =>
                $"<span class=\"mud-button-icon-start mud-button-icon-size-{SizeName(key.Item2)}\"><svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{SizeName(key.Item2)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Item1}</svg></span>"));
        }

        builder.AddContent(9, text);
        builder.CloseElement();
        builder.CloseElement();
    }

    private static string SizeName(Size size) => size switch
    {
        Size.Small => "small",
        Size.Medium => "medium",
        Size.Large => "large",
    };
}
