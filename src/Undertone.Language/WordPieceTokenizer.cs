using System.Globalization;
using System.Text;

namespace Undertone.Language;

/// <summary>
/// BERT's uncased WordPiece tokenizer, as all-MiniLM-L6-v2 was trained with: lower case, accents stripped, words split at
/// spaces and punctuation, then each word cut into the longest pieces the vocabulary has ("remembering" → "remember",
/// "##ing"). A word no piece covers becomes [UNK].
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const int MaxWordLength = 100;

    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _ids = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            _ids.TryAdd(vocabulary[i], i);
        }

        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Unknown = _ids["[UNK]"];
    }

    public int Unknown { get; }

    public int VocabularySize => _ids.Count;

    /// <summary>Adds the ids of <paramref name="text"/>'s pieces to <paramref name="ids"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Span<char> word = stackalloc char[MaxWordLength + 2];
        Span<char> one = stackalloc char[2];
        var length = 0;
        var tooLong = false;
        foreach (var rune in Normalized(text).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                Flush(word, ref length, ref tooLong, ids);
            }
            else if (IsPunctuation(rune))
            {
                Flush(word, ref length, ref tooLong, ids);
                var written = rune.EncodeToUtf16(one);
                ids.Add(_lookup.TryGetValue(one[..written], out var id) ? id : Unknown);
            }
            else if (length + rune.Utf16SequenceLength <= MaxWordLength)
            {
                length += rune.EncodeToUtf16(word[length..]);
            }
            else
            {
                tooLong = true;
            }
        }

        Flush(word, ref length, ref tooLong, ids);
    }

    private void Flush(Span<char> word, ref int length, ref bool tooLong, List<int> ids)
    {
        if (tooLong)
        {
            ids.Add(Unknown);
        }
        else if (length > 0)
        {
            Pieces(word[..length], ids);
        }

        length = 0;
        tooLong = false;
    }

    /// <summary>Greedy longest-match-first, as BERT does: a word with any piece missing is one [UNK].</summary>
    private void Pieces(ReadOnlySpan<char> word, List<int> ids)
    {
        var first = ids.Count;
        Span<char> piece = stackalloc char[MaxWordLength + 2];
        var start = 0;
        while (start < word.Length)
        {
            var found = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                var candidate = piece;
                var offset = 0;
                if (start > 0)
                {
                    candidate[0] = '#';
                    candidate[1] = '#';
                    offset = 2;
                }

                word[start..end].CopyTo(candidate[offset..]);
                if (_lookup.TryGetValue(candidate[..(offset + end - start)], out var id))
                {
                    found = id;
                    break;
                }
            }

            if (found < 0)
            {
                ids.RemoveRange(first, ids.Count - first);
                ids.Add(Unknown);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }

    /// <summary>Lower case with accents removed (NFD, combining marks dropped), as the uncased model expects.</summary>
    private static string Normalized(ReadOnlySpan<char> text)
    {
        var decomposed = text.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>BERT's punctuation: every ASCII symbol, plus anything Unicode calls punctuation.</summary>
    private static bool IsPunctuation(Rune rune) =>
        rune.Value is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
