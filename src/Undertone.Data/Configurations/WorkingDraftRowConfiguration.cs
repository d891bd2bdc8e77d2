using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class WorkingDraftRowConfiguration : IEntityTypeConfiguration<WorkingDraftRow>
{
    public void Configure(EntityTypeBuilder<WorkingDraftRow> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasMaxLength(WorkingDraftRow.StateJsonMaxLength, d => d.StateJson);
    }
}
