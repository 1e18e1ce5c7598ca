namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>Maps the research data's finer categories onto the app's ten, and suggests a priority.</summary>
internal static class LibraryClassification
{
    // Work whose failure floods homes or costs lives in the first storm: flood paths and drains,
    // hospitals, shelters and unsafe buildings.
    private static readonly HashSet<string> LifeSafety =
        ["urban_drainage", "flood_channels", "health", "shelters_relief", "buildings"];

    // Work that keeps the governorate running through a storm: power, water, the ops rooms,
    // roads and the port, the equipment pool and the drills that rehearse all of it.
    private static readonly HashSet<string> Continuity =
        ["power", "water", "ops_room_comms", "coast_port", "roads_traffic", "equipment", "drills"];

    public static TaskCategory Category(string dataCategory) => dataCategory switch
    {
        "urban_drainage" or "flood_channels" or "water" or "coast_port" => TaskCategory.Drainage,
        "roads_traffic" => TaskCategory.Roads,
        "health" => TaskCategory.Health,
        "shelters_relief" or "buildings" => TaskCategory.Shelters,
        "power" => TaskCategory.Power,
        "ops_room_comms" => TaskCategory.Communications,
        "supply_stocks" or "equipment" => TaskCategory.Stocks,
        "drills" => TaskCategory.Drills,
        "awareness" or "education" => TaskCategory.Awareness,
        "planning" or "antiquities" => TaskCategory.Planning,
        _ => throw new InvalidDataException($"tasks.json has an unknown category '{dataCategory}'."),
    };

    /// <summary>
    /// Life-safety work seen in the news (basis "reported") is critical: it is what governors and the
    /// military adviser actually chase before the rains. Life-safety work only partly sourced, and
    /// service-continuity work that was reported, is high. Planning, stocks, awareness and anything
    /// inferred stay normal, so that paperwork never outweighs a cleaned flood channel in the score.
    /// </summary>
    public static TaskPriority Priority(string dataCategory, string basis)
    {
        var reported = basis == "reported";
        if (LifeSafety.Contains(dataCategory))
        {
            return reported ? TaskPriority.Critical : TaskPriority.High;
        }

        return Continuity.Contains(dataCategory) && reported ? TaskPriority.High : TaskPriority.Normal;
    }
}
