using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Journal;

namespace Undertone.Data.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasMaxLength(Theme.NameMaxLength, t => t.Name, t => t.NormalizedName);
        builder.HasMaxLength(Theme.ColourMaxLength, t => t.Colour);
        builder.HasIndex(t => t.NormalizedName).IsUnique();
    }
}
