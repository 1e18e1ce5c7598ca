using System.Globalization;
using Preparedness.Web.Features.Security;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// The task list's filter, sort and page as they travel in the address: read by the list page and by the
/// spreadsheet export, written by the page's links, so an exported file holds exactly the list's rows.
/// It alone decides the default: an address without a status shows open work (not done), the list people
/// come to act on; <c>status=all</c> shows every task, <c>status=Verified</c> (etc.) one status.
/// </summary>
internal static class TaskListQuery
{
    public const int PageSize = 25;

    public const string AllStatuses = "all";

    /// <summary>The list an address without filters shows, and where "clear filters" goes back to.</summary>
    public static readonly TaskFilter Default = new() { OpenOnly = true };

    public static (TaskFilter Filter, TaskPageRequest Request) Parse(IQueryCollection query)
    {
        var filter = new TaskFilter
        {
            Status = Enum.TryParse<TaskStatus>(query["status"], true, out var s) && Enum.IsDefined(s) ? s : null,
            OrganisationId = Int(query["org"]),
            LocalUnitId = Int(query["unit"]),
            Category = Enum.TryParse<TaskCategory>(query["category"], true, out var c) ? c : null,
            Priority = Enum.TryParse<TaskPriority>(query["priority"], true, out var p) ? p : null,
            Overdue = Flag(query["overdue"]),
            AtRisk = Flag(query["atrisk"]),
            Stale = Flag(query["stale"]),
            Text = string.IsNullOrWhiteSpace(query["q"]) || UntrustedText.HasControlCharacters(query["q"]) ? null : query["q"].ToString(),
            StormCode = string.IsNullOrWhiteSpace(query["storm"]) ? null : query["storm"].ToString(),
            PlanId = Int(query["season"]),
        };
        filter = filter with { OpenOnly = filter.Status is null && !string.Equals(query["status"], AllStatuses, StringComparison.OrdinalIgnoreCase) };
        var sort = Enum.TryParse<TaskSort>(query["sort"], true, out var sortBy) ? sortBy : TaskSort.DueOn;
        return (filter, new TaskPageRequest(UntrustedText.Page(Int(query["page"]) ?? 0), PageSize, sort, Flag(query["desc"])));
    }

    /// <summary>What <see cref="Parse"/> had to leave out (a number that is none, a NUL byte): the page says so.</summary>
    public static IReadOnlyList<string> Problems(IQueryCollection query) => UntrustedText.Problems(query, "org", "unit", "season", "page");

    /// <summary>The address's query parts for a filter; empty values and false flags are left out.</summary>
    public static (string Key, object? Value)[] Format(TaskFilter f, TaskSort sort, bool descending, int pageIndex) =>
    [
        ("status", f.Status is { } status ? status : f.OpenOnly ? null : (object)AllStatuses), ("org", f.OrganisationId), ("unit", f.LocalUnitId), ("category", f.Category),
        ("priority", f.Priority), ("overdue", f.Overdue), ("atrisk", f.AtRisk), ("stale", f.Stale),
        ("q", string.IsNullOrWhiteSpace(f.Text) ? null : f.Text), ("sort", sort == TaskSort.DueOn ? null : sort),
        ("desc", descending), ("page", pageIndex == 0 ? null : pageIndex), ("storm", f.StormCode), ("season", f.PlanId),
    ];

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool Flag(string? value) => bool.TryParse(value, out var b) && b;
}
