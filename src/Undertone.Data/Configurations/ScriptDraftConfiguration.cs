using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Data.Consent;

namespace Undertone.Data.Configurations;

internal sealed class ScriptDraftConfiguration : IEntityTypeConfiguration<ScriptDraft>
{
    public void Configure(EntityTypeBuilder<ScriptDraft> builder)
    {
        builder.ToTable("ScriptDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.StateJson).HasMaxLength(ScriptDraft.StateJsonMaxLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
