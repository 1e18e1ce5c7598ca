using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks.Pages;
using Preparedness.Web.Features.Verification.Pages;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Verification;

internal static class VerificationModule
{
    public static IServiceCollection AddVerification(this IServiceCollection services) =>
        services
            .AddSingleton<ReviewService>()
            .AddSingleton<ReviewQueries>()
            .AddSingleton<ConcernService>()
            .AddLiveChange<ConcernChange>()
            .AddTaskPanel<ReviewPanel>(TaskPanelSlot.Main, 10, c => c.Task.Status == TaskStatus.ReportedDone && c.Actor.CanReview(c.Task.GovernorateId)
                ? new Dictionary<string, object?> { [nameof(ReviewPanel.Task)] = c.Task, [nameof(ReviewPanel.Actor)] = c.Actor, [nameof(ReviewPanel.Reviewed)] = c.Changed }
                : null)
            // Concerns are the governorate's record (ConcernService asks CanRead): a partner reading its own task has none shown.
            .AddTaskPanel<ConcernsPanel>(TaskPanelSlot.Side, 10, c => c.Actor.CanRead(c.Task.GovernorateId)
                ? new Dictionary<string, object?> { [nameof(ConcernsPanel.GovernorateId)] = c.Task.GovernorateId, [nameof(ConcernsPanel.TaskId)] = c.Task.Id, [nameof(ConcernsPanel.Actor)] = c.Actor }
                : null);
}
