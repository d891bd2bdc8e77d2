namespace Undertone.Data.Tests.Postgres;

/// <summary>Deletes every row of the context's person, table by table, as "delete everything" does.</summary>
public static class PersonRows
{
    public static async Task DeleteAllAsync(UndertoneDbContext db)
    {
        await db.RevisitMarks.ExecuteDeleteAsync();
        await db.Questions.ExecuteDeleteAsync();
        await db.Set<Dictionary<string, object>>("RecapThemes").ExecuteDeleteAsync();
        await db.VoiceNoteChunks.ExecuteDeleteAsync();
        await db.VoiceNotes.ExecuteDeleteAsync();
        await db.Recaps.ExecuteDeleteAsync();
        await db.Themes.ExecuteDeleteAsync();
        await db.ScriptAgreements.ExecuteDeleteAsync();
        await db.SavedScripts.ExecuteDeleteAsync();
        await db.ScriptDrafts.ExecuteDeleteAsync();
        await db.Settings.ExecuteDeleteAsync();
    }
}
