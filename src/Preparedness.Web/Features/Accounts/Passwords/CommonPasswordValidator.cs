using System.IO.Compression;
using Microsoft.AspNetCore.Identity;

namespace Preparedness.Web.Features.Accounts.Passwords;

/// <summary>
/// Refuses the passwords people pick most (Django's list of ~20,000, from breach corpora; see the README),
/// compared without case, in every flow that goes through the UserManager: set password, reset, change.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "CommonPassword";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password) => List.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = "The password is one of the most common passwords." })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Preparedness.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                set.Add(word.ToLowerInvariant());
            }
        }

        return set;
    }
}
