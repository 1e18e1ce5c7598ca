using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard.Board;

public sealed record BoardTile(string Key, int? Id, string NameAr, string NameEn, decimal? Score, int Tasks, int Overdue, DateTimeOffset? LastUpdate);

/// <summary>A governorate's figures as the wall board shows them: per local unit and per category.</summary>
public sealed record BoardFigures(
    int GovernorateId,
    string NameAr,
    string NameEn,
    BoardTile Overall,
    IReadOnlyList<BoardTile> Units,
    IReadOnlyList<BoardTile> Categories,
    DateTimeOffset ComputedAt,
    bool Partial = false)
{
    /// <summary>
    /// The tiles that differ from <paramref name="before"/> (the overall tile always), marked partial for the client to
    /// merge; the whole board when there is nothing to compare with.
    /// </summary>
    internal BoardFigures Since(BoardFigures? before) => before is null ? this : this with
    {
        Units = [.. Units.Where(u => !before.Units.Contains(u))],
        Categories = [.. Categories.Where(c => !before.Categories.Contains(c))],
        Partial = true,
    };

    /// <summary>A partial update applied to the board held (as the wall board's script does); a whole board replaces it.</summary>
    public BoardFigures Merge(BoardFigures changed) => !changed.Partial ? changed : this with
    {
        Overall = changed.Overall,
        Units = [.. Units.Select(u => changed.Units.FirstOrDefault(n => n.Id == u.Id) ?? u)],
        Categories = [.. Categories.Select(c => changed.Categories.FirstOrDefault(n => n.Key == c.Key) ?? c)],
        ComputedAt = changed.ComputedAt,
    };

    internal static BoardFigures From(DashboardFigures f) => new(
        f.GovernorateId,
        f.GovernorateNameAr,
        f.GovernorateNameEn,
        Tile("overall", null, f.GovernorateNameAr, f.GovernorateNameEn, f.Overall),
        f.Units.Select(u => Tile("unit", u.Id, u.NameAr, u.NameEn, u.Tally)).ToList(),
        f.Categories.Select(c => Tile(c.Category.ToString(), null, c.Category.ToString(), c.Category.ToString(), c.Tally)).ToList(),
        f.ComputedAt);

    private static BoardTile Tile(string key, int? id, string nameAr, string nameEn, Tally t) =>
        new(key, id, nameAr, nameEn, t.Score, t.Tasks, t.Overdue, t.LastUpdate);
}

/// <summary>
/// What hub clients receive: a change's banner at once (no figures), then the figures it moved (no change), coalesced
/// with the changes around it and reduced to the tiles that changed.
/// </summary>
public sealed record BoardUpdate(TaskChange? Change, BoardFigures? Figures);
