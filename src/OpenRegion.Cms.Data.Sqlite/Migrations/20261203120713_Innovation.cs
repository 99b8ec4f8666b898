using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Innovation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThematicAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ThematicFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProblemAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ProblemFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ContextAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ContextFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    EligibilityAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    EligibilityFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    SupportAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    SupportFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    IdentificationFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CallOpens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CallCloses = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SelectionEnds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrototypingEnds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluationEnds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeCriteria",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    NameAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeCriteria_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Solutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ChallengeId = table.Column<long>(type: "INTEGER", nullable: false),
                    OwnerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionAr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    SubmittedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Solutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Solutions_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SolutionMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    SolutionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolutionMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SolutionMembers_Solutions_SolutionId",
                        column: x => x.SolutionId,
                        principalTable: "Solutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeCriteria_ChallengeId_Position",
                table: "ChallengeCriteria",
                columns: new[] { "ChallengeId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeCriteria_TenantId",
                table: "ChallengeCriteria",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_TenantId",
                table: "Challenges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_TenantId_CallOpens",
                table: "Challenges",
                columns: new[] { "TenantId", "CallOpens" });

            migrationBuilder.CreateIndex(
                name: "IX_SolutionMembers_SolutionId_Position",
                table: "SolutionMembers",
                columns: new[] { "SolutionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SolutionMembers_TenantId",
                table: "SolutionMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_ChallengeId_OwnerUserId",
                table: "Solutions",
                columns: new[] { "ChallengeId", "OwnerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Solutions_TenantId",
                table: "Solutions",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeCriteria");

            migrationBuilder.DropTable(
                name: "SolutionMembers");

            migrationBuilder.DropTable(
                name: "Solutions");

            migrationBuilder.DropTable(
                name: "Challenges");
        }
    }
}
