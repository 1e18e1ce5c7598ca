using Preparedness.Web.Features.Tasks.Library;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// The partner's work beyond the library's one task for it (T52, coordinating rescue teams): the Red Crescent also
/// checks its own relief stock, its copy of T50, which names it among the supporting bodies. Added after the random
/// spread and written with a random of its own, so the rest of the demo is the same as without it.
/// </summary>
internal static class DemoPartnerWork
{
    public const string PartnerCode = "red-crescent";

    public static IEnumerable<DemoTaskState> For(DemoStructure structure, TaskLibrary library, DateOnly today)
    {
        if (!structure.Organisations.TryGetValue(PartnerCode, out var partner)
            || library.For(structure.Governorate.Code).FirstOrDefault(t => t.Code == "T50") is not { } relief)
        {
            yield break;
        }

        var draft = new DemoTaskDraft(relief, partner, null, relief.Measure, relief.Target, relief.UnitAr, relief.UnitEn);
        yield return new DemoTaskState(draft, today.AddDays(12), TaskStatus.NotStarted, 0, 1);
    }
}
