using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationQuestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PromptAr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PromptFr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OptionsAr = table.Column<string>(type: "character varying(2412)", maxLength: 2412, nullable: false),
                    OptionsFr = table.Column<string>(type: "character varying(2412)", maxLength: 2412, nullable: false),
                    ScaleMin = table.Column<int>(type: "integer", nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    MaxChoices = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationQuestions_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "bigint", nullable: false),
                    QuestionId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationAnswers_ConsultationQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ConsultationQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAnswers_QuestionId",
                table: "ConsultationAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAnswers_TenantId",
                table: "ConsultationAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAnswers_TenantId_ConsultationId_UserId",
                table: "ConsultationAnswers",
                columns: new[] { "TenantId", "ConsultationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationAnswers_TenantId_QuestionId_UserId",
                table: "ConsultationAnswers",
                columns: new[] { "TenantId", "QuestionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationQuestions_ConsultationId",
                table: "ConsultationQuestions",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationQuestions_TenantId",
                table: "ConsultationQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationQuestions_TenantId_ConsultationId_Position",
                table: "ConsultationQuestions",
                columns: new[] { "TenantId", "ConsultationId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationAnswers");

            migrationBuilder.DropTable(
                name: "ConsultationQuestions");
        }
    }
}
