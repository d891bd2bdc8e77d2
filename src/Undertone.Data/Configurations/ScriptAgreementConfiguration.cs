using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class ScriptAgreementConfiguration : IEntityTypeConfiguration<ScriptAgreement>
{
    public void Configure(EntityTypeBuilder<ScriptAgreement> builder)
    {
        builder.ToTable("ScriptAgreements");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.ScriptId).IsUnique();
        builder.Property(a => a.Answer).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Format).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Storage).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Access).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Retention).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.AccessPerson).HasMaxLength(ScriptAgreement.PersonMaxLength);
        builder.Property(a => a.Boundaries).HasMaxLength(ScriptAgreement.BoundariesMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}
