using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Audit;

internal static class AuditModule
{
    public const string ExportPath = "/audit/export.csv";

    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddSingleton<AuditQueries>().AddSingleton<AuditWords>();

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder endpoints)
    {
        // The same permission as the page, asked on the server by the same query: a link is not a
        // permission. A refusal is thrown before anything is written; AccessDeniedHandler answers 403.
        endpoints.MapGet(ExportPath, async (HttpContext http, AuditQueries queries, AuditWords words, TimeProvider clock, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User) ?? throw new AccessDeniedException("The signed-in user has no role.");
            if (AuditQueryString.Problems(http.Request.Query) is { Count: > 0 } problems)
            {
                // A filter that cannot be applied must not give a file that looks like "nothing happened".
                var text = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Security.SecurityStrings>>();
                await Results.Text(text["Input.ExportRefused", string.Join(", ", problems)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
                return;
            }

            var rows = queries.ExportAsync(actor, AuditQueryString.Parse(http.Request.Query), ct);
            var names = await queries.NamesAsync(actor, ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{Localization.CairoTime.Today(clock):yyyy-MM-dd}.csv\"";
            await AuditCsv.WriteAsync(http.Response.Body, rows, words, names, ct);
        }).RequireAuthorization();
        return endpoints;
    }
}
