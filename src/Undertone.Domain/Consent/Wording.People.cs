namespace Undertone.Domain.Consent;

/// <summary>Who besides the person could open the record, named the same way in the privacy and use parts.</summary>
internal static partial class Wording
{
    /// <summary>
    /// Who besides the user could open the record: the person given access and the person it would be shared with,
    /// once each. The privacy part names exactly these people and the use part never says more or fewer, so the two
    /// can't contradict each other. A person left unnamed on one side is taken to be the one named on the other.
    /// </summary>
    internal readonly record struct People(string? First, string? Second, bool Undecided)
    {
        public bool Any => First is not null;

        /// <summary>The user shares it with someone other than the person who already has access.</summary>
        public bool ShareIsExtra => Second is not null;
    }

    internal const string UnnamedPerson = "one other person";

    internal static People PeopleFor(ConsentAsk ask)
    {
        var accessName = ask.Access switch
        {
            RecordAccess.OnlyMe => null,
            RecordAccess.MeAndSomeone => TextRules.Tidy(ask.AccessPerson) ?? UnnamedPerson,
        };
        var (shareName, undecided) = ask.Use switch
        {
            RecordUse.PersonalOnly => ((string?)null, false),
            RecordUse.ShareWith => (TextRules.Tidy(ask.SharePerson) ?? UnnamedPerson, false),
            RecordUse.Undecided => (null, true),
        };

        if (accessName is null || shareName is null)
        {
            return new People(accessName ?? shareName, null, undecided);
        }

        if (shareName == UnnamedPerson || string.Equals(accessName, shareName, StringComparison.OrdinalIgnoreCase))
        {
            return new People(accessName, null, undecided);
        }

        if (accessName == UnnamedPerson)
        {
            return new People(shareName, null, undecided);
        }

        return new People(accessName, shareName, undecided);
    }

    private static ScriptWriter AddPeople(ScriptWriter w, People people) =>
        people.Second is null ? w.Add(people.First!) : w.Add(people.First!).Add(" and ").Add(people.Second);
}
