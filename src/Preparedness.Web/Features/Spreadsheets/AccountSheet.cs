using Preparedness.Web.Features.Accounts.Administration;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// The accounts sheet: who, in which role, where — never a password hash, security stamp, second-factor
/// key or recovery code (the row it reads carries none).
/// </summary>
internal static class AccountSheet
{
    public const string Name = "accounts";

    public static readonly IReadOnlyList<SheetColumn<AccountExportRow>> Columns =
    [
        new("email", r => r.Email),
        new("display_name", r => r.DisplayName),
        new("role", r => r.Role),
        new("governorate_code", r => r.GovernorateCode),
        new("organisation_code", r => r.OrganisationCode),
        new("active", r => r.IsActive),
    ];
}
