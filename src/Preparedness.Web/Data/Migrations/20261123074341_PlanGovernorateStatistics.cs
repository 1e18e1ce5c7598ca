using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preparedness.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanGovernorateStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A plan belongs to one governorate; without this the planner multiplies the two filters'
            // selectivities (153 rows estimated, 4,000 actual) and sorts a whole governorate to show one list page.
            migrationBuilder.Sql("CREATE STATISTICS readiness_tasks_plan_governorate (dependencies) ON plan_id, governorate_id FROM readiness_tasks;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP STATISTICS IF EXISTS readiness_tasks_plan_governorate;");
        }
    }
}
