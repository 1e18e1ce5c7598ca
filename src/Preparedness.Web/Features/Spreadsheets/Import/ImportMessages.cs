using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// An error's words in the reader's language: the import's own messages, the form rules' messages it reuses
/// (task and structure rules in the shared strings, account rules in the accounts' strings), and the column's title.
/// </summary>
internal sealed class ImportMessages(IStringLocalizer<ImportStrings> import, IStringLocalizer<Strings> shared, IStringLocalizer<AccountStrings> accounts)
{
    public string this[string key] => import[key];

    public string Message(string key) =>
        key.StartsWith("Import.", StringComparison.Ordinal) ? import[key]
        : key.StartsWith("Accounts.", StringComparison.Ordinal) ? accounts[key]
        : shared[key];

    public string Column(string key) => key.Length == 0 ? "" : $"{shared[$"Sheet.{key}"]} ({key})";

    public string Sheet(string sheet) => sheet switch
    {
        StructureSheets.Units => shared["Structure.Units"],
        StructureSheets.Organisations => shared["Structure.Organisations"],
        _ => "",
    };

    /// <summary>One line: where (sheet, row, column) and what is wrong.</summary>
    public string Describe(ImportError error)
    {
        var sheet = Sheet(error.Sheet) is { Length: > 0 } name ? $"{name}: " : "";
        return error.Row == 0
            ? Message(error.Message)
            : $"{sheet}{string.Format(import["Import.At"], error.Row, Column(error.Column))} {Message(error.Message)}";
    }
}
