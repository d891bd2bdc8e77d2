namespace Undertone.Domain.Consent;

/// <summary>
/// Judges a sentence by its meaning: the message check's second opinion beside its word rules. The one in the app is a
/// local model (src/Undertone.Language); the check works with its rules alone when there is none.
/// </summary>
public interface IMeaningJudge
{
    /// <summary>What <paramref name="sentence"/> (one sentence, trimmed) does.</summary>
    SentenceMeaning Judge(ReadOnlySpan<char> sentence);
}
