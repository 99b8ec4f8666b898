using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CouncilSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_CouncilSessions_TenantId",
                table: "CouncilSessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_TenantId_OpensOn",
                table: "CouncilSessions",
                columns: new[] { "TenantId", "OpensOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "CouncilSessions");
        }
    }
}
