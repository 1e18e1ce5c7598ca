using System.Diagnostics;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>A user saving a note on a task again and again through the task page's own service, keeping what they were told.</summary>
internal sealed class Saver(IServiceProvider services, Actor actor, int taskId, TaskStatus status)
{
    private readonly SemaphoreSlim saved = new(0);

    public ConcurrentQueue<string> Succeeded { get; } = new();

    public int Failed { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Failures the task page would not recognise as an outage: it would show its error page and lose the input.</summary>
    public ConcurrentQueue<Exception> Unrecognised { get; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        var progress = services.GetRequiredService<ProgressService>();
        var factory = services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        for (var i = 0; !ct.IsCancellationRequested; i++)
        {
            uint version;
            try
            {
                // The page loads the task before the user saves; a failed load is no save attempt.
                await using var db = await factory.CreateDbContextAsync(ct);
                version = await db.Tasks.Where(t => t.Id == taskId).Select(t => t.Version).SingleAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await Task.Delay(50, CancellationToken.None);
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var note = $"restart-{i}";
            Attempts++;
            try
            {
                var result = await progress.UpdateAsync(actor, taskId, new ProgressUpdate(status, null, null, note, version), CancellationToken.None);
                if (result.Succeeded)
                {
                    Succeeded.Enqueue(note);
                    saved.Release();
                }
                else
                {
                    Failed++;
                }
            }
            catch (Exception ex) when (ex is not AccessDeniedException)
            {
                Failed++;
                if (!DatabaseOutage.Is(ex))
                {
                    Unrecognised.Enqueue(ex);
                }

                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    public async Task WaitForSavesAsync(int count, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (Succeeded.Count < count)
        {
            var left = within - waited.Elapsed;
            Assert.True(left > TimeSpan.Zero, $"only {Succeeded.Count} of {count} saves succeeded within {within.TotalSeconds} s ({Failed} failed)");
            await saved.WaitAsync(left);
        }
    }
}
