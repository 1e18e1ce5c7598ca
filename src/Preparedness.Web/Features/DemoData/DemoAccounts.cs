using System.Text;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.DemoData;

/// <param name="OrganisationCode">The organisation an organisation head (or a partner) changes tasks for: a
/// directorates.json id, or a local unit id for a local council.</param>
internal sealed record DemoAccount(
    string UserName,
    string DisplayName,
    string Role,
    string? GovernorateCode,
    string? OrganisationCode);

/// <summary>
/// The demo sign-ins, published on purpose (README, console at start-up): one per role for each
/// governorate, plus the heads who walk the product's journeys. Display names are neutral titles,
/// not the names of the real office holders, who change often.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>Meets the Identity policy the app sets: 10+ characters, upper, lower, digit and symbol.</summary>
    public const string Password = "Readiness-2026";

    public const string Domain = "preparedness.demo";

    public const string Luxor = "luxor";

    public const string Alexandria = "alexandria";

    // Alexandria has two companies where Luxor has one: water (AWCO) and sanitation, which owns the
    // drains. The sanitation head walks the "drains cleaned 120 of 150" journey there; the water head
    // gets an account too so that both utilities can be shown.
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new($"admin@{Domain}", "مسؤول النظام", Roles.Administrator, null, null),
        new($"national@{Domain}", "غرفة العمليات المركزية بمجلس الوزراء", Roles.National, null, null),

        new($"sg.luxor@{Domain}", "السكرتير العام لمحافظة الأقصر", Roles.Secretariat, Luxor, null),
        new($"adviser.luxor@{Domain}", "المستشار العسكري لمحافظة الأقصر", Roles.MilitaryAdviser, Luxor, null),
        new($"governor.luxor@{Domain}", "محافظ الأقصر", Roles.Governor, Luxor, null),
        new($"ops.luxor@{Domain}", "غرفة العمليات الرئيسية بمحافظة الأقصر", Roles.OperationsRoom, Luxor, null),
        new($"water.luxor@{Domain}", "رئيس شركة مياه الشرب والصرف الصحي بالأقصر", Roles.OrganisationHead, Luxor, "water-luxor"),
        new($"health.luxor@{Domain}", "وكيل وزارة الصحة بالأقصر", Roles.OrganisationHead, Luxor, "dir-health"),
        new($"esna.luxor@{Domain}", "رئيس مركز ومدينة إسنا", Roles.OrganisationHead, Luxor, "lx-esna"),
        new($"redcrescent.luxor@{Domain}", "مدير فرع الهلال الأحمر المصري بالأقصر", Roles.Partner, Luxor, DemoPartnerWork.PartnerCode),

        new($"sg.alex@{Domain}", "السكرتير العام لمحافظة الإسكندرية", Roles.Secretariat, Alexandria, null),
        new($"adviser.alex@{Domain}", "المستشار العسكري لمحافظة الإسكندرية", Roles.MilitaryAdviser, Alexandria, null),
        new($"governor.alex@{Domain}", "محافظ الإسكندرية", Roles.Governor, Alexandria, null),
        new($"ops.alex@{Domain}", "غرفة العمليات الرئيسية بمحافظة الإسكندرية", Roles.OperationsRoom, Alexandria, null),
        new($"sanitation.alex@{Domain}", "رئيس شركة الصرف الصحي بالإسكندرية", Roles.OrganisationHead, Alexandria, "sanitation-alex"),
        new($"water.alex@{Domain}", "رئيس شركة مياه الشرب بالإسكندرية", Roles.OrganisationHead, Alexandria, "water-alex"),
        new($"health.alex@{Domain}", "وكيل وزارة الصحة بالإسكندرية", Roles.OrganisationHead, Alexandria, "dir-health"),
        new($"central.alex@{Domain}", "رئيس حي وسط الإسكندرية", Roles.OrganisationHead, Alexandria, "ax-central"),
        new($"redcrescent.alex@{Domain}", "مدير فرع الهلال الأحمر المصري بالإسكندرية", Roles.Partner, Alexandria, DemoPartnerWork.PartnerCode),
    ];

    public static IEnumerable<DemoAccount> For(string governorateCode) =>
        All.Where(a => a.GovernorateCode == governorateCode);

    /// <summary>A plain-text table for the console; Arabic display names are left out because
    /// terminals cannot align right-to-left text.</summary>
    public static string DescribeAccounts()
    {
        string[] header = ["User", "Role", "Governorate", "Organisation", "Password"];
        var rows = All
            .Select(a => new[] { a.UserName, a.Role, a.GovernorateCode ?? "(all)", a.OrganisationCode ?? "", Password })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).AppendLine();
            if (ReferenceEquals(row, header))
            {
                text.AppendJoin("  ", widths.Select(w => new string('-', w))).AppendLine();
            }
        }

        return text.ToString().TrimEnd();
    }
}
