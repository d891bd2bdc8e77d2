using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class VoiceNoteConfiguration : IEntityTypeConfiguration<VoiceNote>
{
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
}
