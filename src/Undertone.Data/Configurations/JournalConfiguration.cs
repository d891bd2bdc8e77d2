using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Data.Configurations;

/// <summary>
/// The journal's tables, one <c>Configure</c> per entity: recaps and their themes, questions, revisit marks and voice
/// notes. Each hangs off a recap, so what happens to it when its recap is deleted is read here in one place. What every
/// table shares (names, keys, enums, versions) is set in <see cref="UndertoneDbContext"/>.
/// </summary>
internal sealed class JournalConfiguration :
    IEntityTypeConfiguration<Recap>,
    IEntityTypeConfiguration<Theme>,
    IEntityTypeConfiguration<Question>,
    IEntityTypeConfiguration<RevisitMark>,
    IEntityTypeConfiguration<VoiceNote>,
    IEntityTypeConfiguration<VoiceNoteChunk>
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

    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasMaxLength(Theme.NameMaxLength, t => t.Name, t => t.NormalizedName);
        builder.HasMaxLength(Theme.ColourMaxLength, t => t.Colour);
        builder.HasIndex(t => t.NormalizedName).IsUnique();
    }

    /// <summary>A question outlives the recap it came from (it is kept, no longer linked).</summary>
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.HasMaxLength(Question.TextMaxLength, q => q.Text);
        builder.HasMaxLength(Question.AnswerNoteMaxLength, q => q.AnswerNote);
        builder.Property(q => q.Status).HasMaxLength(20);
        builder.HasOne<Recap>().WithMany().HasForeignKey(q => q.SourceRecapId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => q.Status);
        builder.HasIndex(q => q.IsSample);
    }

    public void Configure(EntityTypeBuilder<RevisitMark> builder)
    {
        builder.HasKey(m => new { m.RecapId, m.Fingerprint });
        builder.HasMaxLength(RevisitItemKey.FingerprintLength, m => m.Fingerprint);
        builder.Ignore(m => m.Key);
        builder.HasOne<Recap>().WithMany().HasForeignKey(m => m.RecapId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VoiceNote> builder)
    {
        builder.HasMaxLength(VoiceNote.NameMaxLength, n => n.Name);
        builder.HasMaxLength(VoiceNote.ContentTypeMaxLength, n => n.ContentType);
        builder.Ignore(n => n.MaterialRule);
        builder.HasIndex(n => new { n.RecapId, n.Id });
        builder.HasIndex(n => n.Rule);
        builder.HasOne<Recap>().WithMany().HasForeignKey(n => n.RecapId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Chunks).WithOne().HasForeignKey(c => c.VoiceNoteId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VoiceNoteChunk> builder) => builder.HasKey(c => new { c.VoiceNoteId, c.Sequence });
}
