using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SaveIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nullable, no default: no history row is rewritten, so the append-only triggers stay untouched and the
            // entries written before keep no key. The runtime role's table-wide SELECT and INSERT cover the column.
            migrationBuilder.AddColumn<Guid>(
                name: "idempotency_key",
                table: "task_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_history_idempotency_key",
                table: "task_history",
                column: "idempotency_key",
                unique: true,
                filter: "idempotency_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_task_history_idempotency_key",
                table: "task_history");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                table: "task_history");
        }
    }
}
