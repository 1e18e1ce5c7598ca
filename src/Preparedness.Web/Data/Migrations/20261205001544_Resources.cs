using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Resources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "resource_types",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name_ar = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    has_capacity = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "resource_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    local_unit_id = table.Column<int>(type: "integer", nullable: false),
                    resource_type_id = table.Column<int>(type: "integer", nullable: false),
                    quantity_held = table.Column<int>(type: "integer", nullable: false),
                    quantity_working = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_checked_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    last_checked_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_entries_local_units_local_unit_id",
                        column: x => x.local_unit_id,
                        principalTable: "local_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resource_entries_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resource_entries_resource_types_resource_type_id",
                        column: x => x.resource_type_id,
                        principalTable: "resource_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resource_minimums",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    local_unit_id = table.Column<int>(type: "integer", nullable: false),
                    resource_type_id = table.Column<int>(type: "integer", nullable: false),
                    scenario = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    minimum = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_minimums", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_minimums_local_units_local_unit_id",
                        column: x => x.local_unit_id,
                        principalTable: "local_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resource_minimums_resource_types_resource_type_id",
                        column: x => x.resource_type_id,
                        principalTable: "resource_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resource_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    resource_entry_id = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    quantity_held = table.Column<int>(type: "integer", nullable: false),
                    quantity_working = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_history_resource_entries_resource_entry_id",
                        column: x => x.resource_entry_id,
                        principalTable: "resource_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resource_gap_tasks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    resource_minimum_id = table.Column<int>(type: "integer", nullable: false),
                    task_id = table.Column<int>(type: "integer", nullable: false),
                    gap_at_creation = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_gap_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_gap_tasks_resource_minimums_resource_minimum_id",
                        column: x => x.resource_minimum_id,
                        principalTable: "resource_minimums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_resource_gap_tasks_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "readiness_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // A stock check is written once, like a task's history: the database refuses to change or remove it.
            migrationBuilder.Sql("CREATE TRIGGER resource_history_append_only BEFORE UPDATE OR DELETE ON resource_history FOR EACH ROW EXECUTE FUNCTION refuse_rewriting_history();");
            migrationBuilder.Sql("CREATE TRIGGER resource_history_no_truncate BEFORE TRUNCATE ON resource_history FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewriting_history();");

            migrationBuilder.CreateIndex(
                name: "ix_resource_entries_governorate_id_local_unit_id_resource_type",
                table: "resource_entries",
                columns: new[] { "governorate_id", "local_unit_id", "resource_type_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "quantity_working", "last_checked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_entries_local_unit_id",
                table: "resource_entries",
                column: "local_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_resource_entries_organisation_id_local_unit_id_resource_typ",
                table: "resource_entries",
                columns: new[] { "organisation_id", "local_unit_id", "resource_type_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_entries_resource_type_id",
                table: "resource_entries",
                column: "resource_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_resource_gap_tasks_resource_minimum_id_created_at",
                table: "resource_gap_tasks",
                columns: new[] { "resource_minimum_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_gap_tasks_task_id",
                table: "resource_gap_tasks",
                column: "task_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_history_resource_entry_id_at",
                table: "resource_history",
                columns: new[] { "resource_entry_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_resource_minimums_governorate_id",
                table: "resource_minimums",
                column: "governorate_id");

            migrationBuilder.CreateIndex(
                name: "ix_resource_minimums_local_unit_id_resource_type_id_scenario",
                table: "resource_minimums",
                columns: new[] { "local_unit_id", "resource_type_id", "scenario" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_minimums_resource_type_id",
                table: "resource_minimums",
                column: "resource_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_resource_types_code",
                table: "resource_types",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "resource_gap_tasks");

            migrationBuilder.DropTable(
                name: "resource_history");

            migrationBuilder.DropTable(
                name: "resource_minimums");

            migrationBuilder.DropTable(
                name: "resource_entries");

            migrationBuilder.DropTable(
                name: "resource_types");
        }
    }
}
