using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Changes made to the demo data through the app's own services, as an organisation head would.</summary>
internal static class DemoChanges
{
    /// <summary>Records a note (and a new status) on an open task of <paramref name="organisationCode"/>; returns the task id.</summary>
    public static async Task<int> RecordProgressAsync(IServiceProvider services, string governorateCode, string organisationCode, string note, uint? staleVersion = null)
    {
        var (task, head) = await OpenTaskAsync(services, governorateCode, organisationCode);
        var update = new ProgressUpdate(TaskStatus.InProgress, task.Measure == MeasureKind.Quantity ? Math.Min(task.Achieved + 1, task.Target ?? 0) : null, null, note, staleVersion ?? task.Version);
        var result = await services.GetRequiredService<ProgressService>().UpdateAsync(head, task.Id, update);
        return staleVersion is null && !result.Succeeded ? throw new InvalidOperationException(string.Join(", ", result.Errors)) : task.Id;
    }

    public static async Task<(ReadinessTask Task, Actor Head)> OpenTaskAsync(IServiceProvider services, string governorateCode, string organisationCode)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var organisation = await db.Organisations.Include(o => o.Governorate).SingleAsync(o => o.Code == organisationCode && o.Governorate!.Code == governorateCode);
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.OrganisationId == organisation.Id && t.Status != TaskStatus.Verified && t.Status != TaskStatus.ReportedDone)
            .OrderBy(t => t.Id)
            .FirstAsync();
        return (task, new Actor($"test-{organisationCode}", $"Head of {organisationCode}", Roles.OrganisationHead, organisation.GovernorateId, organisation.Id));
    }

    public static async Task<int> GovernorateIdAsync(IServiceProvider services, string code)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.Governorates.Where(g => g.Code == code).Select(g => g.Id).SingleAsync();
    }
}
