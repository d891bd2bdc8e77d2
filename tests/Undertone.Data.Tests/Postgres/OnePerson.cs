namespace Undertone.Data.Tests.Postgres;

/// <summary>One person in server mode, with every store the app gives them, all on the shared PostgreSQL database.</summary>
public sealed class OnePerson
{
    public OnePerson(PostgresFixture postgres, TimeProvider clock)
    {
        Id = Guid.NewGuid();
        Contexts = postgres.Person(Id);
        Journal = new TestJournal(Contexts, clock);
        Scripts = new ScriptStore(Contexts, clock);
        VoiceNotes = new VoiceNoteStore(Contexts, clock);
        Settings = new SettingsStore(Contexts);
        Patterns = new PatternsStore(Contexts, clock);
    }

    public Guid Id { get; }

    public PersonJournal Contexts { get; }

    public TestJournal Journal { get; }

    public RecapStore Recaps => Journal.Recaps;

    public QuestionStore Questions => Journal.Questions;

    public ThemeStore Themes => Journal.Themes;

    public ScriptStore Scripts { get; }

    public VoiceNoteStore VoiceNotes { get; }

    public SettingsStore Settings { get; }

    public PatternsStore Patterns { get; }
}
