using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReminderTablesWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_notification_deliveries_notifications_notification_id",
                table: "notification_deliveries");

            migrationBuilder.DropForeignKey(
                name: "fk_notifications_asp_net_users_recipient_user_id",
                table: "notifications");

            migrationBuilder.DropForeignKey(
                name: "fk_notifications_reminder_occurrences_occurrence_id",
                table: "notifications");

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
                name: "fk_notification_deliveries_notifications_notification_id",
                table: "notification_deliveries",
                column: "notification_id",
                principalTable: "notifications",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_notifications_asp_net_users_recipient_user_id",
                table: "notifications",
                column: "recipient_user_id",
                principalTable: "AspNetUsers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_notifications_reminder_occurrences_occurrence_id",
                table: "notifications",
                column: "occurrence_id",
                principalTable: "reminder_occurrences",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

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
