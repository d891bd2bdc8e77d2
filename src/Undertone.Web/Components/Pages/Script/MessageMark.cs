namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// One highlight behind the message editor: the characters from <see cref="Start"/> up to <see cref="End"/> get the
/// CSS class <see cref="Class"/> (a part, a finding, a changed sentence).
/// </summary>
public readonly record struct MessageMark(string Class, int Start, int End);
