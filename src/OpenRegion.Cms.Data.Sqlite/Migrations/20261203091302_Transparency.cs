using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ComplainantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ComplementAskedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplementWhat = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ComplementReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplementText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    NotProcessed = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CompetentBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlaceAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PlaceFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AttendanceAr = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AttendanceFr = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConvenedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    ConvenedMembers = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    RequesterUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    UrgencyReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ShowInRegister = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AnswerDocumentPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AnswerDocumentName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AnswerDocumentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ComplainedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplaintText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ComplaintAnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplaintAnswerText = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequests", x => x.Id);
                });

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
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    SessionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DocumentIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    Abstentions = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecisionTextAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecisionTextFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
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
