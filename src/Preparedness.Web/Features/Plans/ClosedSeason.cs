using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Plans;

/// <summary>
/// The one rule that makes a closed season read-only. Every service that changes a task asks it before
/// writing and answers with <see cref="ErrorKey"/> (PlanStrings), so the refusal reads the same everywhere.
/// </summary>
internal static class ClosedSeason
{
    public const string ErrorKey = "Season.Closed";

    /// <summary>
    /// True when the plan is closed. Takes a share lock on the plan's row when the caller is inside a
    /// transaction, so a season cannot close between this check and the caller's commit.
    /// </summary>
    public static async Task<bool> IsClosedAsync(this PreparednessDbContext db, int planId, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT closed_at IS NOT NULL AS \"Value\" FROM plans WHERE id = {planId} FOR SHARE")
            .SingleOrDefaultAsync(ct);
}
