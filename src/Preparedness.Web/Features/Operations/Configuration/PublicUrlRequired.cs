using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Reminders;

namespace Preparedness.Web.Features.Operations.Configuration;

/// <summary>
/// Outside Development the address users reach must be configured: the default (the run script's
/// http://127.0.0.1:5080/) would put links into emails that lead nowhere.
/// </summary>
internal sealed class PublicUrlRequired(IConfiguration configuration, IServiceProvider services) : IValidateOptions<PublicUrlOptions>
{
    public const string Setting = "Preparedness:PublicBaseUrl";

    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        if (services.GetService<IHostEnvironment>() is not { } environment || environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(configuration[Setting]))
        {
            return ValidateOptionsResult.Fail(
                $"{Setting} is not set: emails would link to {options.PublicBaseUrl}. Set it to the address users reach, e.g. Preparedness__PublicBaseUrl=https://preparedness.example.gov.eg/.");
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Setting} \"{options.PublicBaseUrl}\" is not an absolute http(s) address.");
    }
}
