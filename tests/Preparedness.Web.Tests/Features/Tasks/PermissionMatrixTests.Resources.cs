using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Features.Resources;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>The resources' actions in the same matrix, on Luxor's water company's suction trucks in Esna.</summary>
public sealed partial class PermissionMatrixTests
{
    private static readonly HashSet<string> ResourceActions = ["ReadResources", "ReadStock", "UpdateStock", "AddStock", "SetMinimum", "GapToTask", "ManageResourceTypes"];

    private async Task<bool> ResourceActionAsync(string action, Actor actor)
    {
        var luxor = World.Luxor.Id;
        int typeId;
        ResourceEntry entry;
        ResourceMinimum level;
        await using (var db = Db())
        {
            typeId = await ResourceWorld.TypeAsync(db);
            entry = await ResourceWorld.EntryAsync(db, World, typeId, 3, 1, Now.AddDays(-1));
            level = await ResourceWorld.MinimumAsync(db, World, typeId, 4);
        }

        var before = await ResourceStateAsync();
        var allowed = action switch
        {
            "ReadResources" => await Succeeds(async () =>
            {
                await Get<ResourceQueries>().FiguresAsync(actor, luxor);
                await Get<ResourceQueries>().StockAsync(actor, luxor);
                await Get<ResourceQueries>().GapsAsync(actor, luxor);
            }),
            "ReadStock" => await Succeeds(() => Get<ResourceQueries>().StockAsync(actor, luxor)),
            "UpdateStock" => await Saves(actor, () => Get<StockService>().UpdateAsync(actor, entry.Id, new StockInput { QuantityHeld = 3, QuantityWorking = 3 }, entry.Version)),
            "AddStock" => await Saves(actor, () => Get<StockService>().AddAsync(actor, luxor,
                new StockInput { OrganisationId = World.LuxorWater.Id, LocalUnitId = World.Armant.Id, ResourceTypeId = typeId, QuantityHeld = 2, QuantityWorking = 2 })),
            "SetMinimum" => await Saves(actor, () => Get<MinimumService>().SetAsync(actor, luxor, World.Armant.Id, typeId, HazardScenario.FlashFlood, 2)),
            "GapToTask" => await Saves(actor, () => Get<GapTaskService>().CreateTaskAsync(actor, level.Id)),
            "ManageResourceTypes" => await Saves(actor, () => Get<ResourceTypeService>().SaveAsync(actor, null, new ResourceTypeDraft { Code = "boat", NameAr = "قارب", NameEn = "Boat" })),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };

        if (!allowed)
        {
            Assert.Equal(before, await ResourceStateAsync());
        }

        return allowed;
    }

    /// <summary>Everything a resource action writes: a refused one leaves all of it as it was.</summary>
    private async Task<(int, int, int, int, int, int)> ResourceStateAsync()
    {
        await using var db = Db();
        return (await db.ResourceEntries.SumAsync(e => e.QuantityWorking), await db.ResourceEntries.CountAsync(), await db.ResourceMinimums.CountAsync(),
            await db.ResourceHistory.CountAsync(), await db.ResourceGapTasks.CountAsync(), await db.ResourceTypes.CountAsync());
    }
}
