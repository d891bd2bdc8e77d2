using System.Globalization;
using System.Text;

namespace Undertone.Domain.Consent;

/// <summary>The one line shown when a recap starts, so the agreement stays in the loop.</summary>
public static class AgreementSummary
{
    /// <summary>For example "You agreed: short recap, on this device, deleted after review".</summary>
    public static string OneLine(ConsentAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var lead = agreement.Answer switch
        {
            AgreementAnswer.Yes => "You agreed",
            AgreementAnswer.YesWithConditions => "You agreed, with conditions",
            AgreementAnswer.SuggestedAlternative => "They suggested another way",
            AgreementAnswer.NotNow => null,
            AgreementAnswer.No => null,
        };
        if (lead is null)
        {
            return agreement.Answer == AgreementAnswer.No
                ? "They said no to a record, and that's okay. Your own notes are still yours."
                : "They said not now. You can ask again another time.";
        }

        var details = new List<string>(4);
        if (agreement.Format is { } format)
        {
            details.Add(format switch
            {
                RecordFormat.Audio => "full audio",
                RecordFormat.Transcript => "a transcript",
                RecordFormat.ShortRecap => "short recap",
                RecordFormat.TakeawaysTogether => "takeaways named together",
                RecordFormat.YourRecommendation => "the format they recommend",
            });
        }

        if (agreement.Storage is { } storage)
        {
            details.Add(storage switch
            {
                StoragePlace.DeviceOnly => "on this device",
                StoragePlace.EncryptedApp => "in an encrypted app",
                StoragePlace.CloudAccount => "in your cloud account",
            });
        }

        if (agreement.Access is RecordAccess.MeAndSomeone)
        {
            var person = TextRules.Tidy(agreement.AccessPerson);
            details.Add(person is null ? "you and one other person can open it" : "you and " + person + " can open it");
        }

        if (agreement.Retention is { } retention)
        {
            details.Add(retention.Kind switch
            {
                RetentionKind.DeleteAfterReview => "deleted after review",
                RetentionKind.DeleteAfterDays => retention.Days == 1
                    ? "deleted after 1 day"
                    : string.Create(CultureInfo.InvariantCulture, $"deleted after {retention.Days} days"),
                RetentionKind.KeepUntilTherapyEnds => "kept until therapy ends",
            });
        }

        if (details.Count == 0)
        {
            return lead + ".";
        }

        var line = new StringBuilder(lead).Append(": ");
        line.AppendJoin(", ", details);
        return line.ToString();
    }
}
