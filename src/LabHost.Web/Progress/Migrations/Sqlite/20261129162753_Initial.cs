using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabHost.Web.Progress.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "learners",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lab_progress",
                columns: table => new
                {
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LabId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WorkspaceState = table.Column<byte[]>(type: "BLOB", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lab_progress", x => new { x.LearnerId, x.LabId });
                    table.ForeignKey(
                        name: "FK_lab_progress_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "learner_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LabId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learner_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learner_events_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "quiz_answers",
                columns: table => new
                {
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LabId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuizId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quiz_answers", x => new { x.LearnerId, x.LabId, x.QuizId });
                    table.ForeignKey(
                        name: "FK_quiz_answers_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "step_progress",
                columns: table => new
                {
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LabId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstCommand = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SolutionViewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    HintsViewed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_progress", x => new { x.LearnerId, x.LabId, x.StepId });
                    table.ForeignKey(
                        name: "FK_step_progress_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_learner_events_LearnerId_LabId_At",
                table: "learner_events",
                columns: new[] { "LearnerId", "LabId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lab_progress");

            migrationBuilder.DropTable(
                name: "learner_events");

            migrationBuilder.DropTable(
                name: "quiz_answers");

            migrationBuilder.DropTable(
                name: "step_progress");

            migrationBuilder.DropTable(
                name: "learners");
        }
    }
}
