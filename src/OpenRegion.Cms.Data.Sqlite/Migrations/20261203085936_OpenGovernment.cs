using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenGovernment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OpenGovPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatedBudget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenGovPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenGovCommitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AxisAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AxisFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProblemAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ProblemFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ActionsAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ActionsFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Institutions = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenGovCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenGovCommitments_OpenGovPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "OpenGovPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OpenGovMilestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenGovMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenGovMilestones_OpenGovCommitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "OpenGovCommitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovCommitments_PlanId",
                table: "OpenGovCommitments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovCommitments_TenantId",
                table: "OpenGovCommitments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovCommitments_TenantId_Code",
                table: "OpenGovCommitments",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovMilestones_CommitmentId",
                table: "OpenGovMilestones",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovMilestones_TenantId",
                table: "OpenGovMilestones",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenGovPlans_TenantId",
                table: "OpenGovPlans",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OpenGovMilestones");

            migrationBuilder.DropTable(
                name: "OpenGovCommitments");

            migrationBuilder.DropTable(
                name: "OpenGovPlans");
        }
    }
}
