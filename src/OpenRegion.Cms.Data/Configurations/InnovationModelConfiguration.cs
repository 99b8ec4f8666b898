using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.Innovation;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("Challenges");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        foreach (var title in new[] { nameof(Challenge.ThematicAr), nameof(Challenge.ThematicFr), nameof(Challenge.TitleAr), nameof(Challenge.TitleFr) })
        {
            builder.Property(title).HasMaxLength(Challenge.MaxTitleLength);
        }

        foreach (var text in new[] { nameof(Challenge.ProblemAr), nameof(Challenge.ProblemFr), nameof(Challenge.ContextAr), nameof(Challenge.ContextFr), nameof(Challenge.EligibilityAr), nameof(Challenge.EligibilityFr), nameof(Challenge.SupportAr), nameof(Challenge.SupportFr) })
        {
            builder.Property(text).HasMaxLength(Challenge.MaxTextLength);
        }

        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.Property(c => c.DeliberationNotes).HasMaxLength(Challenge.MaxNotesLength);
        builder.Ignore(c => c.Calendar);
        builder.HasIndex(c => new { c.TenantId, c.CallOpens });
    }
}

internal sealed class ChallengeCriterionConfiguration : IEntityTypeConfiguration<ChallengeCriterion>
{
    public void Configure(EntityTypeBuilder<ChallengeCriterion> builder)
    {
        builder.ToTable("ChallengeCriteria");
        builder.Property(c => c.NameAr).HasMaxLength(Challenge.MaxTitleLength);
        builder.Property(c => c.NameFr).HasMaxLength(Challenge.MaxTitleLength);
        builder.HasOne<Challenge>().WithMany().HasForeignKey(c => c.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ChallengeId, c.Position }).IsUnique();
    }
}

internal sealed class SolutionConfiguration : IEntityTypeConfiguration<Solution>
{
    public void Configure(EntityTypeBuilder<Solution> builder)
    {
        builder.ToTable("Solutions");
        builder.Property(s => s.OwnerUserId).HasMaxLength(450);
        builder.Property(s => s.TeamName).HasMaxLength(Solution.MaxTeamNameLength);
        builder.Property(s => s.TitleAr).HasMaxLength(Solution.MaxTitleLength);
        builder.Property(s => s.TitleFr).HasMaxLength(Solution.MaxTitleLength);
        builder.Property(s => s.DescriptionAr).HasMaxLength(Solution.MaxTextLength);
        builder.Property(s => s.DescriptionFr).HasMaxLength(Solution.MaxTextLength);
        builder.Property(s => s.Budget).HasPrecision(14, 2);
        builder.Property(s => s.SelectionReasonAr).HasMaxLength(Solution.MaxReasonLength);
        builder.Property(s => s.SelectionReasonFr).HasMaxLength(Solution.MaxReasonLength);
        builder.Property(s => s.AdoptionReference).HasMaxLength(Solution.MaxReferenceLength);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<Challenge>().WithMany().HasForeignKey(s => s.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ChallengeId, s.OwnerUserId }).IsUnique();
    }
}

internal sealed class SolutionMemberConfiguration : IEntityTypeConfiguration<SolutionMember>
{
    public void Configure(EntityTypeBuilder<SolutionMember> builder)
    {
        builder.ToTable("SolutionMembers");
        builder.Property(m => m.Name).HasMaxLength(TeamRules.MaxNameLength);
        builder.Property(m => m.Role).HasMaxLength(TeamRules.MaxRoleLength);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.HasOne<Solution>().WithMany().HasForeignKey(m => m.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.SolutionId, m.Position }).IsUnique();
    }
}

internal sealed class JuryMemberConfiguration : IEntityTypeConfiguration<JuryMember>
{
    public void Configure(EntityTypeBuilder<JuryMember> builder)
    {
        builder.ToTable("JuryMembers");
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.DisplayName).HasMaxLength(256);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Organisation).HasMaxLength(JuryMember.MaxOrganisationLength);
        builder.Property(m => m.AppointedBy).HasMaxLength(256);
        builder.HasOne<Challenge>().WithMany().HasForeignKey(m => m.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ChallengeId, m.UserId }).IsUnique();
        builder.HasIndex(m => new { m.TenantId, m.UserId });
    }
}

internal sealed class JuryConflictConfiguration : IEntityTypeConfiguration<JuryConflict>
{
    public void Configure(EntityTypeBuilder<JuryConflict> builder)
    {
        builder.ToTable("JuryConflicts");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.Reason).HasMaxLength(JuryConflict.MaxReasonLength);
        builder.HasOne<Solution>().WithMany().HasForeignKey(c => c.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SolutionId, c.UserId }).IsUnique();
        builder.HasIndex(c => c.ChallengeId);
    }
}

internal sealed class JurySheetConfiguration : IEntityTypeConfiguration<JurySheet>
{
    public void Configure(EntityTypeBuilder<JurySheet> builder)
    {
        builder.ToTable("JurySheets");
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Comment).HasMaxLength(JurySheet.MaxCommentLength);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<Solution>().WithMany().HasForeignKey(s => s.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SolutionId, s.UserId }).IsUnique();
        builder.HasIndex(s => s.ChallengeId);
    }
}

internal sealed class JuryScoreConfiguration : IEntityTypeConfiguration<JuryScore>
{
    public void Configure(EntityTypeBuilder<JuryScore> builder)
    {
        builder.ToTable("JuryScores");
        builder.HasOne<JurySheet>().WithMany().HasForeignKey(s => s.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChallengeCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.SheetId, s.CriterionId }).IsUnique();
    }
}

internal sealed class SolutionAttachmentConfiguration : IEntityTypeConfiguration<SolutionAttachment>
{
    public void Configure(EntityTypeBuilder<SolutionAttachment> builder)
    {
        builder.ToTable("SolutionAttachments");
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(150);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoredPath).HasMaxLength(300);
        builder.HasOne<Solution>().WithMany().HasForeignKey(a => a.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SolutionId);
    }
}

internal sealed class PrototypeReportConfiguration : IEntityTypeConfiguration<PrototypeReport>
{
    public void Configure(EntityTypeBuilder<PrototypeReport> builder)
    {
        builder.ToTable("PrototypeReports");
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.TextAr).HasMaxLength(PrototypeReport.MaxTextLength);
        builder.Property(r => r.TextFr).HasMaxLength(PrototypeReport.MaxTextLength);
        builder.Property(r => r.ReportedBy).HasMaxLength(256);
        builder.HasOne<Solution>().WithMany().HasForeignKey(r => r.SolutionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SolutionId, r.ReportedUtc });
        builder.HasIndex(r => r.ChallengeId);
    }
}

internal sealed class LabEventConfiguration : IEntityTypeConfiguration<LabEvent>
{
    public void Configure(EntityTypeBuilder<LabEvent> builder)
    {
        builder.ToTable("LabEvents");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        foreach (var title in new[] { nameof(LabEvent.TitleAr), nameof(LabEvent.TitleFr), nameof(LabEvent.PlaceAr), nameof(LabEvent.PlaceFr) })
        {
            builder.Property(title).HasMaxLength(LabEvent.MaxTitleLength);
        }

        builder.Property(e => e.DescriptionAr).HasMaxLength(LabEvent.MaxTextLength);
        builder.Property(e => e.DescriptionFr).HasMaxLength(LabEvent.MaxTextLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TenantId, e.StartsUtc });
    }
}

internal sealed class LabEventRegistrationConfiguration : IEntityTypeConfiguration<LabEventRegistration>
{
    public void Configure(EntityTypeBuilder<LabEventRegistration> builder)
    {
        builder.ToTable("LabEventRegistrations");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.HasOne<LabEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Seat }).IsUnique();
    }
}
