namespace OpenRegion.Cms.Core.Audit;

/// <summary>
/// Records admin actions. Entries are added to the same unit of work as the change they describe,
/// so they are saved, or lost, together with it.
/// </summary>
public interface IAuditLog
{
    void Record(string action, string? target = null, object? details = null, string? tenantId = null);
}
