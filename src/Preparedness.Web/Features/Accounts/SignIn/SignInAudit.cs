using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>
/// Records sign-ins, failures, lockouts, refusals and sign-outs with the caller's IP address.
/// Identity's SignInManager saves its own changes (failure counts, lockout), so the event is
/// written right after its result, in a context of its own.
/// </summary>
internal sealed class SignInAudit(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task RecordAsync(HttpContext http, string action, ApplicationUser? user, string typedUserName, string? note = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow(),
            UserId = user?.Id,
            UserName = Truncate(user?.DisplayName is { Length: > 0 } name ? name : typedUserName, 256),
            IpAddress = http.Connection.RemoteIpAddress?.ToString(),
            Action = action,
            EntityType = AccountActions.EntityType,
            EntityId = user?.Id,
            GovernorateId = user?.GovernorateId,
            Note = Truncate(string.Join(" · ", new[] { typedUserName, note }.Where(s => !string.IsNullOrWhiteSpace(s))), 2000),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
