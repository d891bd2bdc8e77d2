using System.Globalization;
using System.Text;

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Names one revisit item so it can be marked as addressed: the recap it is in and a fingerprint of its words
/// (so editing other lines of the recap keeps the mark, and rewording the item brings it back). The fingerprint
/// is a 64-bit FNV-1a hash of the item in lower case with spaces collapsed, as 16 hex digits.
/// </summary>
public sealed record RevisitItemKey(int RecapId, string Fingerprint)
{
    public const int FingerprintLength = 16;

    public static RevisitItemKey For(int recapId, string itemText)
    {
        ArgumentNullException.ThrowIfNull(itemText);
        const ulong offsetBasis = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offsetBasis;
        var pendingSpace = false;
        var started = false;
        foreach (var rune in itemText.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = started;
                continue;
            }

            if (pendingSpace)
            {
                hash = (hash ^ ' ') * prime;
                pendingSpace = false;
            }

            started = true;
            var value = (uint)Rune.ToLowerInvariant(rune).Value;
            for (var shift = 0; shift < 32; shift += 8)
            {
                hash = (hash ^ ((value >> shift) & 0xFF)) * prime;
            }
        }

        return new RevisitItemKey(recapId, hash.ToString("x16", CultureInfo.InvariantCulture));
    }
}
