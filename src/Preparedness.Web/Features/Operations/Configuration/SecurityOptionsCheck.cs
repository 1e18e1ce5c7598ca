using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Operations.Configuration;

/// <summary>A misspelt role in RequireTwoFactorForRoles would silently require nothing: it stops the app instead.</summary>
internal sealed class SecurityOptionsCheck : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        List<string> failures = [];
        var unknown = options.RequireTwoFactorForRoles
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(role => !Roles.All.Contains(role, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"{SecurityOptions.Section}:RequireTwoFactorForRoles names no such role: {string.Join(", ", unknown.Select(r => $"\"{r}\""))}. The roles are {string.Join(", ", Roles.All)}.");
        }

        if (options.RevalidationInterval <= TimeSpan.Zero)
        {
            failures.Add($"{SecurityOptions.Section}:RevalidationInterval must be positive, e.g. 00:01:00.");
        }

        if (options.SignInAttemptsPerMinute < 1)
        {
            failures.Add($"{SecurityOptions.Section}:SignInAttemptsPerMinute must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
