using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Consent;

namespace Undertone.Data.Configurations;

internal sealed class ScriptAgreementConfiguration : IEntityTypeConfiguration<ScriptAgreement>
{
    public void Configure(EntityTypeBuilder<ScriptAgreement> builder)
    {
        builder.HasIndex(a => a.ScriptId).IsUnique();
        builder.HasMaxLength(ScriptAgreement.PersonMaxLength, a => a.AccessPerson);
        builder.HasMaxLength(ScriptAgreement.BoundariesMaxLength, a => a.Boundaries);
    }
}
