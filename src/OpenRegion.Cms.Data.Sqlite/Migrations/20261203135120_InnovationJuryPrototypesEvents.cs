using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InnovationJuryPrototypesEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AdoptedOn",
                table: "Solutions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdoptionReference",
                table: "Solutions",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Selected",
                table: "Solutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SelectionReasonAr",
                table: "Solutions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SelectionReasonFr",
                table: "Solutions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "CriteriaOpinionId",
                table: "Challenges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliberationNotes",
                table: "Challenges",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "SelectionPublishedUtc",
                table: "Challenges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JuryConflicts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    SolutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DeclaredUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JuryConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JuryConflicts_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JuryMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AppointedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    AppointedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JuryMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JuryMembers_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JurySheets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    SolutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SubmittedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JurySheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JurySheets_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LabEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PlaceAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PlaceFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CancelledUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabEvents_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrototypeReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    SolutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    TextAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReportedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrototypeReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrototypeReports_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SolutionAttachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    SolutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UploadedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionAttachments_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JuryScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    SheetId = table.Column<long>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JuryScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JuryScores_ChallengeCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "ChallengeCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JuryScores_JurySheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "JurySheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LabEventRegistrations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabEventRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabEventRegistrations_LabEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "LabEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JuryConflicts_ChallengeId",
                table: "JuryConflicts",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_JuryConflicts_SolutionId_UserId",
                table: "JuryConflicts",
                columns: new[] { "SolutionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JuryConflicts_TenantId",
                table: "JuryConflicts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_JuryMembers_ChallengeId_UserId",
                table: "JuryMembers",
                columns: new[] { "ChallengeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JuryMembers_TenantId",
                table: "JuryMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_JuryMembers_TenantId_UserId",
                table: "JuryMembers",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_JuryScores_CriterionId",
                table: "JuryScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_JuryScores_SheetId_CriterionId",
                table: "JuryScores",
                columns: new[] { "SheetId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JuryScores_TenantId",
                table: "JuryScores",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_JurySheets_ChallengeId",
                table: "JurySheets",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_JurySheets_SolutionId_UserId",
                table: "JurySheets",
                columns: new[] { "SolutionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JurySheets_TenantId",
                table: "JurySheets",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LabEventRegistrations_EventId_Seat",
                table: "LabEventRegistrations",
                columns: new[] { "EventId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabEventRegistrations_EventId_UserId",
                table: "LabEventRegistrations",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabEventRegistrations_TenantId",
                table: "LabEventRegistrations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LabEvents_ChallengeId",
                table: "LabEvents",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabEvents_TenantId",
                table: "LabEvents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LabEvents_TenantId_StartsUtc",
                table: "LabEvents",
                columns: new[] { "TenantId", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PrototypeReports_ChallengeId",
                table: "PrototypeReports",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrototypeReports_SolutionId_ReportedUtc",
                table: "PrototypeReports",
                columns: new[] { "SolutionId", "ReportedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PrototypeReports_TenantId",
                table: "PrototypeReports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionAttachments_SolutionId",
                table: "SolutionAttachments",
                column: "SolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_SolutionAttachments_TenantId",
                table: "SolutionAttachments",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JuryConflicts");

            migrationBuilder.DropTable(
                name: "JuryMembers");

            migrationBuilder.DropTable(
                name: "JuryScores");

            migrationBuilder.DropTable(
                name: "LabEventRegistrations");

            migrationBuilder.DropTable(
                name: "PrototypeReports");

            migrationBuilder.DropTable(
                name: "SolutionAttachments");

            migrationBuilder.DropTable(
                name: "JurySheets");

            migrationBuilder.DropTable(
                name: "LabEvents");

            migrationBuilder.DropColumn(
                name: "AdoptedOn",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "AdoptionReference",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "Selected",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "SelectionReasonAr",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "SelectionReasonFr",
                table: "Solutions");

            migrationBuilder.DropColumn(
                name: "CriteriaOpinionId",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "DeliberationNotes",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "SelectionPublishedUtc",
                table: "Challenges");
        }
    }
}
