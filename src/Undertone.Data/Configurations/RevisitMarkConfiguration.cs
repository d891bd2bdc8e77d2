using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Configurations;

internal sealed class RevisitMarkConfiguration : IEntityTypeConfiguration<RevisitMark>
{
    public void Configure(EntityTypeBuilder<RevisitMark> builder)
    {
        builder.HasKey(m => new { m.RecapId, m.Fingerprint });
        builder.HasMaxLength(RevisitItemKey.FingerprintLength, m => m.Fingerprint);
        builder.Ignore(m => m.Key);
        builder.HasOne<Recap>().WithMany().HasForeignKey(m => m.RecapId).OnDelete(DeleteBehavior.Cascade);
    }
}
