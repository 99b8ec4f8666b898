using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;

namespace OpenRegion.Cms.Core.Tests.Recipes;

/// <summary>Validation must not touch the database: any use of this factory fails the test.</summary>
internal sealed class ThrowingDbContextFactory : ICmsDbContextFactory
{
    public ICmsDbContextLease ForTenant(string tenantId) => throw new InvalidOperationException("Validation must not open a tenant database.");

    public ICmsDbContextLease ForPlatform() => throw new InvalidOperationException("Validation must not open the platform database.");
}

/// <summary>Records e-mails instead of sending them.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }
}
