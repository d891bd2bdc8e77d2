using System.Globalization;
using System.Text;

namespace Undertone.Domain.Consent;

/// <summary>Appends sentences to a message with exactly one space or one blank line between them.</summary>
internal sealed class ScriptWriter
{
    [ThreadStatic]
    private static ScriptWriter? _cached;

    private readonly StringBuilder _text = new(2048);
    private bool _needsSpace;

    public int Length => _text.Length;

    /// <summary>A cleared writer for this thread (composing is single-threaded and never re-entrant).</summary>
    public static ScriptWriter Rent()
    {
        var writer = _cached ??= new ScriptWriter();
        writer._text.Clear();
        writer._needsSpace = false;
        return writer;
    }

    /// <summary>Starts a sentence, after a space if one is needed.</summary>
    public ScriptWriter Begin()
    {
        if (_needsSpace)
        {
            _text.Append(' ');
        }

        _needsSpace = true;
        return this;
    }

    /// <summary>Where the next sentence will start (adds the separating space now, so the position is exact).</summary>
    public int Mark()
    {
        if (_needsSpace)
        {
            _text.Append(' ');
            _needsSpace = false;
        }

        return _text.Length;
    }

    public ScriptWriter Add(string text)
    {
        _text.Append(text);
        return this;
    }

    public ScriptWriter Add(char c)
    {
        _text.Append(c);
        return this;
    }

    public ScriptWriter Add(int number)
    {
        _text.Append(number.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A whole sentence in one piece.</summary>
    public ScriptWriter Sentence(string sentence) => Begin().Add(sentence);

    /// <summary>"a", "a and b", or "a, b and c".</summary>
    public ScriptWriter List(ReadOnlySpan<string> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(i == items.Length - 1 ? " and " : ", ");
            }

            _text.Append(items[i]);
        }

        return this;
    }

    /// <summary>Ends the paragraph: the next sentence starts after a blank line.</summary>
    public void Paragraph()
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _needsSpace = false;
    }

    /// <summary>A line break without a blank line (used between a sign-off and a name).</summary>
    public void LineBreak()
    {
        _text.Append('\n');
        _needsSpace = false;
    }

    public override string ToString() => _text.ToString();
}
