using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("InformationRequests");
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequesterUserId).HasMaxLength(450);
        builder.Property(r => r.RequesterName).HasMaxLength(InformationRequest.MaxNameLength);
        builder.Property(r => r.Address).HasMaxLength(InformationRequest.MaxSubjectLength);
        builder.Property(r => r.IdentityNumber).HasMaxLength(InformationRequest.MaxIdentityLength);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.Phone).HasMaxLength(30);
        builder.Property(r => r.Subject).HasMaxLength(InformationRequest.MaxSubjectLength);
        builder.Property(r => r.Details).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.UrgencyReason).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.Language).HasMaxLength(5);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.Property(r => r.ExtensionReason).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Grounds).HasMaxLength(500);
        builder.Property(r => r.AnswerText).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.AnswerDocumentPath).HasMaxLength(500);
        builder.Property(r => r.AnswerDocumentName).HasMaxLength(255);
        builder.Property(r => r.AnswerDocumentType).HasMaxLength(100);
        builder.Property(r => r.AnsweredBy).HasMaxLength(256);
        builder.Property(r => r.ComplaintText).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.ComplaintAnswerText).HasMaxLength(InformationRequest.MaxTextLength);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Ignore(r => r.ReceivedOn);
        builder.Ignore(r => r.GroundList);
        builder.Ignore(r => r.Facts);
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.RequesterUserId });
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ComplainantUserId).HasMaxLength(450);
        builder.Property(c => c.Name).HasMaxLength(Complaint.MaxNameLength);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Address).HasMaxLength(Complaint.MaxSubjectLength);
        builder.Property(c => c.Category).HasMaxLength(30);
        builder.Property(c => c.Subject).HasMaxLength(Complaint.MaxSubjectLength);
        builder.Property(c => c.Text).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.Place).HasMaxLength(Complaint.MaxSubjectLength);
        builder.Property(c => c.Language).HasMaxLength(5);
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.ComplementWhat).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.ComplementText).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.AnswerText).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(c => c.NotProcessed).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.CompetentBody).HasMaxLength(Complaint.MaxSubjectLength);
        builder.Property(c => c.AnsweredBy).HasMaxLength(256);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.Ignore(c => c.ReceivedOn);
        builder.Ignore(c => c.Facts);
        builder.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.ComplainantUserId });
    }
}

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.ToTable("CouncilSessions");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PlaceAr).HasMaxLength(CouncilSession.MaxPlaceLength);
        builder.Property(s => s.PlaceFr).HasMaxLength(CouncilSession.MaxPlaceLength);
        builder.Property(s => s.AttendanceAr).HasMaxLength(CouncilSession.MaxTextLength);
        builder.Property(s => s.AttendanceFr).HasMaxLength(CouncilSession.MaxTextLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Ignore(s => s.LastDay);
        builder.HasIndex(s => new { s.TenantId, s.OpensOn });
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.Property(i => i.TitleAr).HasMaxLength(AgendaItem.MaxTitleLength);
        builder.Property(i => i.TitleFr).HasMaxLength(AgendaItem.MaxTitleLength);
        builder.Property(i => i.DocumentIds).HasMaxLength(200);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.DecisionNumber).HasMaxLength(50);
        builder.Property(i => i.DecisionTextAr).HasMaxLength(AgendaItem.MaxTextLength);
        builder.Property(i => i.DecisionTextFr).HasMaxLength(AgendaItem.MaxTextLength);
        builder.Property(i => i.DecidedBy).HasMaxLength(256);
        builder.Property(i => i.PublishedBy).HasMaxLength(256);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Ignore(i => i.Documents);
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.SessionId, i.Position }).IsUnique();
    }
}

internal sealed class OpenGovPlanConfiguration : IEntityTypeConfiguration<OpenGovPlan>
{
    public void Configure(EntityTypeBuilder<OpenGovPlan> builder)
    {
        builder.ToTable("OpenGovPlans");
        builder.Property(p => p.TitleAr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(p => p.TitleFr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(p => p.DescriptionAr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(p => p.DescriptionFr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(p => p.StatedBudget).HasPrecision(14, 2);
    }
}

internal sealed class OpenGovCommitmentConfiguration : IEntityTypeConfiguration<OpenGovCommitment>
{
    public void Configure(EntityTypeBuilder<OpenGovCommitment> builder)
    {
        builder.ToTable("OpenGovCommitments");
        builder.Property(c => c.Code).HasMaxLength(OpenGovCommitment.MaxCodeLength);
        builder.Property(c => c.AxisAr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(c => c.AxisFr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(c => c.TitleAr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(c => c.TitleFr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(c => c.ProblemAr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(c => c.ProblemFr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(c => c.ActionsAr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(c => c.ActionsFr).HasMaxLength(OpenGovPlan.MaxTextLength);
        builder.Property(c => c.Institutions).HasMaxLength(OpenGovPlan.MaxTitleLength * 2);
        builder.Property(c => c.Cost).HasPrecision(14, 2);
        builder.HasOne<OpenGovPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.Code }).IsUnique();
    }
}

internal sealed class OpenGovMilestoneConfiguration : IEntityTypeConfiguration<OpenGovMilestone>
{
    public void Configure(EntityTypeBuilder<OpenGovMilestone> builder)
    {
        builder.ToTable("OpenGovMilestones");
        builder.Property(m => m.TitleAr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(m => m.TitleFr).HasMaxLength(OpenGovPlan.MaxTitleLength);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.EvidenceUrl).HasMaxLength(OpenGovMilestone.MaxUrlLength);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256);
        builder.Ignore(m => m.Progress);
        builder.HasOne<OpenGovCommitment>().WithMany().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.ToTable("Publications");
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Table).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Language).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.TitleAr).HasMaxLength(Publication.MaxTitleLength);
        builder.Property(p => p.TitleFr).HasMaxLength(Publication.MaxTitleLength);
        builder.Property(p => p.SummaryAr).HasMaxLength(Publication.MaxSummaryLength);
        builder.Property(p => p.SummaryFr).HasMaxLength(Publication.MaxSummaryLength);
        builder.Property(p => p.Format).HasMaxLength(10);
        builder.Property(p => p.Url).HasMaxLength(Publication.MaxUrlLength);
        builder.Property(p => p.SearchText).HasMaxLength((Publication.MaxTitleLength + Publication.MaxSummaryLength) * 2 + 4);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.WithdrawnReason).HasMaxLength(Publication.MaxSummaryLength);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.Year);
        builder.HasIndex(p => new { p.TenantId, p.PublishedOn });
        builder.HasIndex(p => new { p.TenantId, p.Category, p.PeriodTo });
    }
}

internal sealed class CitizenBudgetConfiguration : IEntityTypeConfiguration<CitizenBudget>
{
    public void Configure(EntityTypeBuilder<CitizenBudget> builder)
    {
        builder.ToTable("CitizenBudgets");
        builder.Property(b => b.TitleAr).HasMaxLength(CitizenBudget.MaxTitleLength);
        builder.Property(b => b.TitleFr).HasMaxLength(CitizenBudget.MaxTitleLength);
        builder.Property(b => b.IntroAr).HasMaxLength(CitizenBudget.MaxTextLength);
        builder.Property(b => b.IntroFr).HasMaxLength(CitizenBudget.MaxTextLength);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.HasIndex(b => new { b.TenantId, b.Year }).IsUnique();
    }
}

internal sealed class CitizenBudgetLineConfiguration : IEntityTypeConfiguration<CitizenBudgetLine>
{
    public void Configure(EntityTypeBuilder<CitizenBudgetLine> builder)
    {
        builder.ToTable("CitizenBudgetLines");
        builder.Property(l => l.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Section).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Gender).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.CategoryAr).HasMaxLength(CitizenBudgetLine.MaxLabelLength);
        builder.Property(l => l.CategoryFr).HasMaxLength(CitizenBudgetLine.MaxLabelLength);
        builder.Property(l => l.LabelAr).HasMaxLength(CitizenBudgetLine.MaxLabelLength);
        builder.Property(l => l.LabelFr).HasMaxLength(CitizenBudgetLine.MaxLabelLength);
        builder.Property(l => l.Province).HasMaxLength(CitizenBudgetLine.MaxPlaceLength);
        builder.Property(l => l.Commune).HasMaxLength(CitizenBudgetLine.MaxPlaceLength);
        builder.Property(l => l.Amount).HasPrecision(16, 2);
        builder.HasOne<CitizenBudget>().WithMany().HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.BudgetId, l.Position });
    }
}
