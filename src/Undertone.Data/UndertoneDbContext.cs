using Microsoft.EntityFrameworkCore;
using Undertone.Data.Ownership;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;
using Undertone.Domain.Settings;

namespace Undertone.Data;

/// <summary>
/// The one database of the app: an embedded SQLite file in the user's data folder (local mode), or a shared
/// PostgreSQL database where every row belongs to one person (server mode, <see cref="OwnershipModel"/>;
/// src/Undertone.Data.Postgres).
/// </summary>
/// <remarks>
/// <para>
/// What every table shares is set here once, so a configuration in <c>Configurations/</c> says only what is particular
/// to its entity: a table takes its <see cref="DbSet{TEntity}"/>'s name, an <c>Id</c> property is the key (EF's own
/// conventions), every enum is stored as its name in at most 30 characters, and every <c>Version</c> property is the
/// concurrency token that <see cref="VersionStamp"/> moves on.
/// </para>
/// <para>
/// Add a migration from the repository root with:
/// <c>dotnet ef migrations add &lt;DescriptiveName&gt; --project src/Undertone.Data --startup-project src/Undertone.Data</c>
/// and the same for PostgreSQL with <c>src/Undertone.Data.Postgres</c> as both projects.
/// </para>
/// <para>
/// Local mode starts from the compiled model in <c>CompiledModels/</c> (generated code, so no start builds the model;
/// issue 19). Regenerate it after every change to the model, with the migration:
/// <c>dotnet ef dbcontext optimize --project src/Undertone.Data --startup-project src/Undertone.Data --context UndertoneDbContext --output-dir CompiledModels --namespace Undertone.Data.CompiledModels</c>
/// and delete the <c>UndertoneDbContextAssemblyAttributes.cs</c> it writes: that attribute would hand the SQLite model to
/// server mode's PostgreSQL contexts too, which build their own (with the owner filters). <c>UndertoneDatabaseTests</c>
/// fails while the compiled model is stale.
/// </para>
/// </remarks>
public sealed class UndertoneDbContext(DbContextOptions<UndertoneDbContext> options) : DbContext(options)
{
    private readonly PersonOptionsExtension? _owned = options.FindExtension<PersonOptionsExtension>();

    /// <summary>Whose rows this context sees in server mode; <see cref="Guid.Empty"/> (nobody's) while nobody is signed in.</summary>
    internal Guid CurrentPersonId => _owned?.Person.Id ?? Guid.Empty;

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<Recap> Recaps => Set<Recap>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<RevisitMark> RevisitMarks => Set<RevisitMark>();

    public DbSet<VoiceNote> VoiceNotes => Set<VoiceNote>();

    public DbSet<VoiceNoteChunk> VoiceNoteChunks => Set<VoiceNoteChunk>();

    public DbSet<SavedScript> SavedScripts => Set<SavedScript>();

    public DbSet<ScriptAgreement> ScriptAgreements => Set<ScriptAgreement>();

    public DbSet<WorkingDraftRow> ScriptDrafts => Set<WorkingDraftRow>();

    /// <summary>The longest enum name stored; a column may ask for less.</summary>
    public const int EnumMaxLength = 30;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(EnumMaxLength);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(UndertoneDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindProperty(VersionStamp.PropertyName) is { } version)
            {
                version.IsConcurrencyToken = true;
            }
        }

        if (_owned is not null)
        {
            OwnershipModel.Apply(modelBuilder, this, _owned.OwnerDefaultSql);
        }
    }
}
