using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContributionPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Contributions_TenantId_ParentId_Id",
                table: "Contributions",
                columns: new[] { "TenantId", "ParentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_TopLevel",
                table: "Contributions",
                columns: new[] { "TenantId", "SectionId", "Id" },
                filter: "\"ParentId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contributions_TenantId_ParentId_Id",
                table: "Contributions");

            migrationBuilder.DropIndex(
                name: "IX_Contributions_TopLevel",
                table: "Contributions");
        }
    }
}
