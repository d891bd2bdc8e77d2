using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Text).HasMaxLength(Question.TextMaxLength);
        builder.Property(q => q.AnswerNote).HasMaxLength(Question.AnswerNoteMaxLength);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.HasOne<Recap>().WithMany().HasForeignKey(q => q.SourceRecapId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => q.Status);
        builder.HasIndex(q => q.IsSample);
    }
}
