namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// A phrase of one to three words as one <see cref="long"/>: each word id (plus one, so 0 means "no word") in
/// <see cref="IdBits"/> bits, the first word highest. Keys compare and hash as plain numbers, which keeps counting
/// phrases across a whole journal cheap.
/// </summary>
internal static class PhraseKey
{
    public const int IdBits = 21;

    /// <summary>The most distinct words a key can name (one id is left for "no word").</summary>
    public const int MaxVocabulary = (1 << IdBits) - 2;

    private const long IdMask = (1L << IdBits) - 1;

    public static long Pack(int a) => a + 1L;

    public static long Pack(int a, int b) => ((a + 1L) << IdBits) | (b + 1L);

    public static long Pack(int a, int b, int c) => ((a + 1L) << (2 * IdBits)) | ((b + 1L) << IdBits) | (c + 1L);

    /// <summary>The key with one more word at its end.</summary>
    public static long Append(long key, int id) => (key << IdBits) | (id + 1L);

    public static int WordCount(long key) => key >> (2 * IdBits) != 0 ? 3 : key >> IdBits != 0 ? 2 : 1;

    /// <summary>The word id in <paramref name="slot"/>, counted from the last word.</summary>
    public static int IdAt(long key, int slot) => (int)((key >> (slot * IdBits)) & IdMask) - 1;

    /// <summary>The word ids of a key, first word first.</summary>
    public static int Word(long key, int index) => IdAt(key, WordCount(key) - 1 - index);
}
