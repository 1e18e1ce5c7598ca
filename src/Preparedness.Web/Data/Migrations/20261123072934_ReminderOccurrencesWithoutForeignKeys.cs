using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReminderOccurrencesWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_reminder_occurrences_governorates_governorate_id",
                table: "reminder_occurrences");

            migrationBuilder.DropForeignKey(
                name: "fk_reminder_occurrences_organisations_organisation_id",
                table: "reminder_occurrences");

            migrationBuilder.DropForeignKey(
                name: "fk_reminder_occurrences_tasks_task_id",
                table: "reminder_occurrences");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "fk_reminder_occurrences_governorates_governorate_id",
                table: "reminder_occurrences",
                column: "governorate_id",
                principalTable: "governorates",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_reminder_occurrences_organisations_organisation_id",
                table: "reminder_occurrences",
                column: "organisation_id",
                principalTable: "organisations",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_reminder_occurrences_tasks_task_id",
                table: "reminder_occurrences",
                column: "task_id",
                principalTable: "readiness_tasks",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
