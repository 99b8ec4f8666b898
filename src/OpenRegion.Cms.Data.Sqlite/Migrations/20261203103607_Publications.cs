using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Publications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CitizenBudgets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IntroAr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IntroFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LinesUpdatedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenBudgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Table = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    TitleAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SummaryAr = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SummaryFr = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MediaId = table.Column<long>(type: "INTEGER", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4604, nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WithdrawnUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CitizenBudgetLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    BudgetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CategoryFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LabelAr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LabelFr = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenBudgetLines_CitizenBudgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "CitizenBudgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenBudgetLines_BudgetId_Position",
                table: "CitizenBudgetLines",
                columns: new[] { "BudgetId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenBudgetLines_TenantId",
                table: "CitizenBudgetLines",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenBudgets_TenantId",
                table: "CitizenBudgets",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenBudgets_TenantId_Year",
                table: "CitizenBudgets",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Publications_TenantId",
                table: "Publications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_TenantId_Category_PeriodTo",
                table: "Publications",
                columns: new[] { "TenantId", "Category", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_TenantId_PublishedOn",
                table: "Publications",
                columns: new[] { "TenantId", "PublishedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CitizenBudgetLines");

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropTable(
                name: "CitizenBudgets");
        }
    }
}
