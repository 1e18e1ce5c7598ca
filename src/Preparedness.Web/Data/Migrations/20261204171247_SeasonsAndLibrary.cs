using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeasonsAndLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "lesson",
                table: "readiness_tasks",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "lesson_note",
                table: "readiness_tasks",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "library_item_id",
                table: "readiness_tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closed_by_id",
                table: "plans",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closed_by_name",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ends_on",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "opening_key",
                table: "plans",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "previous_plan_id",
                table: "plans",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "library_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: true),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    title_ar = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    title_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    description_ar = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    description_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    unit_ar = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    unit_en = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    owner_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_time_days = table.Column<int>(type: "integer", nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applies_to = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_library_items_governorates_governorate_id",
                        column: x => x.governorate_id,
                        principalTable: "governorates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "season_summaries",
                columns: table => new
                {
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_season_summaries", x => x.plan_id);
                    table.ForeignKey(
                        name: "fk_season_summaries_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_readiness_tasks_library_item_id",
                table: "readiness_tasks",
                column: "library_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_governorate_id_opening_key",
                table: "plans",
                columns: new[] { "governorate_id", "opening_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_previous_plan_id",
                table: "plans",
                column: "previous_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_library_items_governorate_id_code",
                table: "library_items",
                columns: new[] { "governorate_id", "code" },
                unique: true,
                filter: "is_current")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_library_items_governorate_id_code_revision",
                table: "library_items",
                columns: new[] { "governorate_id", "code", "revision" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.AddForeignKey(
                name: "fk_plans_plans_previous_plan_id",
                table: "plans",
                column: "previous_plan_id",
                principalTable: "plans",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_readiness_tasks_library_items_library_item_id",
                table: "readiness_tasks",
                column: "library_item_id",
                principalTable: "library_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // The library becomes data: its first revision, and the tasks already made from it point at it.
            migrationBuilder.Sql(NationalLibrary);
            migrationBuilder.Sql(
                "UPDATE readiness_tasks t SET library_item_id = l.id FROM library_items l " +
                "WHERE l.governorate_id IS NULL AND l.code = t.library_code;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_plans_plans_previous_plan_id",
                table: "plans");

            migrationBuilder.DropForeignKey(
                name: "fk_readiness_tasks_library_items_library_item_id",
                table: "readiness_tasks");

            migrationBuilder.DropTable(
                name: "library_items");

            migrationBuilder.DropTable(
                name: "season_summaries");

            migrationBuilder.DropIndex(
                name: "ix_readiness_tasks_library_item_id",
                table: "readiness_tasks");

            migrationBuilder.DropIndex(
                name: "ix_plans_governorate_id_opening_key",
                table: "plans");

            migrationBuilder.DropIndex(
                name: "ix_plans_previous_plan_id",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "lesson",
                table: "readiness_tasks");

            migrationBuilder.DropColumn(
                name: "lesson_note",
                table: "readiness_tasks");

            migrationBuilder.DropColumn(
                name: "library_item_id",
                table: "readiness_tasks");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "closed_by_id",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "closed_by_name",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "ends_on",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "opening_key",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "previous_plan_id",
                table: "plans");
        }
    }
}
