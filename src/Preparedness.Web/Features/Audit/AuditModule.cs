using Microsoft.AspNetCore.Diagnostics;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Audit;

internal static class AuditModule
{
    public const string ExportPath = "/audit/export.csv";

    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddSingleton<AuditQueries>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        // The same permission as the page, asked on the server: a link is not a permission.
        endpoints.MapGet(ExportPath, async (HttpContext http, AuditQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            if (Actor.From(http.User) is not { CanAdministerAccounts: true } actor)
            {
                // A bare status: the friendly "not found" page is for people following a link.
                http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            var filter = AuditQueryString.Parse(http.Request.Query);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{Localization.CairoTime.Today(clock):yyyy-MM-dd}.csv\"";
            await AuditCsv.WriteAsync(http.Response.Body, queries.ExportAsync(actor, filter, ct), ct);
        }).RequireAuthorization();
        return endpoints;
    }
}
