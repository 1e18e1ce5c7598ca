using System.Globalization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// Which governorate an export is about, chosen as the pages choose it: the actor's own, or for an
/// administrator the one in "?gov=" (else the first). Never the address's for anyone else.
/// </summary>
internal static class ExportScope
{
    public static async Task<int> GovernorateAsync(Actor actor, IQueryCollection query, GovernorateDirectory directory, CancellationToken ct)
    {
        if (actor.GovernorateId is { } own)
        {
            return own;
        }

        var governorates = await directory.GovernoratesAsync(actor, ct);
        var requested = int.TryParse(query["gov"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : (int?)null;
        return governorates.FirstOrDefault(x => x.Id == requested)?.Id
            ?? governorates.FirstOrDefault()?.Id
            ?? throw new AccessDeniedException($"{actor.UserId} reads no governorate");
    }
}
