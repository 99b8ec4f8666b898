using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Audit;

public sealed class AuditLog(ICmsDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditLog
{
    public void Record(string action, string? target = null, object? details = null, string? tenantId = null)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var entry = new AuditEntry
        {
            TenantId = tenantId ?? db.TenantId ?? throw new InvalidOperationException("An audit entry needs a tenant."),
            OccurredUtc = clock.GetUtcNow(),
            Action = action,
            Target = target,
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details),
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user?.Identity?.Name ?? (http is null ? "system" : null),
            RemoteIp = http?.Connection.RemoteIpAddress?.ToString(),
        };
        db.Set<AuditEntry>().Add(entry);
    }
}
