using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Transparency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ComplainantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ComplementAskedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplementWhat = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ComplementReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplementText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    NotProcessed = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CompetentBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlaceAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlaceFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AttendanceAr = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AttendanceFr = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConvenedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConvenedMembers = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequesterUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    UrgencyReason = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ShowInRegister = table.Column<bool>(type: "boolean", nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Grounds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AnswerText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    AnswerDocumentPath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AnswerDocumentName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    AnswerDocumentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ComplainedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ComplaintAnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintAnswerText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequests", x => x.Id);
                });

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
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    TitleAr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    TitleFr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DocumentIds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VotesFor = table.Column<int>(type: "integer", nullable: true),
                    VotesAgainst = table.Column<int>(type: "integer", nullable: true),
                    Abstentions = table.Column<int>(type: "integer", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DecisionTextAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DecisionTextFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_AgendaItems_SessionId",
                table: "AgendaItems",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_TenantId",
                table: "AgendaItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_TenantId_SessionId_Position",
                table: "AgendaItems",
                columns: new[] { "TenantId", "SessionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TenantId",
                table: "Complaints",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TenantId_ComplainantUserId",
                table: "Complaints",
                columns: new[] { "TenantId", "ComplainantUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TenantId_Number",
                table: "Complaints",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_TenantId",
                table: "CouncilSessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_TenantId_OpensOn",
                table: "CouncilSessions",
                columns: new[] { "TenantId", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_TenantId",
                table: "InformationRequests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_TenantId_Number",
                table: "InformationRequests",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_TenantId_RequesterUserId",
                table: "InformationRequests",
                columns: new[] { "TenantId", "RequesterUserId" });

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
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "InformationRequests");

            migrationBuilder.DropTable(
                name: "OpenGovMilestones");

            migrationBuilder.DropTable(
                name: "CouncilSessions");

            migrationBuilder.DropTable(
                name: "OpenGovCommitments");

            migrationBuilder.DropTable(
                name: "OpenGovPlans");
        }
    }
}
