using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Petitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdentityVerifiedBy",
                table: "AspNetUsers",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IdentityVerifiedUtc",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnElectoralRoll",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ElectoralRollEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    IdentityKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ResidenceTenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElectoralRollEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Petitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Objectives = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Filer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProxyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RepresentativeMandated = table.Column<bool>(type: "boolean", nullable: false),
                    AssociationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AssociationFoundedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssociationMembers = table.Column<int>(type: "integer", nullable: true),
                    AttachmentsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignatureCount = table.Column<int>(type: "integer", nullable: false),
                    RequiredSignatures = table.Column<int>(type: "integer", nullable: true),
                    ReceiptNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DepositedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ChecklistJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecisionReasons = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DecidedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SessionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Committee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Adopted = table.Column<bool>(type: "boolean", nullable: true),
                    Deliberation = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DeliberatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PetitionSignatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    PetitionId = table.Column<long>(type: "bigint", nullable: false),
                    SignerKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CommuneTenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ProvinceTenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    Basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionSignatures_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    PetitionId = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionSteps_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ElectoralRollEntries_TenantId",
                table: "ElectoralRollEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ElectoralRollEntries_TenantId_IdentityKey",
                table: "ElectoralRollEntries",
                columns: new[] { "TenantId", "IdentityKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TenantId",
                table: "Petitions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TenantId_ReceiptNumber",
                table: "Petitions",
                columns: new[] { "TenantId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_TenantId_State",
                table: "Petitions",
                columns: new[] { "TenantId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSignatures_PetitionId",
                table: "PetitionSignatures",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSignatures_TenantId",
                table: "PetitionSignatures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSignatures_TenantId_PetitionId_ProvinceTenantId",
                table: "PetitionSignatures",
                columns: new[] { "TenantId", "PetitionId", "ProvinceTenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSignatures_TenantId_PetitionId_SignerKey",
                table: "PetitionSignatures",
                columns: new[] { "TenantId", "PetitionId", "SignerKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSteps_PetitionId",
                table: "PetitionSteps",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSteps_TenantId",
                table: "PetitionSteps",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ElectoralRollEntries");

            migrationBuilder.DropTable(
                name: "PetitionSignatures");

            migrationBuilder.DropTable(
                name: "PetitionSteps");

            migrationBuilder.DropTable(
                name: "Petitions");

            migrationBuilder.DropColumn(
                name: "IdentityVerifiedBy",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IdentityVerifiedUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OnElectoralRoll",
                table: "AspNetUsers");
        }
    }
}
