using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class RecapConfiguration : IEntityTypeConfiguration<Recap>
{
    public void Configure(EntityTypeBuilder<Recap> builder)
    {
        builder.HasMaxLength(Recap.LabelMaxLength, r => r.Label);
        builder.HasMaxLength(
            Recap.LongTextMaxLength, r => r.WhatCameUp, r => r.Takeaways, r => r.NextSteps, r => r.ToRevisit, r => r.TherapistSaid);
        builder.HasMaxLength(Recap.FeelingWordsMaxLength, r => r.FeelingWords);
        builder.HasIndex(r => r.TherapistSaidRule);
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
