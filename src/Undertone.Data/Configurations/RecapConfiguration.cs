using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class RecapConfiguration : IEntityTypeConfiguration<Recap>
{
    public void Configure(EntityTypeBuilder<Recap> builder)
    {
        builder.ToTable("Recaps");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Label).HasMaxLength(Recap.LabelMaxLength);
        builder.Property(r => r.WhatCameUp).HasMaxLength(Recap.LongTextMaxLength);
        builder.Property(r => r.Takeaways).HasMaxLength(Recap.LongTextMaxLength);
        builder.Property(r => r.NextSteps).HasMaxLength(Recap.LongTextMaxLength);
        builder.Property(r => r.ToRevisit).HasMaxLength(Recap.LongTextMaxLength);
        builder.Property(r => r.FeelingWords).HasMaxLength(Recap.FeelingWordsMaxLength);
        builder.Property(r => r.TherapistSaid).HasMaxLength(Recap.LongTextMaxLength);
        builder.Property(r => r.TherapistSaidRule).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(r => r.TherapistSaidRule);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.SessionDate, r.Id });
        builder.HasIndex(r => r.IsSample);
        builder.HasMany(r => r.Themes)
            .WithMany()
            .UsingEntity(
                "RecapThemes",
                right => right.HasOne(typeof(Theme)).WithMany().HasForeignKey("ThemeId").OnDelete(DeleteBehavior.Cascade),
                left => left.HasOne(typeof(Recap)).WithMany().HasForeignKey("RecapId").OnDelete(DeleteBehavior.Cascade),
                join => join.HasKey("RecapId", "ThemeId"));
    }
}
