using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// Fixes the few tasks the product's journeys walk through, so that they can be shown on any day the
/// demo is started whatever the random spread gave: Esna has overdue work to click into, and the
/// water-and-wastewater heads have drains half cleaned this week, something overdue and something later; the
/// Red Crescent's partner account has its coordination task open this week.
/// </summary>
internal static class DemoPins
{
    private sealed record Pin(
        string Governorate,
        string Code,
        string OwnerCode,
        int DueInDays,
        TaskStatus Status,
        decimal Achieved,
        int UpdatedDaysAgo,
        string? BlockedReason = null);

    // The Luxor drains stand at 95 of 150 so that the head can record "120 of 150" in the demo.
    private static readonly Pin[] Pins =
    [
        new(DemoAccounts.Luxor, "T20", "water-luxor", 3, TaskStatus.InProgress, 95, 2),
        new(DemoAccounts.Luxor, "T23", "water-luxor", -6, TaskStatus.InProgress, 17, 3),
        new(DemoAccounts.Luxor, "T42", "water-luxor", 24, TaskStatus.NotStarted, 0, 4),
        new(DemoAccounts.Luxor, "T15", "lx-esna", -12, TaskStatus.Blocked, 0, 5,
            "في انتظار صدور قرارات الإزالة للتعديات على مخر زرنيخ من الإدارة الهندسية"),
        new(DemoAccounts.Luxor, "T05", "lx-esna", -4, TaskStatus.InProgress, 0, 2),
        new(DemoAccounts.Luxor, "T35", "lx-esna", 10, TaskStatus.NotStarted, 0, 1),
        new(DemoAccounts.Luxor, "T52", DemoPartnerWork.PartnerCode, 5, TaskStatus.InProgress, 0, 2),
        new(DemoAccounts.Alexandria, "T20", "sanitation-alex", 2, TaskStatus.InProgress, 1020, 1),
        new(DemoAccounts.Alexandria, "T23", "sanitation-alex", -5, TaskStatus.Blocked, 0, 4,
            "تعطل طلمبتين بمحطة رفع قايتباي وفي انتظار توريد قطع الغيار من الشركة القابضة"),
        new(DemoAccounts.Alexandria, "T24", "sanitation-alex", 15, TaskStatus.NotStarted, 0, 3),
        new(DemoAccounts.Alexandria, "T05", "ax-central", -3, TaskStatus.InProgress, 0, 2),
        new(DemoAccounts.Alexandria, "T52", DemoPartnerWork.PartnerCode, 4, TaskStatus.InProgress, 0, 2),
    ];

    public static List<DemoTaskState> Apply(string governorateCode, List<DemoTaskState> states, DateOnly today) =>
        [.. states.Select(state => Pins.FirstOrDefault(p => Matches(p, governorateCode, state)) is { } pin
            ? state with
            {
                DueOn = today.AddDays(pin.DueInDays),
                Status = pin.Status,
                Achieved = state.Draft.Target is { } target ? Math.Min(pin.Achieved, target) : 0,
                UpdatedDaysAgo = pin.UpdatedDaysAgo,
                BlockedReason = pin.BlockedReason,
            }
            : state)];

    private static bool Matches(Pin pin, string governorateCode, DemoTaskState state) =>
        pin.Governorate == governorateCode
        && pin.Code == state.Draft.Library.Code
        && pin.OwnerCode == state.Draft.Owner.Code;
}
