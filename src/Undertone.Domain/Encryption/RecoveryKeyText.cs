namespace Undertone.Domain.Encryption;

/// <summary>
/// How a recovery key is shown and read back: 20 random bytes (160 bits) as 32 Crockford base32 characters in
/// 8 groups of 4 (<c>7KQ2-M9XD-...</c>). No vowels that spell words, no I, L, O or U; reading it back forgives case,
/// spaces, missing dashes and the look-alikes I/L (1) and O (0).
/// </summary>
public static class RecoveryKeyText
{
    public const int SecretLength = 20;

    public const int GroupLength = 4;

    public const int CharacterCount = SecretLength * 8 / 5;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The recovery key as the user writes it down.</summary>
    public static string Format(ReadOnlySpan<byte> secret)
    {
        if (secret.Length != SecretLength)
        {
            throw new ArgumentException($"A recovery key is {SecretLength} bytes.", nameof(secret));
        }

        var characters = new char[CharacterCount + (CharacterCount / GroupLength) - 1];
        var position = 0;
        var buffer = 0;
        var bits = 0;
        var written = 0;
        foreach (var b in secret)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                if (written > 0 && written % GroupLength == 0)
                {
                    characters[position++] = '-';
                }

                characters[position++] = Alphabet[(buffer >> bits) & 31];
                written++;
            }
        }

        return new string(characters);
    }

    /// <summary>Reads a recovery key as typed; false when it cannot be one (wrong length or a character not in it).</summary>
    public static bool TryParse(string? text, out byte[] secret)
    {
        secret = [];
        if (text is null)
        {
            return false;
        }

        var result = new byte[SecretLength];
        var buffer = 0;
        var bits = 0;
        var read = 0;
        var index = 0;
        foreach (var c in text)
        {
            if (c is '-' or ' ' or '\t' || char.IsWhiteSpace(c))
            {
                continue;
            }

            var value = ValueOf(c);
            if (value < 0 || read == CharacterCount)
            {
                return false;
            }

            read++;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                result[index++] = (byte)(buffer >> bits);
            }
        }

        if (read != CharacterCount)
        {
            return false;
        }

        secret = result;
        return true;
    }

    private static int ValueOf(char c) => char.ToUpperInvariant(c) switch
    {
        'O' => 0,
        'I' or 'L' => 1,
        var upper => Alphabet.IndexOf(upper, StringComparison.Ordinal),
    };
}
