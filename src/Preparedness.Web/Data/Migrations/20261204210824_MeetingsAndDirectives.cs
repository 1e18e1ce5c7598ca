using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeetingsAndDirectives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation_ids = table.Column<int[]>(type: "integer[]", nullable: false),
                    notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_governorates_governorate_id",
                        column: x => x.governorate_id,
                        principalTable: "governorates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_directives",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    meeting_id = table.Column<int>(type: "integer", nullable: false),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_directives", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_directives_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meeting_directives_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "readiness_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_directives_governorate_id_meeting_id",
                table: "meeting_directives",
                columns: new[] { "governorate_id", "meeting_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_directives_meeting_id",
                table: "meeting_directives",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_directives_task_id",
                table: "meeting_directives",
                column: "task_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_governorate_id_held_on",
                table: "meetings",
                columns: new[] { "governorate_id", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_directives");

            migrationBuilder.DropTable(
                name: "meetings");
        }
    }
}
