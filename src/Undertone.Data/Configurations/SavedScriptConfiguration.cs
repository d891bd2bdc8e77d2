using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class SavedScriptConfiguration : IEntityTypeConfiguration<SavedScript>
{
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
}
