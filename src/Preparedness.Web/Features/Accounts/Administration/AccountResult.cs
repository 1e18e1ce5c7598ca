namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>A one-time link for a user to set their password, and whether it was sent to them.</summary>
public sealed record AccountLink(string Url, bool Sent);

/// <summary>The outcome of an account change; <see cref="Errors"/> holds AccountStrings keys.</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors, string? UserId = null, AccountLink? Link = null)
{
    public static AccountResult Done(string userId, AccountLink? link = null) => new(true, [], userId, link);

    public static AccountResult Invalid(IEnumerable<string> errors) => new(false, errors.Distinct().ToList());

    public static readonly AccountResult NotFound = new(false, ["Accounts.NotFound"]);

    public static readonly AccountResult NotYourself = new(false, ["Accounts.NotYourself"]);
}
