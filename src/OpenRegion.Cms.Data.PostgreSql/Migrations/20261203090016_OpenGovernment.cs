using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatedBudget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenGovPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenGovCommitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AxisAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AxisFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProblemAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ProblemFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ActionsAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ActionsFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Institutions = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    CommitmentId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
