namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// All recaps as one stream of word ids, with <see cref="Break"/> wherever a phrase ends: the text fields of each recap
/// (what came up, takeaways, next steps, to revisit) split into words; stop words, numbers and punctuation break a
/// phrase. Each word has a surface id (the word as written, normalized) and a stem id (<see cref="LightStemmer"/>).
/// </summary>
internal sealed class PhraseCorpus
{
    /// <summary>Where a phrase ends (a stop word, a number, punctuation, the end of a field).</summary>
    public const int Break = -1;

    private readonly Dictionary<string, int> _surfaceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly List<string> _surfaceText = [];
    private readonly List<int> _surfaceStem = [];
    private int[] _surfaces = [];
    private int[] _stems = [];
    private int _length;

    public List<string> StemText { get; } = [];

    public int[] DocStart { get; private set; } = [];

    public ReadOnlySpan<int> Surfaces => _surfaces.AsSpan(0, _length);

    public ReadOnlySpan<int> Stems => _stems.AsSpan(0, _length);

    public static PhraseCorpus Build(PatternRecap[] sessions)
    {
        var corpus = new PhraseCorpus();
        long chars = 0;
        foreach (var s in sessions)
        {
            chars += (s.WhatCameUp?.Length ?? 0) + (s.Takeaways?.Length ?? 0)
                + (s.NextSteps?.Length ?? 0) + (s.ToRevisit?.Length ?? 0);
        }

        // About one word per six characters; grows if needed.
        var estimate = (int)Math.Clamp((chars / 6) + (sessions.Length * 4) + 16, 16, int.MaxValue / 4);
        corpus._surfaces = new int[estimate];
        corpus._stems = new int[estimate];
        corpus.DocStart = new int[sessions.Length + 1];
        for (var d = 0; d < sessions.Length; d++)
        {
            corpus.DocStart[d] = corpus._length;
            var s = sessions[d];
            corpus.AddField(s.WhatCameUp);
            corpus.AddField(s.Takeaways);
            corpus.AddField(s.NextSteps);
            corpus.AddField(s.ToRevisit);
        }

        corpus.DocStart[sessions.Length] = corpus._length;
        return corpus;
    }

    public string SurfaceText(long surfaceKey)
    {
        var words = PhraseKey.WordCount(surfaceKey);
        return words switch
        {
            1 => _surfaceText[PhraseKey.Word(surfaceKey, 0)],
            2 => string.Concat(_surfaceText[PhraseKey.Word(surfaceKey, 0)], " ", _surfaceText[PhraseKey.Word(surfaceKey, 1)]),
            _ => string.Join(' ', _surfaceText[PhraseKey.Word(surfaceKey, 0)], _surfaceText[PhraseKey.Word(surfaceKey, 1)],
                _surfaceText[PhraseKey.Word(surfaceKey, 2)]),
        };
    }

    /// <summary>The stem id of a word: <see cref="Break"/> for a stop word, -2 when no recap has it.</summary>
    public int LookupStem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[TextTokenizer.MaxTokenLength];
        var normalized = TextTokenizer.Normalize(word, buffer);
        if (IsIgnored(normalized))
        {
            return Break;
        }

        var stem = LightStemmer.StemInPlace(buffer[..normalized.Length]);
        return _stemIds.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var id) ? id : -2;
    }

    private static bool IsIgnored(ReadOnlySpan<char> normalized) =>
        normalized.Length < 2 || !TextTokenizer.HasLetter(normalized) || EnglishStopWords.ContainsNormalized(normalized);

    private void AddField(string? text)
    {
        Append(Break, Break);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var surfaces = _surfaceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[TextTokenizer.MaxTokenLength];
        var tokenizer = new TextTokenizer(text);
        while (tokenizer.Next(out var word, out var brokeBefore))
        {
            if (brokeBefore)
            {
                Append(Break, Break);
            }

            var normalized = TextTokenizer.Normalize(word, buffer);
            if (!surfaces.TryGetValue(normalized, out var surface))
            {
                surface = AddSurface(normalized, buffer);
            }

            Append(surface, surface < 0 ? Break : _surfaceStem[surface]);
        }
    }

    private int AddSurface(ReadOnlySpan<char> normalized, Span<char> buffer)
    {
        if (_surfaceText.Count >= PhraseKey.MaxVocabulary)
        {
            return Break;
        }

        var text = new string(normalized);
        var id = _surfaceText.Count;
        _surfaceIds.Add(text, id);
        _surfaceText.Add(text);
        if (IsIgnored(normalized))
        {
            _surfaceStem.Add(Break);
            return id;
        }

        var stem = LightStemmer.StemInPlace(buffer[..normalized.Length]);
        var stems = _stemIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!stems.TryGetValue(stem, out var stemId))
        {
            stemId = StemText.Count;
            var stemText = new string(stem);
            _stemIds.Add(stemText, stemId);
            StemText.Add(stemText);
        }

        _surfaceStem.Add(stemId);
        return id;
    }

    private void Append(int surface, int stem)
    {
        // Never two breaks in a row: they mean the same and only cost memory.
        if (stem == Break && _length > 0 && _stems[_length - 1] == Break)
        {
            return;
        }

        if (_length == _surfaces.Length)
        {
            var size = Math.Max(16, _surfaces.Length * 2);
            Array.Resize(ref _surfaces, size);
            Array.Resize(ref _stems, size);
        }

        _surfaces[_length] = surface;
        _stems[_length] = stem;
        _length++;
    }
}
