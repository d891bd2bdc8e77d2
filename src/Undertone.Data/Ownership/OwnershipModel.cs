using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Settings;

namespace Undertone.Data.Ownership;

/// <summary>
/// The server-mode model: every entity type gets a shadow <c>OwnerId</c> (no domain type knows about it), an index on
/// it, and a global query filter that keeps every read to the current person's rows. Keys and unique names that were
/// unique in one person's journal become unique per person. Local mode's model never gets any of this.
/// </summary>
public static class OwnershipModel
{
    public const string OwnerIdProperty = "OwnerId";

    internal static void Apply(ModelBuilder modelBuilder, UndertoneDbContext context, string? ownerDefaultSql)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.FindOwnership() is null && t.BaseType is null).ToList())
        {
            var entity = entityType.HasSharedClrType
                ? modelBuilder.SharedTypeEntity(entityType.Name, entityType.ClrType)
                : modelBuilder.Entity(entityType.ClrType);
            var owner = entity.Property<Guid>(OwnerIdProperty).IsRequired();
            if (ownerDefaultSql is not null)
            {
                owner.HasDefaultValueSql(ownerDefaultSql);
            }

            entity.HasIndex(OwnerIdProperty);
            entity.HasQueryFilter(OwnerFilter(entityType.ClrType, context));
        }

        // One person's keys, unique per person.
        modelBuilder.Entity<Setting>().HasKey(OwnerIdProperty, nameof(Setting.Key));
        modelBuilder.Entity<WorkingDraftRow>().HasKey(OwnerIdProperty, nameof(WorkingDraftRow.Id));
        var themes = modelBuilder.Entity<Theme>();
        var byName = themes.Metadata.FindIndex(themes.Metadata.FindProperty(nameof(Theme.NormalizedName))!)!;
        themes.Metadata.RemoveIndex(byName);
        themes.HasIndex(OwnerIdProperty, nameof(Theme.NormalizedName)).IsUnique();
    }

    // e => EF.Property<Guid>(e, "OwnerId") == context.CurrentPersonId; EF reads the property of the context running
    // the query, not of this one (the one the model was built with).
    private static LambdaExpression OwnerFilter(Type clrType, UndertoneDbContext context)
    {
        var entity = Expression.Parameter(clrType, "e");
        var ownerId = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(Guid)], Expression.Convert(entity, typeof(object)), Expression.Constant(OwnerIdProperty));
        var current = Expression.Property(Expression.Constant(context), nameof(UndertoneDbContext.CurrentPersonId));
        return Expression.Lambda(Expression.Equal(ownerId, current), entity);
    }
}
