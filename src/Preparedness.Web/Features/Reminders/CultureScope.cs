using System.Globalization;

namespace Preparedness.Web.Features.Reminders;

/// <summary>Formats and localizes in another user's language for a while (an email to them), then restores the current one.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(string name)
    {
        var target = CultureInfo.GetCultureInfo(Localization.Cultures.Normalize(name));
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public static CultureScope Use(string? name) => new(name ?? Localization.Cultures.Default);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
