using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>What the user was told about one save: its note and key are its own, so the database can be compared row by row.</summary>
internal sealed record SaveAnswer(string Note, Guid Key, bool ToldSaved, string Told);

/// <summary>A user saving notes on a task again and again as the task page does: each save with the key its form made.</summary>
internal sealed class KeyedSaver(IServiceProvider services, Actor actor, int taskId, TaskStatus status)
{
    public ConcurrentQueue<SaveAnswer> Answers { get; } = new();

    public int SavedCount => Answers.Count(a => a.ToldSaved);

    public async Task RunAsync(CancellationToken ct)
    {
        var progress = services.GetRequiredService<ProgressService>();
        var factory = services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        for (var i = 0; !ct.IsCancellationRequested; i++)
        {
            uint version;
            try
            {
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

            var (note, key) = ($"keyed-{i}", Guid.NewGuid());
            try
            {
                var result = await progress.UpdateAsync(actor, taskId, new ProgressUpdate(status, null, null, note, version) { IdempotencyKey = key }, CancellationToken.None);
                Answers.Enqueue(new SaveAnswer(note, key, result.Succeeded, $"{result.Status}"));
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex))
            {
                Answers.Enqueue(new SaveAnswer(note, key, false, "unreachable"));
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }
}
