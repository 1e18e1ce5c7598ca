namespace Preparedness.Web.Components.Shared;

/// <summary>
/// The spreadsheet exports' addresses, relative to the site: the pages that link to them (tasks, users)
/// are features the export itself uses, so the addresses live here rather than in either.
/// </summary>
internal static class ExportLinks
{
    public const string TasksXlsx = "export/tasks.xlsx";
    public const string TasksCsv = "export/tasks.csv";
    public const string StructureXlsx = "export/structure.xlsx";
    public const string StructureCsv = "export/structure.csv";
    public const string AccountsXlsx = "export/accounts.xlsx";
    public const string AccountsCsv = "export/accounts.csv";
}
