using System.Collections.Frozen;

namespace Undertone.Domain.Consent;

/// <summary>
/// Finds, in one pass over the words of a message, which sentences contain trigger words and which rules those
/// words belong to. The message check then runs each rule's pattern only on the few sentences that could match it.
/// Words are runs of letters, digits and apostrophes (straight or curly); hyphens split words.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _rulesByWord;

    /// <param name="wordsByRule">For each rule (at most 32), the single words that make it worth running.</param>
    public TriggerIndex(IReadOnlyList<string[]> wordsByRule)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wordsByRule.Count, 32);
        var masks = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        for (var rule = 0; rule < wordsByRule.Count; rule++)
        {
            foreach (var word in wordsByRule[rule])
            {
                masks[word] = masks.GetValueOrDefault(word) | (1u << rule);
                if (word.Contains('\'', StringComparison.Ordinal))
                {
                    var curly = word.Replace('\'', '’');
                    masks[curly] = masks.GetValueOrDefault(curly) | (1u << rule);
                }
            }
        }

        _rulesByWord = masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The sentences (start, end including closing punctuation) that contain trigger words, with the rules triggered;
    /// with <paramref name="everySentence"/>, the others too (with no rules), except those without a letter or digit.
    /// </summary>
    public List<(int Start, int End, uint Rules)> Sentences(string text, bool everySentence = false)
    {
        var sentences = new List<(int Start, int End, uint Rules)>();
        var sentenceStart = 0;
        var rules = 0u;
        var wordStart = -1;
        var hasWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (char.IsLetterOrDigit(c) || c is '\'' or '’')
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    hasWord = true;
                }

                continue;
            }

            if (wordStart >= 0)
            {
                if (_rulesByWord.TryGetValue(text.AsSpan(wordStart, i - wordStart), out var wordRules))
                {
                    rules |= wordRules;
                }

                wordStart = -1;
            }

            if (c is '.' or '!' or '?' or '\n' && !Abbreviations.IsAbbreviationDot(text, i))
            {
                if (rules != 0 || (everySentence && hasWord))
                {
                    sentences.Add((sentenceStart, Math.Min(i + 1, text.Length), rules));
                }

                sentenceStart = i + 1;
                rules = 0;
                hasWord = false;
            }
        }

        return sentences;
    }
}
