using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class VoiceNoteChunkConfiguration : IEntityTypeConfiguration<VoiceNoteChunk>
{
    public void Configure(EntityTypeBuilder<VoiceNoteChunk> builder)
    {
        builder.HasKey(c => new { c.VoiceNoteId, c.Sequence });
    }
}
