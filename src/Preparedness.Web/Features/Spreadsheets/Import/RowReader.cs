using System.Globalization;
using Preparedness.Web.Components.Shared;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// Reads one row's cells into typed values, adding an error that names the row and column for each bad
/// cell. Numbers and dates accept Arabic-Indic digits as the app's fields do (<see cref="TypedNumbers"/>).
/// </summary>
internal sealed class RowReader(string sheet, ImportRow row, List<ImportError> errors)
{
    public int Number => row.Number;

    public void Fail(string column, string message) => errors.Add(new ImportError(sheet, row.Number, column, message));

    /// <summary>Trimmed text, null when empty; longer than <paramref name="max"/> is an error.</summary>
    public string? Text(string column, int max, bool required = false)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required) Fail(column, "Import.Required");
            return null;
        }

        if (text.Length > max)
        {
            Fail(column, "Import.TooLong");
            return null;
        }

        return text;
    }

    public decimal? Decimal(string column)
    {
        var text = TypedNumbers.Latin(row[column])!.Replace("\u066C", "", StringComparison.Ordinal);
        if (text.Length == 0) return null;
        if (decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)) return value;
        Fail(column, "Import.NumberInvalid");
        return null;
    }

    public int? Integer(string column)
    {
        var text = TypedNumbers.Latin(row[column])!;
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        Fail(column, "Import.NumberInvalid");
        return null;
    }

    /// <summary>yyyy-MM-dd, as the export writes it (a date cell of a spreadsheet arrives in that form too).</summary>
    public DateOnly? Date(string column)
    {
        var text = TypedNumbers.Latin(row[column])!;
        if (text.Length == 0) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy-MM-dd HH:mm"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly.FromDateTime(date);
        Fail(column, "Import.DateInvalid");
        return null;
    }

    /// <summary>An enum by its English name, as the export writes it (case ignored); never a number.</summary>
    public TEnum? Choice<TEnum>(string column, bool required = false)
        where TEnum : struct, Enum
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required) Fail(column, "Import.Required");
            return null;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<TEnum>(name);
        Fail(column, "Import.ChoiceInvalid");
        return null;
    }

    public bool? Flag(string column)
    {
        var text = row[column].ToLowerInvariant();
        switch (text)
        {
            case "": return null;
            case "true" or "1" or "yes": return true;
            case "false" or "0" or "no": return false;
            default:
                Fail(column, "Import.FlagInvalid");
                return null;
        }
    }
}
