namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Our own list of English words too common to be a pattern: grammar words, contractions, the filler of
/// talking about a session ("we talked about", "I think", "really"), and three kinds of noise that say when, how
/// much or how strongly rather than what: numbers and counting words, calendar words, and weak adjectives and adverbs.
/// Lower case, straight apostrophes.
/// </summary>
public static class EnglishStopWords
{
    private static readonly string[] Words =
    [
        // Grammar words.
        "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "anyway",
        "are", "around", "as", "at", "away", "back", "be", "became", "because", "become", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does",
        "doing", "done", "down", "during", "each", "either", "else", "enough", "etc", "even", "ever", "every",
        "everyone", "everything", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "least", "less", "let", "lets", "may", "maybe", "me", "might",
        "mine", "more", "most", "much", "must", "my", "myself", "neither", "never", "no", "nobody", "none",
        "nor", "not", "nothing", "now", "of", "off", "often", "on", "once", "one", "only", "onto", "or",
        "other", "others", "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per",
        "perhaps", "quite", "rather", "same", "several", "shall", "she", "should", "since", "so", "some",
        "somebody", "someone", "something", "sometimes", "somewhat", "soon", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
        "through", "thus", "to", "together", "too", "toward", "towards", "under", "until", "up", "upon", "us",
        "very", "via", "was", "we", "were", "what", "whatever", "when", "whenever", "where", "whether",
        "which", "while", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",

        // Contractions, with straight apostrophes (curly ones are straightened before the lookup).
        "ain't", "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't",
        "he'd", "he'll", "he's", "here's", "how's", "i'd", "i'll", "i'm", "i've", "isn't", "it'd", "it'll",
        "it's", "let's", "mustn't", "she'd", "she'll", "she's", "shouldn't", "that's", "there's", "they'd",
        "they'll", "they're", "they've", "wasn't", "we'd", "we'll", "we're", "we've", "weren't", "what's",
        "when's", "where's", "who's", "why's", "won't", "wouldn't", "you'd", "you'll", "you're", "you've",
        "im", "ive", "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "youre", "theyre",

        // Filler of everyday speech and of writing about a session.
        "actually", "basically", "bit", "feel", "feels", "felt", "get", "gets", "getting", "go", "goes", "going", "gone", "got",
        "gotten", "kind", "kinda", "like", "lot", "lots", "made", "make", "makes", "many", "mean", "means",
        "need", "needs", "new", "ok", "okay", "pretty", "put", "really", "said", "say", "saying", "says",
        "see", "seem", "seemed", "seems", "session", "sessions", "sort", "still", "stuff", "sure", "take",
        "talk", "talked", "talking", "talks", "tell", "thing", "things", "think", "thinking", "thought",
        "today", "told", "took", "try", "trying", "use", "used", "want", "wanted", "wants", "way", "well",
        "went", "yeah", "yes",

        // Numbers and counting words: how many or how often is never the pattern itself ("three", "twice").
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "first", "second", "third",
        "fourth", "fifth", "last", "next", "twice", "thrice", "half", "couple", "dozen", "single", "double",
        "times", "time",

        // Calendar words: when something happened, not what it was ("this week", "two days ago"). Times of day
        // stay: "morning anxiety" or "night terrors" is a pattern worth seeing.
        "minute", "minutes", "hour", "hours", "day", "days", "daily", "week", "weeks", "weekly", "weekend",
        "weekends", "month", "months", "monthly", "year", "years", "tomorrow", "yesterday", "ago", "lately",
        "recently", "later", "earlier", "early", "late", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "bed", "bedtime",

        // Weak adjectives and adverbs: they colour a sentence but carry no theme of their own ("small", "badly").
        "small", "smaller", "little", "big", "bigger", "large", "huge", "tiny", "long", "longer", "short",
        "good", "better", "best", "bad", "badly", "worse", "worst", "great", "nice", "fine", "hard", "harder",
        "easy", "easier", "quick", "quickly", "slow", "slowly", "high", "low", "real", "totally", "completely",
        "mostly", "probably", "definitely", "certainly", "somehow", "slightly", "fairly", "super", "especially",
        "usually", "normally", "finally", "simply", "truly", "exactly", "literally", "properly", "different",
    ];

    private static readonly HashSet<string> Set = new(Words, StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every stop word, lower case.</summary>
    public static IReadOnlyCollection<string> All => Set;

    /// <summary>Whether a word is a stop word. Case and curly apostrophes are ignored.</summary>
    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length <= TextTokenizer.MaxTokenLength
            && ContainsNormalized(TextTokenizer.Normalize(word, stackalloc char[word.Length]));
    }

    /// <summary>Whether an already lower-cased, apostrophe-straightened word is a stop word.</summary>
    internal static bool ContainsNormalized(ReadOnlySpan<char> word) => SpanLookup.Contains(word);
}
