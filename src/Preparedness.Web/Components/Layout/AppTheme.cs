using MudBlazor;

namespace Preparedness.Web.Components.Layout;

internal static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5563",
            Secondary = "#c2410c",
            AppbarBackground = "#0b5563",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#b91c1c",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans Arabic", "Noto Sans", "Segoe UI", "Tahoma", "DejaVu Sans", "sans-serif"],
            },
        },
    };
}
