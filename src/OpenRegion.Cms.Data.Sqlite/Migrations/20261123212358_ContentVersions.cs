using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenRegion.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EndsUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestVersion",
                table: "ContentItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "PublishAtUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublishedUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedVersion",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StartsUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TextChangedUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "UnpublishAtUtc",
                table: "ContentItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContentItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ContentItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    PartsJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartsUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    EndsUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    RestoredFrom = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentItemVersions_ContentItems_ContentItemId",
                        column: x => x.ContentItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Items written before versions existed become version 1 of themselves.
            migrationBuilder.Sql(
                """
                INSERT INTO "ContentItemVersions" ("TenantId", "ContentItemId", "Number", "Slug", "Title", "Body", "PartsJson", "AuthorName", "CreatedUtc")
                SELECT "TenantId", "Id", 1, "Slug", "Title", "Body", "PartsJson", 'migration', "ModifiedUtc" FROM "ContentItems";
                UPDATE "ContentItems" SET "LatestVersion" = 1,
                    "PublishedVersion" = CASE WHEN "Published" THEN 1 ELSE NULL END,
                    "PublishedUtc" = CASE WHEN "Published" THEN "CreatedUtc" ELSE NULL END,
                    "TextChangedUtc" = "ModifiedUtc";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_ContentType_Culture_Slug",
                table: "ContentItems",
                columns: new[] { "TenantId", "ContentType", "Culture", "Slug" },
                unique: true,
                filter: "\"Slug\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_ContentType_Published_PublishedUtc",
                table: "ContentItems",
                columns: new[] { "TenantId", "ContentType", "Published", "PublishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_ContentType_Published_StartsUtc",
                table: "ContentItems",
                columns: new[] { "TenantId", "ContentType", "Published", "StartsUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_PublishAtUtc",
                table: "ContentItems",
                columns: new[] { "TenantId", "PublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_UnpublishAtUtc",
                table: "ContentItems",
                columns: new[] { "TenantId", "UnpublishAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_ContentItemId",
                table: "ContentItemVersions",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_TenantId",
                table: "ContentItemVersions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemVersions_TenantId_ContentItemId_Number",
                table: "ContentItemVersions",
                columns: new[] { "TenantId", "ContentItemId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentItemVersions");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_ContentType_Culture_Slug",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_ContentType_Published_PublishedUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_ContentType_Published_StartsUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_PublishAtUtc",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_UnpublishAtUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "EndsUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "LatestVersion",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "PublishedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "PublishedVersion",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "StartsUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "TextChangedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "ContentItems");
        }
    }
}
