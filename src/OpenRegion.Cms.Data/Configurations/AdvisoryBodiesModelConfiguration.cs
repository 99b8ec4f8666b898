using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.AdvisoryBodies;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class AdvisoryBodyConfiguration : IEntityTypeConfiguration<AdvisoryBody>
{
    public void Configure(EntityTypeBuilder<AdvisoryBody> builder)
    {
        builder.ToTable("AdvisoryBodies");
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.NameAr).HasMaxLength(300);
        builder.Property(b => b.NameFr).HasMaxLength(300);
        builder.Property(b => b.MandateAr).HasMaxLength(10_000);
        builder.Property(b => b.MandateFr).HasMaxLength(10_000);
        builder.HasIndex(b => new { b.TenantId, b.Slug }).IsUnique();
    }
}

internal sealed class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> builder)
    {
        builder.ToTable("AdvisoryBodyMembers");
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.DisplayName).HasMaxLength(200);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Organisation).HasMaxLength(BodyMember.MaxOrganisationLength);
        builder.HasOne<AdvisoryBody>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.BodyId, m.UserId });
        builder.HasIndex(m => new { m.TenantId, m.UserId });
    }
}

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("AdvisoryOpinions");
        builder.Property(o => o.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Reference).HasMaxLength(20);
        builder.Property(o => o.SubjectAr).HasMaxLength(Opinion.MaxSubjectLength);
        builder.Property(o => o.SubjectFr).HasMaxLength(Opinion.MaxSubjectLength);
        builder.Property(o => o.QuestionAr).HasMaxLength(Opinion.MaxQuestionLength);
        builder.Property(o => o.QuestionFr).HasMaxLength(Opinion.MaxQuestionLength);
        builder.Property(o => o.DocumentIds).HasMaxLength(500);
        builder.Property(o => o.OpenedBy).HasMaxLength(256);
        builder.Property(o => o.SubmittedBy).HasMaxLength(256);
        builder.Property(o => o.RespondedBy).HasMaxLength(256);
        builder.Property(o => o.ResponseAr).HasMaxLength(Opinion.MaxResponseLength);
        builder.Property(o => o.ResponseFr).HasMaxLength(Opinion.MaxResponseLength);
        builder.Ignore(o => o.Documents);
        builder.HasOne<AdvisoryBody>().WithMany().HasForeignKey(o => o.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.TenantId, o.Reference }).IsUnique();
        builder.HasIndex(o => new { o.TenantId, o.BodyId, o.OpenedUtc });
    }
}

internal sealed class OpinionVersionConfiguration : IEntityTypeConfiguration<OpinionVersion>
{
    public void Configure(EntityTypeBuilder<OpinionVersion> builder)
    {
        builder.ToTable("AdvisoryOpinionVersions");
        builder.Property(v => v.Text).HasMaxLength(OpinionVersion.MaxTextLength);
        builder.Property(v => v.Note).HasMaxLength(OpinionVersion.MaxNoteLength);
        builder.Property(v => v.AuthorUserId).HasMaxLength(450);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(v => v.OpinionId).OnDelete(DeleteBehavior.Cascade);
        // Two members saving from the same version: the second insert fails on this index instead of overwriting.
        builder.HasIndex(v => new { v.TenantId, v.OpinionId, v.Number }).IsUnique();
    }
}

internal sealed class OpinionCommentConfiguration : IEntityTypeConfiguration<OpinionComment>
{
    public void Configure(EntityTypeBuilder<OpinionComment> builder)
    {
        builder.ToTable("AdvisoryOpinionComments");
        builder.Property(c => c.Body).HasMaxLength(OpinionComment.MaxBodyLength);
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.HasOne<Opinion>().WithMany().HasForeignKey(c => c.OpinionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.OpinionId, c.Id });
    }
}
