using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Undertone.Web.Components.Shared;

/// <summary>
/// A check box, a radio button and a switch drawn with MudBlazor's own markup and classes, so they look and behave like
/// <c>MudCheckBox</c>, <c>MudRadio</c> and <c>MudSwitch</c> (native inputs: Space ticks, arrow keys move within a group), but render
/// into the component that uses them instead of being four components each. A page with thirty choices keeps about a
/// hundred fewer components per visitor in server memory (docs/decisions/015-lighter-circuits.md).
/// </summary>
public static class PlainChoice
{
    // The icons as whole markup: one shared string each, so a visitor's render tree holds a reference to it, not a
    // copy, and one frame per icon instead of six.
    private const string CheckedBox = Svg + "M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z" + SvgEnd;
    private const string EmptyBox = Svg + "M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z" + SvgEnd;
    private const string CheckedRadio = Svg + "M12 7c-2.76 0-5 2.24-5 5s2.24 5 5 5 5-2.24 5-5-2.24-5-5-5zm0-5C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z" + SvgEnd;
    private const string EmptyRadio = Svg + "M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z" + SvgEnd;
    private const string Svg = "<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M0 0h24v24H0z\" fill=\"none\"/><path d=\"";
    private const string SvgEnd = "\"/></svg>";

    /// <summary>A dense, primary-coloured check box with a text label, like <c>MudCheckBox</c>.</summary>
    public static RenderFragment CheckBox(object receiver, bool value, string label, Func<bool, Task> changed) => builder =>
        AddChoice(
            builder,
            new Choice(
                "mud-input-control mud-input-control-boolean-input",
                "mud-checkbox mud-input-content-placement-end",
                value
                    ? "mud-button-root mud-icon-button mud-primary-text hover:mud-primary-hover mud-checkbox-dense mud-ripple mud-ripple-checkbox mud-checkbox-true"
                    : "mud-button-root mud-icon-button mud-primary-text hover:mud-primary-hover mud-checkbox-dense mud-ripple mud-ripple-checkbox mud-checkbox-false",
                "checkbox",
                value,
                Group: null,
                "onchange",
                EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(e.Value is true)),
                value ? CheckedBox : EmptyBox),
            label,
            extra: null);

    /// <summary>
    /// A dense, primary-coloured radio button, like <c>MudRadio</c> (put a group of them inside MudRadioGroup's markup: <c>div.mud-radio-group[role=radiogroup]</c>);
    /// <paramref name="extra"/> is drawn after the label text, inside the label.
    /// </summary>
    public static RenderFragment Radio(object receiver, string group, bool selected, string label, Func<Task> chosen, RenderFragment? extra = null) => builder =>
        AddChoice(
            builder,
            new Choice(
                "mud-input-control mud-input-control-boolean-input mud-input-with-content",
                "mud-radio mud-input-content-placement-end",
                selected
                    ? "mud-button-root mud-icon-button mud-ripple mud-ripple-radio mud-primary-text hover:mud-primary-hover mud-radio-dense mud-checked"
                    : "mud-button-root mud-icon-button mud-ripple mud-ripple-radio mud-primary-text hover:mud-primary-hover mud-radio-dense",
                "radio",
                selected,
                group,
                "onclick",
                EventCallback.Factory.Create(receiver, chosen),
                selected ? CheckedRadio : EmptyRadio),
            label,
            extra);

    /// <summary>
    /// A primary-coloured switch with a text label, like <c>MudSwitch</c> (a native check box with the switch role: Space
    /// turns it on and off). MudSwitch also listens for arrow keys through a JavaScript key interceptor, whose interop
    /// costs every visitor its own serializer metadata on the server; this one calls no JavaScript.
    /// </summary>
    public static RenderFragment Switch(object receiver, bool value, string label, Func<bool, Task> changed, string? cssClass = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", cssClass is null ? "mud-input-control mud-input-control-boolean-input" : "mud-input-control mud-input-control-boolean-input " + cssClass);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", "mud-switch mud-input-content-placement-end");
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-switch-span mud-switch-span-medium");
        builder.OpenElement(8, "span");
        builder.AddAttribute(9, "class", value ? SwitchOnClass : SwitchOffClass);
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "mud-switch-button");
        builder.OpenElement(12, "input");
        builder.AddAttribute(13, "tabindex", "0");
        builder.AddAttribute(14, "role", "switch");
        builder.AddAttribute(15, "aria-checked", value ? "true" : "false");
        builder.AddAttribute(16, "type", "checkbox");
        builder.AddAttribute(17, "class", "mud-switch-input");
        builder.AddAttribute(18, "checked", value);
        builder.AddAttribute(19, "onchange", EventCallback.Factory.Create<ChangeEventArgs>(receiver, e => changed(e.Value is true)));
        builder.CloseElement();
        builder.AddMarkupContent(20, "<span class=\"mud-switch-thumb-medium d-flex align-center justify-center\"></span>");
        builder.CloseElement();
        builder.CloseElement();
        builder.AddMarkupContent(21, value ? "<span class=\"mud-switch-track mud-primary\"></span>" : "<span class=\"mud-switch-track mud-default\"></span>");
        builder.CloseElement();
        builder.OpenRegion(22);
        AddLabel(builder, label, extra: null);
        builder.CloseRegion();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private const string SwitchOffClass = "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-default-text hover:mud-default-hover mud-switch-base-medium";
    private const string SwitchOnClass = "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-primary-text hover:mud-primary-hover mud-switch-base-medium mud-checked";

    /// <summary>A unique name for one group of radio buttons.</summary>
    public static string NewGroupName() => "radio-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>What tells a check box and a radio button apart in MudBlazor's markup (the control's, label's and button's classes, and the input).</summary>
    private readonly record struct Choice(
        string ControlClass, string LabelClass, string ButtonClass, string InputType, bool IsChecked, string? Group, string Event, object Handler, string Icon);

    /// <summary>The markup both share: a control, a label holding the button (the native input and its icon) and the text.</summary>
    private static void AddChoice(RenderTreeBuilder builder, Choice choice, string label, RenderFragment? extra)
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", choice.ControlClass);
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", choice.LabelClass);
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", choice.ButtonClass);
        builder.OpenElement(8, "input");
        builder.AddAttribute(9, "tabindex", "0");
        builder.AddAttribute(10, "type", choice.InputType);
        builder.AddAttribute(11, "class", "mud-" + choice.InputType + "-input");
        builder.AddAttribute(12, "checked", choice.IsChecked);
        builder.AddAttribute(13, "name", choice.Group);
        builder.AddAttribute(14, choice.Event, choice.Handler);
        builder.CloseElement();
        builder.AddMarkupContent(15, choice.Icon);
        builder.CloseElement();
        builder.OpenRegion(21);
        AddLabel(builder, label, extra);
        builder.CloseRegion();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    }

    private static void AddLabel(RenderTreeBuilder builder, string label, RenderFragment? extra)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "mud-typography mud-typography-body1");
        builder.AddContent(2, label);
        builder.AddContent(3, extra);
        builder.CloseElement();
    }
}
