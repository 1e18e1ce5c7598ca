using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Reports;

internal static class ReportSubjects
{
    /// <summary>
    /// The governorate, or the unit or organisation asked for with its governorate; null when it does not exist
    /// or belongs to a governorate the actor may not read (another governorate's records look absent).
    /// </summary>
    public static async Task<ReportSubject?> FindAsync(PreparednessDbContext db, Actor actor, int governorateId, int? unitId, int? organisationId, CancellationToken ct)
    {
        var subject = (unitId, organisationId) switch
        {
            ({ } unit, _) => await db.LocalUnits.AsNoTracking().Where(u => u.Id == unit)
                .Select(u => new ReportSubject(u.GovernorateId, u.Id, null, u.NameAr, u.NameEn)).SingleOrDefaultAsync(ct),
            (_, { } organisation) => await db.Organisations.AsNoTracking().Where(o => o.Id == organisation)
                .Select(o => new ReportSubject(o.GovernorateId, null, o.Id, o.NameAr, o.NameEn)).SingleOrDefaultAsync(ct),
            _ => await db.Governorates.AsNoTracking().Where(g => g.Id == governorateId)
                .Select(g => new ReportSubject(g.Id, null, null, g.NameAr, g.NameEn)).SingleOrDefaultAsync(ct),
        };
        return subject is not null && (actor.CanRead(subject.GovernorateId) || subject.Scope is null) ? subject : null;
    }
}
