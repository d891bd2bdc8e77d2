namespace Undertone.Domain.Consent;

/// <summary>Part 3, where the record would live, who could open it and when it is deleted.</summary>
internal static partial class Wording
{
    public static void Privacy(ScriptWriter w, ConsentAsk ask, Thing thing)
    {
        var isShort = ask.Length == MessageLength.Short;
        var people = PeopleFor(ask);

        if (isShort)
        {
            w.Begin().Add("I'd keep ").Add(thing.It).Add(ask.Storage switch
            {
                StoragePlace.DeviceOnly => " on my device, ",
                StoragePlace.EncryptedApp => " in an encrypted app, ",
                StoragePlace.CloudAccount => " in my cloud account, ",
            });
            if (!people.Any)
            {
                w.Add("just for me");
            }
            else
            {
                AddPeople(w.Add(people.ShareIsExtra ? "for me, " : "for me and "), people);
            }

            if (people.Undecided)
            {
                w.Add(" for now");
            }

            w.Add(", deleted ");
            _ = ask.Retention.Kind switch
            {
                RetentionKind.DeleteAfterReview => w.Add("after review"),
                RetentionKind.DeleteAfterDays => AddDays(w.Add("after "), ask.Retention),
                RetentionKind.KeepUntilTherapyEnds => w.Add("when therapy ends"),
            };
            w.Add('.');
            return;
        }

        w.Begin().Add("I'd keep ").Add(thing.Noun).Add(ask.Storage switch
        {
            StoragePlace.DeviceOnly => " only on my own device.",
            StoragePlace.EncryptedApp => " in an encrypted app.",
            StoragePlace.CloudAccount => " in my own cloud account.",
        });
        if (ask.Length == MessageLength.Detailed)
        {
            _ = ask.Storage switch
            {
                StoragePlace.DeviceOnly => w.Sentence(ask.Use == RecordUse.PersonalOnly
                    ? "Nothing would be uploaded anywhere."
                    : "It wouldn't be stored anywhere online."),
                StoragePlace.EncryptedApp => w.Begin().Add("That protects ").Add(thing.It).Add(" if my device is lost."),
                StoragePlace.CloudAccount => w.Sentence("A cloud account is less private than my device, so I'd use a strong password."),
            };
        }

        w.Begin();
        if (people.Undecided)
        {
            w.Add("For now, ");
        }

        if (!people.Any)
        {
            w.Add(people.Undecided ? "no one" : "No one").Add(" else could open ").Add(thing.It).Add('.');
        }
        else
        {
            AddPeople(w.Add(people.Undecided ? "apart" : "Apart").Add(" from me, only "), people).Add(" could open ").Add(thing.It).Add('.');
        }

        w.Begin().Add("I'd ");
        _ = ask.Retention.Kind switch
        {
            RetentionKind.DeleteAfterReview => w.Add("delete ").Add(thing.It).Add(" once I've reviewed ").Add(thing.It),
            RetentionKind.DeleteAfterDays => AddDays(w.Add("delete ").Add(thing.It).Add(" after "), ask.Retention),
            RetentionKind.KeepUntilTherapyEnds => w.Add("delete ").Add(thing.It).Add(" when we finish working together"),
        };
        w.Add('.');
    }

    private static ScriptWriter AddDays(ScriptWriter w, RetentionRule retention)
    {
        var days = retention.Days ?? RetentionRule.MinDays;
        return w.Add(days).Add(days == 1 ? " day" : " days");
    }
}
