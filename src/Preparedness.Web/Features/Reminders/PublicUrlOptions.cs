using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Reminders;

/// <summary>Where users reach the app (Preparedness:PublicBaseUrl): emails link back to it.</summary>
internal sealed class PublicUrlOptions
{
    public const string Section = "Preparedness";

    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080/";

    public Uri BaseUri => new(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/");
}
