using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OpenRegion.Cms.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationsCoCreationAndAdvisoryBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AttachmentId",
                table: "Contributions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CollectsIdeas",
                table: "Consultations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AdvisoryBodies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NameAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MandateAr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    MandateFr = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryBodies", x => x.Id);
                });

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
                name: "ConsultationParticipants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ConsultationId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationParticipants_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "AdvisoryBodyMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    BodyId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MandateStart = table.Column<DateOnly>(type: "date", nullable: false),
                    MandateEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryBodyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisoryBodyMembers_AdvisoryBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "AdvisoryBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdvisoryOpinions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    BodyId = table.Column<long>(type: "bigint", nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectAr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SubjectFr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    QuestionAr = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    QuestionFr = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentIds = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    OpenedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AdoptedVersion = table.Column<int>(type: "integer", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VotesFor = table.Column<int>(type: "integer", nullable: true),
                    VotesAgainst = table.Column<int>(type: "integer", nullable: true),
                    Abstentions = table.Column<int>(type: "integer", nullable: true),
                    SubmittedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResponseAr = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ResponseFr = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RespondedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RespondedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisoryOpinions_AdvisoryBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "AdvisoryBodies",
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

            migrationBuilder.CreateTable(
                name: "AdvisoryOpinionComments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    OpinionId = table.Column<long>(type: "bigint", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryOpinionComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisoryOpinionComments_AdvisoryOpinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "AdvisoryOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdvisoryOpinionVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    OpinionId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvisoryOpinionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvisoryOpinionVersions_AdvisoryOpinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "AdvisoryOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodies_TenantId",
                table: "AdvisoryBodies",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodies_TenantId_Slug",
                table: "AdvisoryBodies",
                columns: new[] { "TenantId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodyMembers_BodyId",
                table: "AdvisoryBodyMembers",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodyMembers_TenantId",
                table: "AdvisoryBodyMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodyMembers_TenantId_BodyId_UserId",
                table: "AdvisoryBodyMembers",
                columns: new[] { "TenantId", "BodyId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryBodyMembers_TenantId_UserId",
                table: "AdvisoryBodyMembers",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionComments_OpinionId",
                table: "AdvisoryOpinionComments",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionComments_TenantId",
                table: "AdvisoryOpinionComments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionComments_TenantId_OpinionId_Id",
                table: "AdvisoryOpinionComments",
                columns: new[] { "TenantId", "OpinionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinions_BodyId",
                table: "AdvisoryOpinions",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinions_TenantId",
                table: "AdvisoryOpinions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinions_TenantId_BodyId_OpenedUtc",
                table: "AdvisoryOpinions",
                columns: new[] { "TenantId", "BodyId", "OpenedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinions_TenantId_Reference",
                table: "AdvisoryOpinions",
                columns: new[] { "TenantId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionVersions_OpinionId",
                table: "AdvisoryOpinionVersions",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionVersions_TenantId",
                table: "AdvisoryOpinionVersions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvisoryOpinionVersions_TenantId_OpinionId_Number",
                table: "AdvisoryOpinionVersions",
                columns: new[] { "TenantId", "OpinionId", "Number" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationParticipants_ConsultationId",
                table: "ConsultationParticipants",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationParticipants_TenantId",
                table: "ConsultationParticipants",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationParticipants_TenantId_ConsultationId_UserId",
                table: "ConsultationParticipants",
                columns: new[] { "TenantId", "ConsultationId", "UserId" },
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
                name: "AdvisoryBodyMembers");

            migrationBuilder.DropTable(
                name: "AdvisoryOpinionComments");

            migrationBuilder.DropTable(
                name: "AdvisoryOpinionVersions");

            migrationBuilder.DropTable(
                name: "ConsultationAnswers");

            migrationBuilder.DropTable(
                name: "ConsultationIdeaSupports");

            migrationBuilder.DropTable(
                name: "ConsultationParticipants");

            migrationBuilder.DropTable(
                name: "AdvisoryOpinions");

            migrationBuilder.DropTable(
                name: "ConsultationQuestions");

            migrationBuilder.DropTable(
                name: "ConsultationIdeas");

            migrationBuilder.DropTable(
                name: "AdvisoryBodies");

            migrationBuilder.DropColumn(
                name: "AttachmentId",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "CollectsIdeas",
                table: "Consultations");
        }
    }
}
