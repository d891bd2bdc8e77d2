using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Configurations;

internal sealed class RevisitMarkConfiguration : IEntityTypeConfiguration<RevisitMark>
{
    public void Configure(EntityTypeBuilder<RevisitMark> builder)
    {
        builder.ToTable("RevisitMarks");
        builder.HasKey(m => new { m.RecapId, m.Fingerprint });
        builder.Property(m => m.Fingerprint).HasMaxLength(RevisitItemKey.FingerprintLength);
        builder.Ignore(m => m.Key);
        builder.HasOne<Recap>().WithMany().HasForeignKey(m => m.RecapId).OnDelete(DeleteBehavior.Cascade);
    }
}
