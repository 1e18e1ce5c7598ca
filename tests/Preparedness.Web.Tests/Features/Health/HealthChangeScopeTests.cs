using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>What a live health change may put on a screen: a partner's page takes only its own organisation's facilities.</summary>
public sealed class HealthChangeScopeTests
{
    private const int Luxor = 1, Water = 5, Health = 7, OwnHospital = 10, OtherHospital = 11;
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Secretariat = new("sg", "SG", Roles.Secretariat, Luxor, null);
    private static readonly Actor HealthPartner = new("p", "Partner", Roles.Partner, Luxor, Health);
    private static readonly Actor WaterPartner = new("w", "Partner", Roles.Partner, Luxor, Water);

    private static readonly HealthSummary PartnersPage = new(Luxor, [Hospital(OwnHospital, Health)], []);

    [Fact]
    public void Whoever_reads_the_health_pack_takes_every_change_of_the_governorate()
    {
        Assert.True(FacilityChange(OtherHospital, Water).IsFor(Secretariat, null));
        Assert.True(StockChange(OtherHospital).IsFor(Secretariat, null));
    }

    [Fact]
    public void A_partner_takes_its_own_facilities_and_their_stocks_only()
    {
        Assert.True(FacilityChange(OwnHospital, Health).IsFor(HealthPartner, PartnersPage));
        Assert.True(StockChange(OwnHospital).IsFor(HealthPartner, PartnersPage));

        // Another organisation's hospital added, changed or its stock reported: nothing of it reaches the page.
        Assert.False(FacilityChange(OtherHospital, Water).IsFor(HealthPartner, PartnersPage));
        Assert.False(StockChange(OtherHospital).IsFor(HealthPartner, PartnersPage));
        Assert.False(FacilityChange(OwnHospital, Health).IsFor(WaterPartner, new HealthSummary(Luxor, [], [])));
    }

    private static HealthChange FacilityChange(int id, int holder) => new(Luxor, Hospital(id, holder), null, "x", Now);

    private static HealthChange StockChange(int facility) =>
        new(Luxor, null, new StockView(1, facility, BloodGroup.APositive, 10, 2, Now, "x", 1), "x", Now);

    private static FacilityView Hospital(int id, int holder) =>
        new(id, FacilityKind.Hospital, "مستشفى", "Hospital", holder, 100, 10, true, true, Now, "x", 1);
}
