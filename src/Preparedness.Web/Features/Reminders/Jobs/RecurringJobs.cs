using Hangfire;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>A job Hangfire runs on a schedule: a plain class, callable directly from tests and tools.</summary>
public interface IRecurringJob
{
    Task<JobSummary> ExecuteAsync(CancellationToken ct);
}

/// <summary>A feature's recurring job, registered by name with the others (<see cref="JobServer.RegisterRecurringJobs"/>).</summary>
internal sealed record RecurringJobEntry(string Name, Action<IRecurringJobManager, IServiceProvider, RecurringJobOptions> Register);

internal static class RecurringJobs
{
    /// <summary>
    /// Registers <typeparamref name="TJob"/> to run by <paramref name="name"/> on the schedule <paramref name="cron"/> reads
    /// from the feature's validated options; the job itself is resolvable (and runnable) whether or not a job server runs.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, Func<IServiceProvider, string> cron)
        where TJob : class, IRecurringJob
    {
        services.AddTransient<TJob>();
        services.AddSingleton(new RecurringJobEntry(name, (manager, provider, options) =>
            manager.AddOrUpdate<TJob>(name, job => job.ExecuteAsync(CancellationToken.None), cron(provider), options)));
        return services;
    }
}
