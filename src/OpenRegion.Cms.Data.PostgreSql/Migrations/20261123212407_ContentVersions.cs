using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContentVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndsUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LatestVersion",
                table: "ContentItems",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishAtUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishedUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedVersion",
                table: "ContentItems",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartsUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TextChangedUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UnpublishAtUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ContentItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ContentItemId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    PartsJson = table.Column<string>(type: "text", nullable: false),
                    StartsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndsUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RestoredFrom = table.Column<int>(type: "integer", nullable: true)
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
