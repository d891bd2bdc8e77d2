using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class WorkingDraftRowConfiguration : IEntityTypeConfiguration<WorkingDraftRow>
{
    public void Configure(EntityTypeBuilder<WorkingDraftRow> builder)
    {
        builder.ToTable("ScriptDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.StateJson).HasMaxLength(WorkingDraftRow.StateJsonMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
