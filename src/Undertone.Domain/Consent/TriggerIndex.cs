using System.Buffers;

namespace Undertone.Domain.Consent;

/// <summary>
/// Finds, in one pass, which sentences of a message contain trigger words and which rules those words belong to.
/// The message check then runs each rule's pattern only on the few sentences that could match it.
/// </summary>
internal sealed class TriggerIndex
{
    private readonly SearchValues<string> _all;
    private readonly (string Trigger, uint Rules)[]?[] _byFirstLetter = new (string, uint)[]?[128];

    /// <param name="triggersByRule">For each rule (at most 32), the words that make it worth running.</param>
    public TriggerIndex(IReadOnlyList<string[]> triggersByRule)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(triggersByRule.Count, 32);
        var masks = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        for (var rule = 0; rule < triggersByRule.Count; rule++)
        {
            foreach (var trigger in triggersByRule[rule])
            {
                masks[trigger] = masks.GetValueOrDefault(trigger) | (1u << rule);
            }
        }

        _all = SearchValues.Create([.. masks.Keys], StringComparison.OrdinalIgnoreCase);
        foreach (var group in masks.GroupBy(pair => char.ToLowerInvariant(pair.Key[0])))
        {
            var entries = group.Select(pair => (pair.Key, pair.Value)).ToArray();
            _byFirstLetter[group.Key] = entries;
            _byFirstLetter[char.ToUpperInvariant(group.Key)] = entries;
        }
    }

    /// <summary>The sentences (start, end including closing punctuation) that contain triggers, with the rules triggered.</summary>
    public List<(int Start, int End, uint Rules)> Sentences(string text)
    {
        var sentences = new List<(int Start, int End, uint Rules)>();
        var from = 0;
        var currentStart = -1;
        var currentEnd = -1;
        var currentRules = 0u;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(_all);
            if (hit < 0)
            {
                break;
            }

            hit += from;
            var rules = RulesAt(text, hit);
            if (hit >= currentEnd)
            {
                if (currentRules != 0)
                {
                    sentences.Add((currentStart, currentEnd, currentRules));
                }

                currentStart = hit;
                while (currentStart > 0 && !IsSentenceEnd(text[currentStart - 1]))
                {
                    currentStart--;
                }

                currentEnd = hit;
                while (currentEnd < text.Length && !IsSentenceEnd(text[currentEnd]))
                {
                    currentEnd++;
                }

                currentEnd = Math.Min(currentEnd + 1, text.Length);
                currentRules = 0;
            }

            currentRules |= rules;
            from = hit + 1;
        }

        if (currentRules != 0)
        {
            sentences.Add((currentStart, currentEnd, currentRules));
        }

        return sentences;
    }

    private uint RulesAt(string text, int index)
    {
        var first = text[index];
        if (first >= 128 || _byFirstLetter[first] is not { } candidates)
        {
            return 0;
        }

        var rules = 0u;
        var rest = text.AsSpan(index);
        foreach (var (trigger, mask) in candidates)
        {
            if (rest.StartsWith(trigger, StringComparison.OrdinalIgnoreCase))
            {
                rules |= mask;
            }
        }

        return rules;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\n';
}
