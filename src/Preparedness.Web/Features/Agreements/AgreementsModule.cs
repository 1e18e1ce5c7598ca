using Hangfire;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Agreements.Pages;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks.Pages;

namespace Preparedness.Web.Features.Agreements;

internal static class AgreementsModule
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.AddOptions<AgreementOptions>().BindConfiguration(AgreementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<AgreementService>()
            .AddSingleton<AgreementDocumentService>()
            .AddSingleton<CommitmentService>()
            .AddSingleton<AgreementQueries>()
            .AddTransient<AgreementReviewJob>()
            .AddLiveChange<AgreementChange>()
            .AddTaskPanel<AgreementOrigin>(TaskPanelSlot.Side, 6, c =>
                new Dictionary<string, object?> { [nameof(AgreementOrigin.TaskId)] = c.Task.Id, [nameof(AgreementOrigin.Actor)] = c.Actor });
    }

    /// <summary>The signed PDF (served like evidence: only to whoever may read the agreement), and the review sweep where this host runs jobs.</summary>
    public static WebApplication MapAgreements(this WebApplication app)
    {
        app.MapGet("/agreements/{id:int}/document", async (int id, HttpContext http, AgreementQueries queries, CancellationToken ct) =>
            Actor.From(http.User) is { } actor && await queries.DocumentAsync(actor, id, ct) is { } file
                ? Results.File(file.Bytes, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        if (app.Services.GetService<IRecurringJobManager>() is { } recurring)
        {
            var cron = app.Services.GetRequiredService<IOptions<AgreementOptions>>().Value.ReviewCron;
            recurring.AddOrUpdate<AgreementReviewJob>(AgreementReviewJob.Name, job => job.ExecuteAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = CairoTime.Zone });
        }

        return app;
    }
}
