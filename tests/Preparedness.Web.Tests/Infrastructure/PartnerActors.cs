using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// The partner columns of the permission matrices: a partner account of Luxor's water company (the organisation that
/// owns the matrices' task and stock) and one of Luxor's health directorate (another organisation; the holder of the
/// health matrix's hospital).
/// </summary>
internal static class PartnerActors
{
    public const string WaterPartner = nameof(WaterPartner);
    public const string HealthPartner = nameof(HealthPartner);

    public static Actor? Find(TestWorld world, string name) => name switch
    {
        WaterPartner => new("partner-water", "Water partner", Roles.Partner, world.Luxor.Id, world.LuxorWater.Id),
        HealthPartner => new("partner-health", "Health partner", Roles.Partner, world.Luxor.Id, world.LuxorHealth.Id),
        _ => null,
    };
}
