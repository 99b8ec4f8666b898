namespace OpenRegion.Cms.Core.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody, string? Culture = null);
