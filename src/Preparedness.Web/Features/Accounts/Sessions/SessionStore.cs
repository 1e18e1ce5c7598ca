using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Sessions;

/// <summary>Starts, checks and revokes sign-in sessions; asked on every request with a cookie, by open screens and by the hub.</summary>
internal sealed class SessionStore(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<SecurityOptions> options)
{
    public const string Claim = "preparedness:session";

    public async Task<Guid> StartAsync(string userId, string? address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession { Id = Guid.CreateVersion7(), UserId = userId, CreatedAt = now, ExpiresAt = now + options.Value.AbsoluteSessionLifetime, Address = address };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>True while the principal's session is neither revoked nor past its absolute end.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (Id(principal) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<UserSession>().AnyAsync(s => s.Id == id && s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now, ct);
    }

    public async Task RevokeAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (Id(principal) is { } id)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = clock.GetUtcNow();
            await db.Set<UserSession>().Where(s => s.Id == id && s.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), ct);
        }
    }

    public static Guid? Id(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Claim), out var id) ? id : null;
}
