using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.HasMaxLength(Question.TextMaxLength, q => q.Text);
        builder.HasMaxLength(Question.AnswerNoteMaxLength, q => q.AnswerNote);
        builder.Property(q => q.Status).HasMaxLength(20);
        builder.HasOne<Recap>().WithMany().HasForeignKey(q => q.SourceRecapId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => q.Status);
        builder.HasIndex(q => q.IsSample);
    }
}
