using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Petitions;

namespace OpenRegion.Cms.Data.Configurations;

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("Petitions");
        builder.Property(p => p.Title).HasMaxLength(Petition.MaxTitleLength);
        builder.Property(p => p.Reasons).HasMaxLength(Petition.MaxTextLength);
        builder.Property(p => p.Objectives).HasMaxLength(Petition.MaxTextLength);
        builder.Property(p => p.Language).HasMaxLength(5);
        builder.Property(p => p.Filer).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.FilerUserId).HasMaxLength(450);
        builder.Property(p => p.ProxyName).HasMaxLength(Petition.MaxNameLength);
        builder.Property(p => p.AssociationName).HasMaxLength(Petition.MaxNameLength);
        builder.Property(p => p.AttachmentsJson).HasMaxLength(4000);
        // A move of the procedure updates the row only if it is still in the state and at the count it was read at:
        // a deposit cannot miss a signature that came in meanwhile, nor two clerks decide twice.
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(p => p.SignatureCount).IsConcurrencyToken();
        builder.Property(p => p.ReceiptNumber).HasMaxLength(20);
        builder.Property(p => p.ChecklistJson).HasMaxLength(2000);
        builder.Property(p => p.DecisionReasons).HasMaxLength(Petition.MaxTextLength);
        builder.Property(p => p.Committee).HasMaxLength(Petition.MaxNameLength);
        builder.Property(p => p.Deliberation).HasMaxLength(Petition.MaxTextLength);
        builder.HasIndex(p => new { p.TenantId, p.State });
        builder.HasIndex(p => new { p.TenantId, p.ReceiptNumber }).IsUnique();
    }
}

internal sealed class PetitionSignatureConfiguration : IEntityTypeConfiguration<PetitionSignature>
{
    public void Configure(EntityTypeBuilder<PetitionSignature> builder)
    {
        builder.ToTable("PetitionSignatures");
        builder.Property(s => s.SignerKey).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SignerName).HasMaxLength(Petition.MaxNameLength);
        builder.Property(s => s.CommuneTenantId).HasMaxLength(63);
        builder.Property(s => s.ProvinceTenantId).HasMaxLength(63);
        builder.Property(s => s.Basis).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasOne<Petition>().WithMany().HasForeignKey(s => s.PetitionId).OnDelete(DeleteBehavior.Restrict);
        // One signature per person and petition, online or on paper: the database says so, not only the code.
        builder.HasIndex(s => new { s.TenantId, s.PetitionId, s.SignerKey }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.PetitionId, s.ProvinceTenantId });
    }
}

internal sealed class PetitionStepConfiguration : IEntityTypeConfiguration<PetitionStep>
{
    public void Configure(EntityTypeBuilder<PetitionStep> builder)
    {
        builder.ToTable("PetitionSteps");
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Note).HasMaxLength(Petition.MaxTextLength);
        builder.HasOne<Petition>().WithMany().HasForeignKey(s => s.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ElectoralRollEntryConfiguration : IEntityTypeConfiguration<ElectoralRollEntry>
{
    public void Configure(EntityTypeBuilder<ElectoralRollEntry> builder)
    {
        builder.ToTable("ElectoralRollEntries");
        builder.Property(e => e.IdentityKey).HasMaxLength(64);
        builder.Property(e => e.ResidenceTenantId).HasMaxLength(63);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.TenantId, e.IdentityKey }).IsUnique();
    }
}
