using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Spreadsheets.Import.Structure;
using Preparedness.Web.Features.Spreadsheets.Import.Tasks;
using Preparedness.Web.Features.Spreadsheets.Import.Users;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Spreadsheets;

internal static class SpreadsheetsModule
{
    public static IServiceCollection AddSpreadsheets(this IServiceCollection services) =>
        services
            .AddSingleton<StructureQueries>()
            .AddSingleton<SheetTitles>()
            .AddSingleton<ImportMessages>()
            .AddSingleton<ImportService>()
            .AddSingleton<IImporter, StructureImporter>()
            .AddSingleton<IImporter, UserImporter>()
            .AddSingleton<IImporter, TaskImporter>();

    /// <summary>
    /// /export/tasks, /export/structure and /export/accounts, each .xlsx or .csv. The permission is the one
    /// the matching page's query asks, asked again here by that same query; a refusal is thrown before
    /// anything is written, and AccessDeniedHandler answers 403.
    /// </summary>
    public static IEndpointRouteBuilder MapSpreadsheets(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/export").RequireAuthorization();
        export.MapGet("/tasks.{format}", ExportTasksAsync);
        export.MapGet("/structure.{format}", ExportStructureAsync);
        export.MapGet("/accounts.{format}", ExportAccountsAsync);
        return endpoints;
    }

    private static async Task ExportTasksAsync(
        string format, HttpContext http, TaskQueries tasks, GovernorateDirectory directory, IStringLocalizer<Strings> strings, CancellationToken ct)
    {
        var actor = ActorOf(http);
        var governorateId = await ExportScope.GovernorateAsync(actor, http.Request.Query, directory, ct);
        var (filter, order) = TaskListQuery.Parse(http.Request.Query);
        var rows = tasks.StreamAsync(actor, governorateId, filter, order, TaskSheet.MaxRows, TaskSheet.Project, ct);
        await SheetResponse.WriteAsync(http, format, "tasks", [SheetData.Of(TaskSheet.Name, TaskSheet.Columns, rows)], strings, ct);
    }

    private static async Task ExportStructureAsync(
        string format, HttpContext http, StructureQueries structure, GovernorateDirectory directory, IStringLocalizer<Strings> strings, CancellationToken ct)
    {
        var actor = ActorOf(http);
        var governorateId = await ExportScope.GovernorateAsync(actor, http.Request.Query, directory, ct);
        var units = SheetData.Of(StructureSheets.Units, StructureSheets.UnitColumns, await structure.UnitsAsync(actor, governorateId, ct));
        var organisations = SheetData.Of(
            StructureSheets.Organisations, StructureSheets.OrganisationColumns, await structure.OrganisationsAsync(actor, governorateId, ct));
        await SheetResponse.WriteAsync(http, format, "structure", [units, organisations], strings, ct);
    }

    private static async Task ExportAccountsAsync(
        string format, HttpContext http, AccountQueries accounts, IStringLocalizer<Strings> strings, CancellationToken ct)
    {
        var rows = accounts.ExportAsync(ActorOf(http), AccountQueryString.Parse(http.Request.Query), ct);
        await SheetResponse.WriteAsync(http, format, "accounts", [SheetData.Of(AccountSheet.Name, AccountSheet.Columns, rows)], strings, ct);
    }

    private static Actor ActorOf(HttpContext http) =>
        Actor.From(http.User) ?? throw new AccessDeniedException("The signed-in user has no role.");
}
