using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HealthPack : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "health_facilities",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    local_unit_id = table.Column<int>(type: "integer", nullable: true),
                    holder_organisation_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name_ar = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    beds = table.Column<int>(type: "integer", nullable: false),
                    icu_beds = table.Column<int>(type: "integer", nullable: false),
                    emergency_open = table.Column<bool>(type: "boolean", nullable: false),
                    generator_tested = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_facilities", x => x.id);
                    table.ForeignKey(
                        name: "fk_health_facilities_governorates_governorate_id",
                        column: x => x.governorate_id,
                        principalTable: "governorates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_health_facilities_local_units_local_unit_id",
                        column: x => x.local_unit_id,
                        principalTable: "local_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_health_facilities_organisations_holder_organisation_id",
                        column: x => x.holder_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "blood_stocks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    governorate_id = table.Column<int>(type: "integer", nullable: false),
                    facility_id = table.Column<int>(type: "integer", nullable: false),
                    group = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    units_on_hand = table.Column<int>(type: "integer", nullable: false),
                    daily_use = table.Column<decimal>(type: "numeric(9,1)", precision: 9, scale: 1, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_low = table.Column<bool>(type: "boolean", nullable: false),
                    low_crossings = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blood_stocks", x => x.id);
                    table.ForeignKey(
                        name: "fk_blood_stocks_health_facilities_facility_id",
                        column: x => x.facility_id,
                        principalTable: "health_facilities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_blood_stocks_facility_id_group",
                table: "blood_stocks",
                columns: new[] { "facility_id", "group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_blood_stocks_governorate_id",
                table: "blood_stocks",
                column: "governorate_id");

            migrationBuilder.CreateIndex(
                name: "ix_health_facilities_governorate_id",
                table: "health_facilities",
                column: "governorate_id");

            migrationBuilder.CreateIndex(
                name: "ix_health_facilities_holder_organisation_id",
                table: "health_facilities",
                column: "holder_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_health_facilities_local_unit_id",
                table: "health_facilities",
                column: "local_unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "blood_stocks");

            migrationBuilder.DropTable(
                name: "health_facilities");
        }
    }
}
