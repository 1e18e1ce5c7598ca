namespace Preparedness.Web.Features.Reports;

internal static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddSingleton<ReadinessReportService>();
}
