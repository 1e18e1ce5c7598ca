namespace Preparedness.Benchmarks.Measuring;

internal enum Operation
{
    Dashboard,
    ListAll,
    OrganisationOverdue,
    Search,
    SearchPlace,
    SearchTitleAndPlace,
}

/// <summary>How each operation is named in the report and the p95 the issue allows it.</summary>
internal static class OperationInfo
{
    public static string Describe(this Operation operation) => operation switch
    {
        Operation.Dashboard => "dashboard figures (1 governorate)",
        Operation.ListAll => "task list p0/25, no filter",
        Operation.OrganisationOverdue => "task list p0/25, organisation + overdue",
        Operation.Search => $"task list p0/25, text \"{Operations.SearchTerm}\"",
        Operation.SearchPlace => $"task list p0/25, place \"{Operations.PlaceTerm}\"",
        Operation.SearchTitleAndPlace => $"task list p0/25, text \"{Operations.TitleAndPlaceTerm}\"",
        _ => operation.ToString(),
    };

    public static double BudgetMs(this Operation operation) => operation == Operation.Dashboard ? 20 : 30;
}
