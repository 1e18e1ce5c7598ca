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
    DateTimeOffset ComputedAt)
{
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

/// <summary>One change and the new figures, as sent to hub clients.</summary>
public sealed record BoardUpdate(TaskChange? Change, BoardFigures Figures)
{
    internal static BoardUpdate From(LiveUpdate update) => new(update.Change, BoardFigures.From(update.Figures));
}
