using System.Text.RegularExpressions;

namespace Undertone.Domain.Consent;

/// <summary>
/// The phrases the message check looks for. Each pattern is about the request, not a single word: "sorry to ask"
/// is an apology, "I'm sorry you were sick" is not; "the law says" is a legal argument, "my legal case" is not;
/// "I have to record" is pressure, "I have to work hard to remember" is not. Apostrophes may be straight or curly.
/// </summary>
internal static partial class MessagePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\b(I['’]m |I am )?(so |really )?sorry (to|for) (even )?(ask|asking|bother|bothering|trouble|troubling|bring|bringing|raise|raising|put|putting|make|making)\b", Options)]
    public static partial Regex ApologyForAsking();

    [GeneratedRegex(@"\bsorry (if|that) (this|it|that|I)\b|\b(I['’]m |I am )?(so |really )?sorry,? but\b|\bsorry in advance\b|\b(apologi[sz]e|apologies) (in advance|for (asking|this|the request|bothering|bringing))\b|\bI know (this|it|that)( request)? (is|might be|may be|sounds|seems|could be|must be|might seem|may seem|might sound) (a bit |really |kind of |pretty |so |very )?(weird|strange|odd|awkward|unusual|a lot|too much|a big ask|silly|stupid)\b|\bthis (is|might be|may be|probably is|sounds|seems|might seem|might sound|must sound|must seem) (a bit |really |kind of |pretty |so |very )?(weird|strange|odd|awkward|silly|stupid|a (weird|strange|silly|stupid) (request|question|thing to ask)|an odd (request|question|thing to ask))\b|\bI hope ((this|that|it) (isn['’]t|is not|doesn['’]t (sound|seem)|won['’]t be)|(it|this|that)['’]s not) (too |a bit |that )?(weird|strange|odd|awkward|rude|too much|a problem|a bother|annoying|offensive)\b|\bI hate to ask\b|\bforgive me for asking\b|\bI feel (bad|awkward|guilty|terrible|silly) (asking|about asking|for asking|to ask)\b", Options)]
    public static partial Regex ApologyOther();

    [GeneratedRegex(@"\blegally (allowed|entitled|permitted|able|required|obliged)\b|\b(I['’]m|I am) (allowed|entitled|permitted) to (record|tape)\b|\bthe law (says|allows|permits|states|requires|is on my side|lets me|is clear|gives me)\b|\b(it['’]s|it is|this is|that['’]s|that is) (my|a|our) (legal |basic )?right\b|\bmy (legal |patient )?rights?\b(?=\s+(to|as|here)\b|\s*[.!,;?]|\s*$)|\bwithin my rights\b|\bI have (every|the|a) (legal )?right to\b|\b(one|two|single|all)[- ]party consent\b|\b(under|according to) (the )?(law|HIPAA|GDPR|state law|federal law)\b|\b(HIPAA|GDPR) (says|allows|gives|requires|entitles|lets)\b|\bmy (lawyer|attorney) (says|said|told)\b", Options)]
    public static partial Regex LegalArgument();

    [GeneratedRegex(@"(?<!\b(if|whether|when|unless|case|do|would|will|might|may|what|why)\s+)\byou (need to|have to|must|['’]ve got to|got to)\b", Options)]
    public static partial Regex PressureOnThem();

    [GeneratedRegex(@"\bI (have to|must|need to)(?= (record|tape|have (a|the|this) (recording|record)|be able to record)\b)", Options)]
    public static partial Regex PressureINeed();

    [GeneratedRegex(@"\bI (have to |must |need to )?insist\b|\bnon-?negotiable\b|\bnot optional\b|\bI won['’]t take no( for an answer)?\b|\bI expect (you to|a yes|an answer|nothing less)\b|\bI (really |just |absolutely )?need you to (let me (record|tape|do this|have (it|this|a recording))|agree|say yes|allow)\b|\bI require\b|\bno other option\b|\byou don['’]t (really )?have a choice\b|\bplease (just )?say yes\b|\byou (can['’]t|cannot) say no\b|\bI (need|want) (an answer|a yes) (by|today|now)\b", Options)]
    public static partial Regex PressureOther();

    [GeneratedRegex(@"\b(secretly|quietly|covertly|discreetly|sneakily) (record|recording|tape|taping)\b|\bhidden (recorder|microphone|mic|camera|recording)\b|\b(record|recording|tape|taping)\b[^.!?\n]{0,40}?\b(in|from|inside|under) my (bag|pocket|purse|backpack|coat|jacket|sleeve|lap)\b", Options)]
    public static partial Regex SecretlyRecording();

    [GeneratedRegex(@"\b(record|recording|tape|taping)\b[^.!?\n]{0,40}?\b(anyway|regardless|either way|no matter what|without (asking|telling you|you knowing|your (permission|consent|knowledge|okay|agreement)))\b|\bwithout (you|your) (knowing|knowledge|noticing)\b", Options)]
    public static partial Regex RecordingAnyway();

    [GeneratedRegex(@"\byou (won['’]t|wouldn['’]t|will not|would not) (even )?(know|notice)\b|\beven if you (say no|don['’]t agree|disagree|refuse|object)\b|\bwhether (or not )?you (agree|like it|say yes)\b|\bif you( say no|['’]d rather not| would rather not| don['’]t (want|agree)| do not (want|agree)|['’]re not (comfortable|okay)| aren['’]t (comfortable|okay)| are not (comfortable|okay)| refuse| object| decline)\b[^.!?\n]{0,30}?\bI(['’](ll|d)| (will|might|may|could|would|can))? ((just|still|probably|simply) )*(record|tape)\b", Options)]
    public static partial Regex RegardlessOfThem();

    [GeneratedRegex(@"\b(I['’]ve|I have) (already )?been (recording|taping)\b|\bI (already )?(recorded|taped) (our (last )?sessions?|the (last )?session|last session|you)\b", Options)]
    public static partial Regex AlreadyRecording();

    [GeneratedRegex(@"\b(I promise|I swear|trust me|believe me)\b|\b(I['’]m not|I am not) trying to (catch|trap|test|accuse|trick|be difficult|cause trouble|sue|blame)\b|\bit['’]s not (that|because) I don['’]t trust you\b|\bI don['’]t mean to (be|sound|cause|make)\b", Options)]
    public static partial Regex Defensive();

    [GeneratedRegex(@"\b(because|so that|the reason (is|why)|that['’]s why|which is why|I just (want|need)|I only (want|need)|to be honest|honestly)\b", Options)]
    public static partial Regex Justification();

    [GeneratedRegex(@"\bnot\b|\bnever\b|n['’]t\b", Options)]
    public static partial Regex Negation();

    [GeneratedRegex(@"\b(remember|remembering|reflect|reflecting|hold on to|keep track|track|notice|patterns?|revisit|come back to|forget|forgetting|memory|why|because|so (that )?I can|helps? me|keep (our|the) work|I['’]m (also )?asking (so|because|since|as|to|in order to|for))\b", Options)]
    public static partial Regex ReasonPresent();

    [GeneratedRegex(@"\b(record|recording|recorded|records|audio|transcripts?|recaps?|summary|summaries|summari[sz]e|notes?|takeaways together|(name|naming|list|listing|write down|writing down|jot down|jotting down) (the |our |my |a few )?(main |key )?takeaways|write (it|them|things|that) down|written|format|voice memo|worksheet)\b", Options)]
    public static partial Regex FormatPresent();

    [GeneratedRegex(@"\b(device|phone|laptop|computer|tablet|app|cloud|store|stored|storing|save|saved|delete|deleted|deleting|encrypted|encryption|folder|drive|notebook|password|kept (on|in)|keep (it|them) (on|in))\b", Options)]
    public static partial Regex PrivacyPresent();

    [GeneratedRegex(@"\b(just for me|only for me|for me alone|for myself|my own (use|reflection)|personal (reflection|use)|share|shared|sharing|no one else|nobody else|anyone else|haven['’]t decided|not sure yet|undecided)\b", Options)]
    public static partial Regex UsePresent();

    [GeneratedRegex(@"\b(comfortable|policy|what do you think|what you think|your thoughts|how do you feel|would that be okay|is that okay|is this okay|would you be okay|are you okay|would you be open|would you be willing|let me know|your answer|your view|okay with you|fine with you|say no|how would you feel|what does your practice allow|whatever works (best )?for you|your (honest )?take|no problem (at all )?if|if (it['’]s|this is|that['’]s) not something you do|up to you|your call)\b", Options)]
    public static partial Regex RoomPresent();
}
