using Microsoft.AspNetCore.Components;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Tasks.Pages;

/// <summary>Where on the task page another feature's panel goes.</summary>
public enum TaskPanelSlot
{
    /// <summary>Beside the edit button (secretariat actions).</summary>
    Actions,

    /// <summary>Between the evidence and the progress form.</summary>
    Main,

    /// <summary>Above the history.</summary>
    Side,
}

/// <summary>What a panel is shown for: the task, who looks at it, and how to tell the page it changed.</summary>
public sealed record TaskPanelContext(TaskDetails Task, Actor Actor, EventCallback Changed);

/// <summary>
/// A feature's panel on the task page (review, concerns, remind now): the task page lists what is
/// registered instead of knowing every feature that adds to it. <see cref="Parameters"/> returns null
/// when the panel is not for this task or this actor.
/// </summary>
public sealed record TaskPanel(TaskPanelSlot Slot, int Order, Type Component, Func<TaskPanelContext, IDictionary<string, object?>?> Parameters);

internal static class TaskPanels
{
    public static IServiceCollection AddTaskPanel<TComponent>(
        this IServiceCollection services, TaskPanelSlot slot, int order, Func<TaskPanelContext, IDictionary<string, object?>?> parameters)
        where TComponent : IComponent =>
        services.AddSingleton(new TaskPanel(slot, order, typeof(TComponent), parameters));

    public static IEnumerable<(Type Component, IDictionary<string, object?> Parameters)> In(
        this IEnumerable<TaskPanel> panels, TaskPanelSlot slot, TaskPanelContext context) =>
        from panel in panels
        where panel.Slot == slot
        orderby panel.Order
        let parameters = panel.Parameters(context)
        where parameters is not null
        select (panel.Component, parameters);
}
