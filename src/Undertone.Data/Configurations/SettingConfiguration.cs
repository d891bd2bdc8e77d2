using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Undertone.Domain.Settings;

namespace Undertone.Data.Configurations;

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.HasMaxLength(Setting.MaxKeyLength, s => s.Key);
        builder.HasMaxLength(Setting.MaxValueLength, s => s.Value);
    }
}
