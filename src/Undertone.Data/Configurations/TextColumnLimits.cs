using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Undertone.Data.Configurations;

/// <summary>The text column limits of an entity, read from the constants on its domain type.</summary>
internal static class TextColumnLimits
{
    /// <summary>Gives each of the named text columns the same maximum length.</summary>
    public static EntityTypeBuilder<TEntity> HasMaxLength<TEntity>(
        this EntityTypeBuilder<TEntity> builder, int maxLength, params Expression<Func<TEntity, string?>>[] columns)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            builder.Property(column).HasMaxLength(maxLength);
        }

        return builder;
    }
}
