using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class SavedScriptConfiguration : IEntityTypeConfiguration<SavedScript>
{
    public void Configure(EntityTypeBuilder<SavedScript> builder)
    {
        builder.ToTable("SavedScripts");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(SavedScript.NameMaxLength);
        builder.Property(s => s.AskJson).HasMaxLength(SavedScript.AskJsonMaxLength);
        builder.Property(s => s.Text).HasMaxLength(SavedScript.TextMaxLength);
        builder.Property(s => s.Alternatives).HasMaxLength(SavedScript.AlternativesMaxLength);
        builder.Property(s => s.FollowUpText).HasMaxLength(SavedScript.FollowUpMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Agreement)
            .WithOne()
            .HasForeignKey<ScriptAgreement>(a => a.ScriptId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
