using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("Consultations");
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.TitleAr).HasMaxLength(300);
        builder.Property(c => c.TitleFr).HasMaxLength(300);
        builder.Property(c => c.SummaryAr).HasMaxLength(20_000);
        builder.Property(c => c.SummaryFr).HasMaxLength(20_000);
        builder.Property(c => c.SynthesisAr).HasMaxLength(50_000);
        builder.Property(c => c.SynthesisFr).HasMaxLength(50_000);
        builder.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
    }
}

internal sealed class ConsultationSectionConfiguration : IEntityTypeConfiguration<ConsultationSection>
{
    public void Configure(EntityTypeBuilder<ConsultationSection> builder)
    {
        builder.ToTable("ConsultationSections");
        builder.Property(s => s.TitleAr).HasMaxLength(300);
        builder.Property(s => s.TitleFr).HasMaxLength(300);
        builder.Property(s => s.BodyAr).HasMaxLength(50_000);
        builder.Property(s => s.BodyFr).HasMaxLength(50_000);
        builder.Property(s => s.HiddenReason).HasMaxLength(1000);
        builder.Property(s => s.ResponseAr).HasMaxLength(20_000);
        builder.Property(s => s.ResponseFr).HasMaxLength(20_000);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(s => s.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.ConsultationId, s.Position });
    }
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.ToTable("Contributions");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Body).HasMaxLength(Contribution.MaxBodyLength);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.HiddenReason).HasMaxLength(1000);
        builder.HasOne<ConsultationSection>().WithMany().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        // The first index of the section pages; the two below serve them now (it may be dropped once no query is shown to use it).
        builder.HasIndex(c => new { c.TenantId, c.SectionId, c.ParentId, c.Id });

        // A section's comments newest first, a page at a time: without it PostgreSQL walked the primary key backwards
        // past every newer reply. The replies of the threads shown, read as ids.
        builder.HasIndex(c => new { c.TenantId, c.SectionId, c.Id }).HasFilter("\"ParentId\" IS NULL").HasDatabaseName("IX_Contributions_TopLevel");
        builder.HasIndex(c => new { c.TenantId, c.ParentId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.ConsultationId, c.Reports });
    }
}

internal sealed class ContributionReactionConfiguration : IEntityTypeConfiguration<ContributionReaction>
{
    public void Configure(EntityTypeBuilder<ContributionReaction> builder)
    {
        builder.ToTable("ContributionReactions");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(r => r.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.ContributionId, r.UserId }).IsUnique();
    }
}

internal sealed class ContributionReportConfiguration : IEntityTypeConfiguration<ContributionReport>
{
    public void Configure(EntityTypeBuilder<ContributionReport> builder)
    {
        builder.ToTable("ContributionReports");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Reason).HasMaxLength(ContributionReport.MaxReasonLength);
        builder.HasOne<Contribution>().WithMany().HasForeignKey(r => r.ContributionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.ContributionId, r.UserId }).IsUnique();
    }
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ToTable("ConsultationWorkshops");
        builder.Property(w => w.Title).HasMaxLength(300);
        builder.Property(w => w.Place).HasMaxLength(300);
        builder.Property(w => w.RecordedBy).HasMaxLength(256);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(w => w.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationBlockConfiguration : IEntityTypeConfiguration<ConsultationBlock>
{
    public void Configure(EntityTypeBuilder<ConsultationBlock> builder)
    {
        builder.ToTable("ConsultationBlocks");
        builder.Property(b => b.UserId).HasMaxLength(450);
        builder.Property(b => b.Reason).HasMaxLength(1000);
        builder.Property(b => b.By).HasMaxLength(256);
        builder.HasIndex(b => new { b.TenantId, b.UserId }).IsUnique();
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("ConsultationQuestions");
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.PromptAr).HasMaxLength(SurveyQuestion.MaxPromptLength);
        builder.Property(q => q.PromptFr).HasMaxLength(SurveyQuestion.MaxPromptLength);
        builder.Property(q => q.OptionsAr).HasMaxLength(SurveyQuestion.MaxOptions * (SurveyQuestion.MaxOptionLength + 1));
        builder.Property(q => q.OptionsFr).HasMaxLength(SurveyQuestion.MaxOptions * (SurveyQuestion.MaxOptionLength + 1));
        builder.HasOne<Consultation>().WithMany().HasForeignKey(q => q.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.TenantId, q.ConsultationId, q.Position });
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("ConsultationAnswers");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.Value).HasMaxLength(SurveyQuestion.MaxFreeTextLength);
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        // One answer per question and person: answering again replaces it.
        builder.HasIndex(a => new { a.TenantId, a.QuestionId, a.UserId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.ConsultationId, a.UserId });
    }
}

internal sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.ToTable("ConsultationIdeas");
        builder.Property(i => i.UserId).HasMaxLength(450);
        builder.Property(i => i.AuthorName).HasMaxLength(200);
        builder.Property(i => i.Title).HasMaxLength(Idea.MaxTitleLength);
        builder.Property(i => i.Description).HasMaxLength(Idea.MaxDescriptionLength);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.AnswerAr).HasMaxLength(Idea.MaxAnswerLength);
        builder.Property(i => i.AnswerFr).HasMaxLength(Idea.MaxAnswerLength);
        builder.Property(i => i.ProjectTitle).HasMaxLength(Idea.MaxProjectTitleLength);
        builder.Property(i => i.ProjectUrl).HasMaxLength(Idea.MaxProjectUrlLength);
        builder.Property(i => i.HiddenReason).HasMaxLength(1000);
        builder.HasOne<ConsultationSection>().WithMany().HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.ConsultationId, i.SectionId, i.Supports });
    }
}

internal sealed class IdeaSupportConfiguration : IEntityTypeConfiguration<IdeaSupport>
{
    public void Configure(EntityTypeBuilder<IdeaSupport> builder)
    {
        builder.ToTable("ConsultationIdeaSupports");
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.TenantId, s.IdeaId, s.UserId }).IsUnique();
    }
}

internal sealed class ParticipantProfileConfiguration : IEntityTypeConfiguration<ParticipantProfile>
{
    public void Configure(EntityTypeBuilder<ParticipantProfile> builder)
    {
        builder.ToTable("ConsultationParticipants");
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.AgeBand).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(p => p.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.TenantId, p.ConsultationId, p.UserId }).IsUnique();
    }
}
