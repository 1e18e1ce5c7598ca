using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Email;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// Hangfire on the app's own PostgreSQL database, in schema "hangfire". Tuned for a server that is
/// idle nearly all day: new jobs wake workers through LISTEN/NOTIFY, so the queue fallback poll can be
/// slow; schedules are polled every couple of seconds so a reminder starts close to its time.
/// </summary>
internal static class JobServer
{
    public const string Schema = "hangfire";

    public static IServiceCollection AddJobServer(this IServiceCollection services, IConfiguration configuration, JobOptions options)
    {
        // Long polling LISTENs: a direct connection, not one through a transaction-mode pooler.
        var connectionString = Data.ConnectionStrings.ForListening(configuration);
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), StorageOptions(options)));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
            server.HeartbeatInterval = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        });
        services.AddSingleton<IEmailDeliveryTrigger, HangfireEmailDeliveryTrigger>();
        return services;
    }

    public static PostgreSqlStorageOptions StorageOptions(JobOptions options) => new()
    {
        SchemaName = Schema,
        // The runtime role may not create or alter schemas: the migrate step installs Hangfire's (DatabaseMigration).
        PrepareSchemaIfNecessary = false,
        EnableLongPolling = true,
        QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollSeconds),

        // A sweep killed mid-run is taken again minutes after a restart, not after Hangfire's default 30;
        // the live worker keeps renewing its claim, so a long job is not taken by a second one meanwhile.
        InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
        UseSlidingInvisibilityTimeout = true,
        JobExpirationCheckInterval = TimeSpan.FromHours(1),
        CountersAggregateInterval = TimeSpan.FromMinutes(5),
    };

    /// <summary>The dashboard at /hangfire, and the recurring jobs.</summary>
    public static WebApplication MapJobs(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdministratorsOnlyFilter()],
            AppPath = "/",
            DashboardTitle = "Preparedness — jobs",
        });

        app.Services.RegisterRecurringJobs();
        return app;
    }

    /// <summary>The recurring jobs by name from the validated options, in Cairo time.</summary>
    public static void RegisterRecurringJobs(this IServiceProvider services)
    {
        var reminders = services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var cairo = new RecurringJobOptions { TimeZone = CairoTime.Zone };
        recurring.AddOrUpdate<SendRemindersJob>("reminders", job => job.ExecuteAsync(CancellationToken.None), reminders.RemindersCron, cairo);
        recurring.AddOrUpdate<SendDigestJob>("digest", job => job.ExecuteAsync(CancellationToken.None), reminders.DigestCron, cairo);
        recurring.AddOrUpdate<DeliverEmailsJob>("email-deliveries", job => job.ExecuteAsync(CancellationToken.None), reminders.DeliveryCron, cairo);
        foreach (var job in services.GetServices<RecurringJobEntry>())
        {
            job.Register(recurring, services, cairo);
        }
    }
}
