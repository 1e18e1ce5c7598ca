using Microsoft.Extensions.DependencyInjection.Extensions;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Deliveries;
using Preparedness.Web.Features.Reminders.Email;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Reminders.RemindNow;
using Preparedness.Web.Features.Reminders.Pages;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Features.Tasks.Pages;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Reminders;

internal static class RemindersModule
{
    /// <summary>
    /// Reminders, notifications and email, and — unless Preparedness:Jobs:Enabled is false — the
    /// Hangfire server that runs them. The jobs are plain classes: without the server they can still
    /// be resolved and run directly (tests, tools).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ReminderOptions>(ReminderOptions.Section);
        services.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        services.AddValidatedOptions<PublicUrlOptions>(PublicUrlOptions.Section);
        services.AddValidatedOptions<JobOptions>(JobOptions.Section);
        services.AddLocalization();
        services.TryAddSingleton<StormCalendar>();

        services.AddLiveHandler<NotificationsAdded, BellUpdates>();
        services.AddTaskPanel<RemindNowButton>(TaskPanelSlot.Actions, 10, c => !c.Task.IsDone && c.Actor.CanManageTasks(c.Task.GovernorateId)
            ? new Dictionary<string, object?> { [nameof(RemindNowButton.Actor)] = c.Actor, [nameof(RemindNowButton.TaskId)] = c.Task.Id }
            : null);
        services.AddSingleton<NotificationWriter>();
        services.AddSingleton<NotificationText>();
        services.AddSingleton<NotificationService>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<RemindNowService>();
        services.AddSingleton<DeliveryQueue>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddTransient<SendRemindersJob>();
        services.AddTransient<SendDigestJob>();
        services.AddTransient<DeliverEmailsJob>();
        services.AddTransient<StartupCatchUp>();

        var jobs = configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (jobs.Enabled)
        {
            services.AddJobServer(configuration, jobs);
            services.AddHostedService<StartupCatchUpService>();
        }
        else
        {
            services.AddSingleton<IEmailDeliveryTrigger, NoEmailDeliveryTrigger>();
        }

        return services;
    }

    public static WebApplication MapReminders(this WebApplication app)
    {
        if (app.Configuration.GetSection(JobOptions.Section).Get<JobOptions>()?.Enabled ?? true)
        {
            app.MapJobs();
        }

        return app;
    }

    private static void AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
