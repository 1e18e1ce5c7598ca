namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>
/// Seam for delivering a new user's one-time set-password link. The email feature (another
/// engineer's, later) registers a sender that mails it; until then <see cref="ShowLinkOnScreen"/>
/// sends nothing and the administrator is shown the link to pass on.
/// </summary>
public interface IAccountLinkSender
{
    /// <returns>True when the link reached the user; false when the administrator must pass it on.</returns>
    Task<bool> SendSetPasswordLinkAsync(string email, string displayName, string url, CancellationToken ct);
}

internal sealed class ShowLinkOnScreen : IAccountLinkSender
{
    public Task<bool> SendSetPasswordLinkAsync(string email, string displayName, string url, CancellationToken ct) => Task.FromResult(false);
}
