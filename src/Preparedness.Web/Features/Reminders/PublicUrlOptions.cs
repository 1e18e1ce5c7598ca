using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Reminders;

/// <summary>Where users reach the app (Preparedness:PublicBaseUrl): emails link back to it.</summary>
internal sealed class PublicUrlOptions
{
    public const string Section = "Preparedness";

    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080/";

    // Never throws, even on a value validation is about to refuse: the options validator reads every property.
    public Uri BaseUri => Uri.TryCreate(PublicBaseUrl?.EndsWith('/') == false ? PublicBaseUrl + "/" : PublicBaseUrl, UriKind.Absolute, out var uri)
        ? uri
        : null!;
}
