using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(63);
        builder.Property(t => t.NameAr).HasMaxLength(200);
        builder.Property(t => t.NameFr).HasMaxLength(200);
        builder.Property(t => t.UrlPrefix).HasMaxLength(63);
        builder.Property(t => t.Theme).HasMaxLength(100);
        builder.Property(t => t.Recipe).HasMaxLength(100);
        builder.Property(t => t.ParentId).HasMaxLength(63);
        builder.Property(t => t.StateReason).HasMaxLength(2000);
    }
}

internal sealed class TenantSettingConfiguration : IEntityTypeConfiguration<TenantSetting>
{
    public void Configure(EntityTypeBuilder<TenantSetting> builder)
    {
        builder.ToTable("TenantSettings");
        builder.Property(s => s.Key).HasMaxLength(200);
        builder.HasIndex(s => new { s.TenantId, s.Key }).IsUnique();
    }
}

internal sealed class TenantRoleGrantConfiguration : IEntityTypeConfiguration<TenantRoleGrant>
{
    public void Configure(EntityTypeBuilder<TenantRoleGrant> builder)
    {
        builder.ToTable("TenantRoleGrants");
        builder.Property(g => g.Role).HasMaxLength(50);
        builder.HasIndex(g => new { g.TenantId, g.UserId, g.Role }).IsUnique();
        builder.HasOne<CmsUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenantRoleDefinitionConfiguration : IEntityTypeConfiguration<TenantRoleDefinition>
{
    public void Configure(EntityTypeBuilder<TenantRoleDefinition> builder)
    {
        builder.ToTable("TenantRoleDefinitions");
        builder.Property(r => r.Role).HasMaxLength(50);
        builder.HasIndex(r => new { r.TenantId, r.Role }).IsUnique();
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Role).HasMaxLength(50);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.Target).HasMaxLength(200);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.RemoteIp).HasMaxLength(64);
        builder.HasIndex(a => new { a.TenantId, a.OccurredUtc });
    }
}

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.Property(c => c.LocalizationSet).HasMaxLength(32);
        builder.Property(c => c.ContentType).HasMaxLength(50);
        builder.Property(c => c.Culture).HasMaxLength(10);
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(300);
        // Two editors saving the same item: the second save fails instead of silently overwriting the first.
        builder.Property(c => c.ModifiedUtc).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Culture });
        builder.HasIndex(c => new { c.TenantId, c.LocalizationSet, c.Culture }).IsUnique();
        // Two items of a type never share an address in a culture (the home page text has none).
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Culture, c.Slug }).IsUnique().HasFilter("\"Slug\" <> ''");
        // Lists and the scheduler read by these.
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Published, c.PublishedUtc });
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Published, c.StartsUtc });
        builder.HasIndex(c => new { c.TenantId, c.PublishAtUtc });
        builder.HasIndex(c => new { c.TenantId, c.UnpublishAtUtc });
        builder.Ignore(c => c.HasDraft);
    }
}

internal sealed class ContentItemVersionConfiguration : IEntityTypeConfiguration<ContentItemVersion>
{
    public void Configure(EntityTypeBuilder<ContentItemVersion> builder)
    {
        builder.ToTable("ContentItemVersions");
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.AuthorId).HasMaxLength(64);
        builder.Property(v => v.AuthorName).HasMaxLength(256);
        builder.HasOne(v => v.Item).WithMany().HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.TenantId, v.ContentItemId, v.Number }).IsUnique();
    }
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Media.MediaItem>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Media.MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.StoredPath).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(150);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.AltAr).HasMaxLength(500);
        builder.Property(m => m.AltFr).HasMaxLength(500);
        builder.Property(m => m.UploadedBy).HasMaxLength(256);
        builder.Ignore(m => m.Url);
        builder.Ignore(m => m.SizeText);
        builder.HasIndex(m => new { m.TenantId, m.Kind, m.UploadedUtc });
        builder.HasIndex(m => new { m.TenantId, m.Sha256 });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Workflows.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Workflows.OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.EventType).HasMaxLength(OpenRegion.Cms.Core.Workflows.Outbox.MaxEventTypeLength);
        builder.Property(m => m.TimerKey).HasMaxLength(OpenRegion.Cms.Core.Workflows.Outbox.MaxTimerKeyLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(OpenRegion.Cms.Core.Workflows.OutboxDispatcher.MaxErrorLength);
        builder.Property(m => m.ClaimToken).HasMaxLength(32);
        builder.HasIndex(m => m.ClaimToken);
        // The dispatcher's question, across tenants: what is pending and due?
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.HasIndex(m => new { m.TenantId, m.TimerKey });
        builder.HasIndex(m => new { m.TenantId, m.Status, m.CreatedUtc });
    }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Workflows.OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Workflows.OutboxDelivery> builder)
    {
        builder.ToTable("OutboxDeliveries");
        builder.Property(d => d.Handler).HasMaxLength(200);
        // A handler is recorded once per message: a second record (two nodes, one claim expired) fails the save.
        builder.HasIndex(d => new { d.MessageId, d.Handler }).IsUnique();
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Notifications.Follow>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Notifications.Follow> builder)
    {
        builder.ToTable("Follows");
        builder.Property(f => f.Subject).HasMaxLength(OpenRegion.Cms.Core.Notifications.Follow.MaxSubjectLength);
        builder.HasOne<CmsUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.TenantId, f.UserId, f.Subject }).IsUnique();
        // Fan-out reads the followers of a subject.
        builder.HasIndex(f => new { f.TenantId, f.Subject });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Notifications.Notification>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Notifications.Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Subject).HasMaxLength(OpenRegion.Cms.Core.Notifications.Follow.MaxSubjectLength);
        builder.Property(n => n.Kind).HasMaxLength(100);
        builder.Property(n => n.Culture).HasMaxLength(10);
        builder.Property(n => n.Title).HasMaxLength(OpenRegion.Cms.Core.Notifications.Notification.MaxTitleLength);
        builder.Property(n => n.Body).HasMaxLength(OpenRegion.Cms.Core.Notifications.Notification.MaxBodyLength);
        builder.Property(n => n.Url).HasMaxLength(500);
        builder.HasOne<CmsUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.CreatedUtc });
        builder.HasIndex(n => new { n.TenantId, n.InDigest });
    }
}

internal sealed class WorkflowRuleConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule> builder)
    {
        builder.ToTable("WorkflowRules");
        builder.Property(r => r.Name).HasMaxLength(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule.MaxNameLength);
        builder.Property(r => r.TriggerEvent).HasMaxLength(OpenRegion.Cms.Core.Workflows.Outbox.MaxEventTypeLength);
        builder.Property(r => r.Condition).HasMaxLength(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule.MaxConditionLength);
        builder.Property(r => r.WebhookSecret).HasMaxLength(64);
        builder.Property(r => r.ModifiedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.TenantId, r.TriggerEvent, r.Enabled });
    }
}

internal sealed class RuleRunConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Workflows.Rules.RuleRun>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Workflows.Rules.RuleRun> builder)
    {
        builder.ToTable("RuleRuns");
        builder.Property(r => r.RuleName).HasMaxLength(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule.MaxNameLength);
        builder.Property(r => r.EventType).HasMaxLength(OpenRegion.Cms.Core.Workflows.Outbox.MaxEventTypeLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Log).HasMaxLength(OpenRegion.Cms.Core.Workflows.Rules.RuleRun.MaxLogLength);
        // A rule runs once per event, however often the event is delivered.
        builder.HasIndex(r => new { r.TenantId, r.RuleId, r.EventId }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.StartedUtc });
    }
}

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Deadlines.Deadline>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Deadlines.Deadline> builder)
    {
        builder.ToTable("Deadlines");
        builder.Property(d => d.Key).HasMaxLength(OpenRegion.Cms.Core.Deadlines.Deadline.MaxKeyLength);
        builder.Property(d => d.Rule).HasMaxLength(100);
        builder.Property(d => d.Title).HasMaxLength(OpenRegion.Cms.Core.Deadlines.Deadline.MaxTitleLength);
        builder.Property(d => d.Reference).HasMaxLength(100);
        builder.Property(d => d.Url).HasMaxLength(500);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.CompletedBy).HasMaxLength(256);
        builder.HasOne<CmsUser>().WithMany().HasForeignKey(d => d.AssigneeUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.TenantId, d.Key }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.CompletedUtc, d.DueUtc });
    }
}

internal sealed class CmsUserConfiguration : IEntityTypeConfiguration<CmsUser>
{
    public void Configure(EntityTypeBuilder<CmsUser> builder)
    {
        builder.Property(u => u.EmailNotifications).HasConversion<string>().HasMaxLength(20).HasDefaultValue(OpenRegion.Cms.Core.Notifications.EmailNotifications.Immediate).HasSentinel((OpenRegion.Cms.Core.Notifications.EmailNotifications)(-1));
        // One account per identity card: the card's fingerprint is unique (accounts that never voted have none).
        builder.Property(u => u.VoterKey).HasMaxLength(64);
        builder.HasIndex(u => u.VoterKey).IsUnique();
        builder.Property(u => u.IdentityVerifiedBy).HasMaxLength(300);
    }
}

internal sealed class BudgetProcessConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Budgeting.Model.BudgetProcess>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Budgeting.Model.BudgetProcess> builder)
    {
        builder.ToTable("BudgetProcesses");
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.TitleAr).HasMaxLength(300);
        builder.Property(p => p.TitleFr).HasMaxLength(300);
        builder.Property(p => p.CountingRule).HasMaxLength(30);
        builder.Property(p => p.DescriptionAr).HasMaxLength(20_000);
        builder.Property(p => p.DescriptionFr).HasMaxLength(20_000);
        builder.Property(p => p.ImportedFrom).HasMaxLength(300);
        builder.HasIndex(p => new { p.TenantId, p.Slug }).IsUnique();
    }
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Budgeting.Model.Budget>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Budgeting.Model.Budget> builder)
    {
        builder.ToTable("Budgets");
        builder.Property(b => b.NameAr).HasMaxLength(300);
        builder.Property(b => b.NameFr).HasMaxLength(300);
        builder.Property(b => b.Amount).HasPrecision(18, 2);
        builder.Property(b => b.BallotKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.EligibleCommunesJson).HasMaxLength(20_000);
        builder.Ignore(b => b.Rule);
        builder.HasOne<OpenRegion.Cms.Core.Budgeting.Model.BudgetProcess>().WithMany().HasForeignKey(b => b.ProcessId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetProjectConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Budgeting.Model.BudgetProject>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Budgeting.Model.BudgetProject> builder)
    {
        builder.ToTable("BudgetProjects");
        builder.Property(p => p.TitleAr).HasMaxLength(300);
        builder.Property(p => p.TitleFr).HasMaxLength(300);
        builder.Property(p => p.DescriptionAr).HasMaxLength(10_000);
        builder.Property(p => p.DescriptionFr).HasMaxLength(10_000);
        builder.Property(p => p.Cost).HasPrecision(18, 2);
        builder.Property(p => p.Category).HasMaxLength(100);
        builder.Property(p => p.Place).HasMaxLength(300);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReviewReason).HasMaxLength(4000);
        builder.Property(p => p.ProposerUserId).HasMaxLength(450);
        builder.Property(p => p.PhotosJson).HasMaxLength(2000);
        builder.Property(p => p.ExternalId).HasMaxLength(100);
        builder.HasOne<OpenRegion.Cms.Core.Budgeting.Model.Budget>().WithMany().HasForeignKey(p => p.BudgetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.BudgetId, p.State });
    }
}

internal sealed class BudgetMilestoneConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Budgeting.Model.BudgetMilestone>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Budgeting.Model.BudgetMilestone> builder)
    {
        builder.ToTable("BudgetMilestones");
        builder.Property(m => m.TitleAr).HasMaxLength(300);
        builder.Property(m => m.TitleFr).HasMaxLength(300);
        builder.HasOne<OpenRegion.Cms.Core.Budgeting.Model.BudgetProject>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotConfiguration : IEntityTypeConfiguration<OpenRegion.Cms.Core.Budgeting.Model.Ballot>
{
    public void Configure(EntityTypeBuilder<OpenRegion.Cms.Core.Budgeting.Model.Ballot> builder)
    {
        builder.ToTable("Ballots");
        builder.Property(b => b.VoterId).HasMaxLength(450);
        builder.Property(b => b.ChoicesJson).HasMaxLength(20_000);
        builder.Property(b => b.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.ReceiptCode).HasMaxLength(20);
        builder.Property(b => b.RecordedBy).HasMaxLength(256);
        
        builder.HasOne<OpenRegion.Cms.Core.Budgeting.Model.Budget>().WithMany().HasForeignKey(b => b.BudgetId).OnDelete(DeleteBehavior.Restrict);
        // One ballot per voter and budget, whatever the channel: the database says so, not only the code.
        builder.HasIndex(b => new { b.TenantId, b.BudgetId, b.VoterId }).IsUnique();
        builder.HasIndex(b => new { b.TenantId, b.ReceiptCode }).IsUnique();
    }
}
