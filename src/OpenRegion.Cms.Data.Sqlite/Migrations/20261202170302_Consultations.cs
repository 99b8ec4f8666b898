using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationBlocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationBlocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SummaryAr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    OpensUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosesUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    SynthesisPublishedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    SynthesisAr = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    SynthesisFr = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationSections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BodyAr = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    BodyFr = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResponseAr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ResponseFr = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationSections_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationWorkshops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationWorkshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationWorkshops_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Contributions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WorkshopId = table.Column<long>(type: "INTEGER", nullable: true),
                    Agree = table.Column<int>(type: "INTEGER", nullable: false),
                    Disagree = table.Column<int>(type: "INTEGER", nullable: false),
                    Reports = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    HiddenUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contributions_ConsultationSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ConsultationSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contributions_Contributions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContributionReactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ContributionId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Agree = table.Column<bool>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionReactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionReactions_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContributionReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ContributionId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionReports_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBlocks_TenantId",
                table: "ConsultationBlocks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationBlocks_TenantId_UserId",
                table: "ConsultationBlocks",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TenantId",
                table: "Consultations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_TenantId_Slug",
                table: "Consultations",
                columns: new[] { "TenantId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSections_ConsultationId",
                table: "ConsultationSections",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSections_TenantId",
                table: "ConsultationSections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationSections_TenantId_ConsultationId_Position",
                table: "ConsultationSections",
                columns: new[] { "TenantId", "ConsultationId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationWorkshops_ConsultationId",
                table: "ConsultationWorkshops",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationWorkshops_TenantId",
                table: "ConsultationWorkshops",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReactions_ContributionId",
                table: "ContributionReactions",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReactions_TenantId",
                table: "ContributionReactions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReactions_TenantId_ContributionId_UserId",
                table: "ContributionReactions",
                columns: new[] { "TenantId", "ContributionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReports_ContributionId",
                table: "ContributionReports",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReports_TenantId",
                table: "ContributionReports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionReports_TenantId_ContributionId_UserId",
                table: "ContributionReports",
                columns: new[] { "TenantId", "ContributionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_ParentId",
                table: "Contributions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_SectionId",
                table: "Contributions",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_TenantId",
                table: "Contributions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_TenantId_ConsultationId_Reports",
                table: "Contributions",
                columns: new[] { "TenantId", "ConsultationId", "Reports" });

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_TenantId_SectionId_ParentId_Id",
                table: "Contributions",
                columns: new[] { "TenantId", "SectionId", "ParentId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationBlocks");

            migrationBuilder.DropTable(
                name: "ConsultationWorkshops");

            migrationBuilder.DropTable(
                name: "ContributionReactions");

            migrationBuilder.DropTable(
                name: "ContributionReports");

            migrationBuilder.DropTable(
                name: "Contributions");

            migrationBuilder.DropTable(
                name: "ConsultationSections");

            migrationBuilder.DropTable(
                name: "Consultations");
        }
    }
}
