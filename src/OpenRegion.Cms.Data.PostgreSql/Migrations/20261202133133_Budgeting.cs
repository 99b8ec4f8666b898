using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Budgeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VoterKey",
                table: "AspNetUsers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BudgetProcesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ImportedFrom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    InformationStartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProposalsStartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewStartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VotingStartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VotingEndsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowUpStartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CountingRule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ProcessId = table.Column<long>(type: "bigint", nullable: false),
                    NameAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BallotKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinProjects = table.Column<int>(type: "integer", nullable: false),
                    MaxProjects = table.Column<int>(type: "integer", nullable: true),
                    MinSpendPercent = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    MaxPointsPerProject = table.Column<int>(type: "integer", nullable: true),
                    EligibleCommunesJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Budgets_BudgetProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "BudgetProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ballots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    BudgetId = table.Column<long>(type: "bigint", nullable: false),
                    VoterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChoicesJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiptCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CastUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Changes = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ballots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ballots_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetProjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    BudgetId = table.Column<long>(type: "bigint", nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProposerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    PhotosJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetProjects_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetMilestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetMilestones_BudgetProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "BudgetProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_VoterKey",
                table: "AspNetUsers",
                column: "VoterKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_BudgetId",
                table: "Ballots",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_TenantId",
                table: "Ballots",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_TenantId_BudgetId_VoterId",
                table: "Ballots",
                columns: new[] { "TenantId", "BudgetId", "VoterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ballots_TenantId_ReceiptCode",
                table: "Ballots",
                columns: new[] { "TenantId", "ReceiptCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetMilestones_ProjectId",
                table: "BudgetMilestones",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetMilestones_TenantId",
                table: "BudgetMilestones",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProcesses_TenantId",
                table: "BudgetProcesses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProcesses_TenantId_Slug",
                table: "BudgetProcesses",
                columns: new[] { "TenantId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProjects_BudgetId",
                table: "BudgetProjects",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProjects_TenantId",
                table: "BudgetProjects",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetProjects_TenantId_BudgetId_State",
                table: "BudgetProjects",
                columns: new[] { "TenantId", "BudgetId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ProcessId",
                table: "Budgets",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_TenantId",
                table: "Budgets",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Ballots");

            migrationBuilder.DropTable(
                name: "BudgetMilestones");

            migrationBuilder.DropTable(
                name: "BudgetProjects");

            migrationBuilder.DropTable(
                name: "Budgets");

            migrationBuilder.DropTable(
                name: "BudgetProcesses");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_VoterKey",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "VoterKey",
                table: "AspNetUsers");
        }
    }
}
