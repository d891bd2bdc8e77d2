using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ToTable("Themes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(Theme.NameMaxLength);
        builder.Property(t => t.NormalizedName).HasMaxLength(Theme.NameMaxLength);
        builder.Property(t => t.Colour).HasMaxLength(Theme.ColourMaxLength);
        builder.HasIndex(t => t.NormalizedName).IsUnique();
    }
}
