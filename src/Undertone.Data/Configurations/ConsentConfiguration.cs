using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

/// <summary>
/// The script builder's tables, one <c>Configure</c> per entity: saved scripts, the agreement recorded for each, and
/// the one working draft. What every table shares (names, keys, enums, versions) is set in <see cref="UndertoneDbContext"/>.
/// </summary>
internal sealed class ConsentConfiguration :
    IEntityTypeConfiguration<SavedScript>,
    IEntityTypeConfiguration<ScriptAgreement>,
    IEntityTypeConfiguration<WorkingDraftRow>
{
    /// <summary>A saved script has at most one agreement, deleted with it.</summary>
    public void Configure(EntityTypeBuilder<SavedScript> builder)
    {
        builder.HasMaxLength(SavedScript.NameMaxLength, s => s.Name);
        builder.HasMaxLength(SavedScript.AskJsonMaxLength, s => s.AskJson);
        builder.HasMaxLength(SavedScript.TextMaxLength, s => s.Text);
        builder.HasMaxLength(SavedScript.AlternativesMaxLength, s => s.Alternatives);
        builder.HasMaxLength(SavedScript.FollowUpMaxLength, s => s.FollowUpText);
        builder.HasOne(s => s.Agreement)
            .WithOne()
            .HasForeignKey<ScriptAgreement>(a => a.ScriptId)
            .OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ScriptAgreement> builder)
    {
        builder.HasIndex(a => a.ScriptId).IsUnique();
        builder.HasMaxLength(ScriptAgreement.PersonMaxLength, a => a.AccessPerson);
        builder.HasMaxLength(ScriptAgreement.BoundariesMaxLength, a => a.Boundaries);
    }

    /// <summary>The one draft is always the row <see cref="WorkingDraftRow.SingleId"/>, never an id the database picks.</summary>
    public void Configure(EntityTypeBuilder<WorkingDraftRow> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasMaxLength(WorkingDraftRow.StateJsonMaxLength, d => d.StateJson);
    }
}
