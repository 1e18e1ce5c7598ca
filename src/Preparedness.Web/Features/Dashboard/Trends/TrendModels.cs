namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>One day of a scope's readiness, as its snapshot recorded it.</summary>
public sealed record TrendPoint(DateOnly Day, Tally Tally);

/// <summary>A named scope's forecast (the governorate, a unit, an organisation or a storm).</summary>
public sealed record ScopeForecast(SnapshotScope Scope, string NameAr, string NameEn, Forecast Forecast);

/// <summary>The forecasts of a governorate's current season: the governorate first, then its units, organisations and storms.</summary>
public sealed record ForecastBoard(DateOnly Today, ScopeForecast Governorate, IReadOnlyList<ScopeForecast> Units, IReadOnlyList<ScopeForecast> Organisations, IReadOnlyList<ScopeForecast> Storms)
{
    public IEnumerable<ScopeForecast> Parts => Units.Concat(Organisations).Concat(Storms);
}

/// <summary>One unit × category cell of the latest snapshot day.</summary>
public sealed record HeatCell(int UnitId, Tasks.TaskCategory Category, decimal? Score);

public sealed record HeatMapData(DateOnly? Day, IReadOnlyList<Governorates.NamedItem> Units, IReadOnlyList<Tasks.TaskCategory> Categories, IReadOnlyList<HeatCell> Cells);
