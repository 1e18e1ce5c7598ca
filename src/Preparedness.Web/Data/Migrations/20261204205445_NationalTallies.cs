using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NationalTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_readiness_tasks_season_figures",
                table: "readiness_tasks",
                columns: new[] { "governorate_id", "plan_id", "due_on", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "organisation_id", "local_unit_id", "category", "storm_code", "status", "priority", "measure", "target", "achieved", "last_updated_at" });

            migrationBuilder.Sql(Table);
            migrationBuilder.Sql(Rows);
            migrationBuilder.Sql(Follow);
            migrationBuilder.Sql(Fill);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Drop);
            migrationBuilder.DropIndex(
                name: "ix_readiness_tasks_season_figures",
                table: "readiness_tasks");
        }
    }
}
