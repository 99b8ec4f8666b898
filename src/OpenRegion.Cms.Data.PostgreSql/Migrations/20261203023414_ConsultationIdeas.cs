using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationIdeas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CollectsIdeas",
                table: "Consultations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ConsultationIdeas",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "bigint", nullable: false),
                    SectionId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Supports = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnswerAr = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    AnswerFr = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    AnsweredUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProjectTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ProjectUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationIdeas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationIdeas_ConsultationSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "ConsultationSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationIdeaSupports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    IdeaId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationIdeaSupports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationIdeaSupports_ConsultationIdeas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "ConsultationIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeas_SectionId",
                table: "ConsultationIdeas",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeas_TenantId",
                table: "ConsultationIdeas",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeas_TenantId_ConsultationId_SectionId_Supports",
                table: "ConsultationIdeas",
                columns: new[] { "TenantId", "ConsultationId", "SectionId", "Supports" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeaSupports_IdeaId",
                table: "ConsultationIdeaSupports",
                column: "IdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeaSupports_TenantId",
                table: "ConsultationIdeaSupports",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationIdeaSupports_TenantId_IdeaId_UserId",
                table: "ConsultationIdeaSupports",
                columns: new[] { "TenantId", "IdeaId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationIdeaSupports");

            migrationBuilder.DropTable(
                name: "ConsultationIdeas");

            migrationBuilder.DropColumn(
                name: "CollectsIdeas",
                table: "Consultations");
        }
    }
}
