using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Undertone.Web.Components.Shared;

/// <summary>
/// Outlined form fields drawn with MudBlazor's own markup and classes — a text box like <c>MudTextField</c>, a date
/// like <c>MudDatePicker</c>, a list like <c>MudSelect</c> — around the browser's own <c>input</c> and <c>select</c>.
/// The label floats, the border takes the focus colour, an error turns field and label red and shows its text under
/// the field, all by MudBlazor's CSS. Rendered into the component that uses them, they are no components of their own,
/// and they call no JavaScript: MudTextField is five components and a key interceptor, whose JS interop costs every
/// visitor its own serializer metadata on the server (docs/decisions/015-lighter-circuits.md).
/// </summary>
public static class PlainField
{
    private const string DropDownIcon = "<div class=\"mud-input-adornment mud-input-adornment-end plain-field-adornment\"><svg class=\"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-medium mud-input-adornment-icon\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M0 0h24v24H0z\" fill=\"none\"/><path d=\"M7 10l5 5 5-5z\"/></svg></div>";

    /// <summary>A unique id for one field (its input, and with a suffix its error text).</summary>
    public static string NewId() => "field-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// An outlined text box, like <c>&lt;MudTextField Variant="Variant.Outlined" Label Value ValueChanged Immediate Error ErrorText Placeholder Class&gt;</c>.
    /// <paramref name="immediate"/> sends each keystroke (<c>input</c>); otherwise the text is sent when the box loses focus (<c>change</c>).
    /// </summary>
    public static RenderFragment Text(object receiver, string id, string label, string? value, Func<string, Task> changed,
        bool immediate = true, string? error = null, string? placeholder = null, string? cssClass = null) => builder =>
    {
        OpenField(builder, error, cssClass, shrink: !string.IsNullOrEmpty(value) || placeholder is not null);
        builder.OpenElement(20, "input");
        AddControlAttributes(builder, "mud-input-slot mud-input-root mud-input-root-outlined", id, error);
        builder.AddAttribute(25, "type", "text");
        builder.AddAttribute(26, "autocomplete", "off");
        builder.AddAttribute(27, "placeholder", placeholder);
        builder.AddAttribute(28, "value", value ?? string.Empty);
        builder.AddAttribute(29, immediate ? "oninput" : "onchange",
            EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(e.Value as string ?? string.Empty)));
        builder.CloseElement();
        CloseField(builder, id, label, error, adornment: null);
    };

    /// <summary>
    /// An outlined date, like <c>MudDatePicker</c> with <c>Editable</c> and <c>Clearable</c>: the browser's own date
    /// box, typed or picked from its calendar (whose Clear button, or emptying the box, gives null).
    /// </summary>
    public static RenderFragment Date(object receiver, string id, string label, DateOnly? value, Func<DateOnly?, Task> changed,
        string? cssClass = null) => builder =>
    {
        OpenField(builder, error: null, cssClass, shrink: true);
        builder.OpenElement(20, "input");
        AddControlAttributes(builder, "mud-input-slot mud-input-root mud-input-root-outlined plain-date", id, error: null);
        builder.AddAttribute(25, "type", "date");
        builder.AddAttribute(28, "value", value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        builder.AddAttribute(29, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(ParseDate(e.Value as string))));
        builder.CloseElement();
        CloseField(builder, id, label, error: null, adornment: null);
    };

    /// <summary>
    /// An outlined list of choices, like <c>MudSelect</c>: the browser's own <c>select</c> (arrow keys, type to find,
    /// a phone's own picker), with MudSelect's drop-down arrow. <paramref name="options"/> are value and text pairs.
    /// </summary>
    public static RenderFragment Select(object receiver, string id, string label, string value, IReadOnlyList<KeyValuePair<string, string>> options,
        Func<string, Task> changed, string? cssClass = null) => builder =>
    {
        OpenField(builder, error: null, cssClass, shrink: true);
        builder.OpenElement(20, "select");
        AddControlAttributes(builder, "mud-input-slot mud-input-root mud-input-root-outlined plain-select", id, error: null);
        builder.AddAttribute(28, "value", value);
        builder.AddAttribute(29, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(e.Value as string ?? string.Empty)));
        foreach (var option in options)
        {
            builder.OpenElement(30, "option");
            builder.AddAttribute(31, "value", option.Key);
            builder.AddAttribute(32, "selected", option.Key == value);
            builder.AddContent(33, option.Value);
            builder.CloseElement();
        }

        builder.CloseElement();
        CloseField(builder, id, label, error: null, DropDownIcon);
    };

    /// <summary>A date as the browser's date box sends it (<c>yyyy-MM-dd</c>); empty or incomplete is null.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void OpenField(RenderTreeBuilder builder, string? error, string? cssClass, bool shrink)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-outlined-with-label mud-input-input-control mud-input-sizing-fixed"
            + (error is null ? "" : " mud-input-error") + (cssClass is null ? "" : " " + cssClass));
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "div");
        builder.AddAttribute(5, "class", "mud-input mud-input-outlined mud-input-outlined-with-label"
            + (shrink ? " mud-shrink" : "")
            + " mud-typography-subtitle1 mud-input-sizing-fixed" + (error is null ? "" : " mud-input-error"));
    }

    private static void AddControlAttributes(RenderTreeBuilder builder, string cssClass, string id, string? error)
    {
        builder.AddAttribute(21, "class", cssClass);
        builder.AddAttribute(22, "id", id);
        builder.AddAttribute(23, "aria-invalid", error is null ? "false" : "true");
        builder.AddAttribute(24, "aria-describedby", error is null ? null : id + "-error");
    }

    private static void CloseField(RenderTreeBuilder builder, string id, string label, string? error, string? adornment)
    {
        builder.AddMarkupContent(40, adornment);
        builder.OpenElement(41, "fieldset");
        builder.AddAttribute(42, "class", "mud-input-outlined-border");
        builder.OpenElement(43, "legend");
        builder.AddContent(44, label);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement(); // .mud-input
        builder.OpenElement(45, "label");
        builder.AddAttribute(46, "class", error is null
            ? "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol"
            : "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-inputcontrol mud-input-error");
        builder.AddAttribute(47, "for", id);
        builder.AddContent(48, label);
        builder.CloseElement();
        builder.CloseElement(); // .mud-input-control-input-container
        if (error is not null)
        {
            builder.OpenElement(50, "div");
            builder.AddAttribute(51, "class", "mud-input-helper-text mud-input-error");
            builder.OpenElement(52, "div");
            builder.AddAttribute(53, "class", "d-flex");
            builder.OpenElement(54, "p");
            builder.AddAttribute(55, "id", id + "-error");
            builder.AddAttribute(56, "class", "mud-input-error-text me-auto");
            builder.AddAttribute(57, "role", "alert");
            builder.AddContent(58, error);
            builder.CloseElement();
            builder.CloseElement();
            builder.CloseElement();
        }

        builder.CloseElement(); // .mud-input-control
    }
}
