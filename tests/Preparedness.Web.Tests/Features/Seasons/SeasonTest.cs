using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Seasons;

/// <summary>Luxor's next winter, from 1 October 2027, and three library items one each for its water company, Esna's council and health.</summary>
public abstract class SeasonTest : DatabaseTest
{
    protected static readonly DateOnly NextStart = new(2027, 10, 1);

    // T04: councils (lead 45 days, 7 of 7); T38: utility companies (lead 45, 100 %); T46: directorates (lead 14, 2).
    protected static readonly LibraryChoice[] Choices = [new("T04"), new("T38", 90), new("T46")];

    protected static SeasonDraft NextWinter() => new()
    {
        NameAr = "خطة الشتاء 2027/28", NameEn = "Winter 2027/28", StartsOn = NextStart, EndsOn = NextStart.AddMonths(6).AddDays(-1),
    };

    internal Task<SeasonResult> OpenAsync(Preparedness.Web.Features.Accounts.Actor? actor = null) =>
        Get<SeasonOpening>().OpenFromLibraryAsync(actor ?? World.LuxorSecretariat, World.Luxor.Id, NextWinter(), Choices);
}
