using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Verification;

internal static class VerificationModule
{
    public static IServiceCollection AddVerification(this IServiceCollection services) =>
        services
            .AddSingleton<ReviewService>()
            .AddSingleton<ReviewQueries>()
            .AddSingleton<ConcernService>()
            .AddLiveChange<ConcernChange>();

    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder endpoints)
    {
        // Files are served only to someone who may read the task; the stored type, never a guess.
        endpoints.MapGet("/evidence/{id:long}", async (long id, bool? thumbnail, HttpContext http, ReviewQueries queries, CancellationToken ct) =>
            Actor.From(http.User) is { } actor && await queries.ContentAsync(actor, id, thumbnail == true, ct) is { } file
                ? Results.File(file.Bytes, file.ContentType, file.ContentType == "application/pdf" ? file.FileName : null)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
