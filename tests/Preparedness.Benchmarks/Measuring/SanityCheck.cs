namespace Preparedness.Benchmarks.Measuring;

/// <summary>Fails the run before measuring if the services do not see the generated data: fast but empty answers prove nothing.</summary>
internal static class SanityCheck
{
    public static async Task RunAsync(Operations operations)
    {
        var target = operations.Targets[0];
        var figures = await operations.DashboardAsync(target);
        var all = await operations.ListAsync(Operation.ListAll, target);
        var overdue = await operations.ListAsync(Operation.OrganisationOverdue, target);
        var search = await operations.ListAsync(Operation.Search, target);
        var place = await operations.ListAsync(Operation.SearchPlace, target);
        var titleAndPlace = await operations.ListAsync(Operation.SearchTitleAndPlace, target);

        var national = await operations.NationalAsync();
        var scanned = await operations.NationalRawScanAsync();

        // Reads the copied jsonb history back through EF's own mapping.
        var changes = 0;
        foreach (var row in all.Rows)
        {
            changes += (await operations.DetailsAsync(row.Id))?.History.Sum(h => h.Changes.Count) ?? 0;
        }

        Console.WriteLine(
            $"check (governorate {target.GovernorateId}): dashboard {figures.Overall.Tasks} tasks, score {figures.Overall.Score}%, "
            + $"{figures.Units.Count} units, {figures.Organisations.Count} organisations; list {all.Total} tasks; "
            + $"national {national.Governorates.Count} governorates (raw scan {scanned}); organisation {target.OrganisationId} overdue {overdue.Total}; text search {search.Total}, place {place.Total}, text and place {titleAndPlace.Total}; {changes} field changes in the first page's history");
        if (figures.Overall.Tasks != Generation.TaskGenerator.TasksPerGovernorate || all.Total != figures.Overall.Tasks
            || all.Rows.Count != Operations.FirstPage.PageSize || overdue.Total == 0 || search.Total == 0 || changes == 0
            || place.Total == 0 || titleAndPlace.Total == 0 || titleAndPlace.Total > Math.Min(search.Total, place.Total)
            || national.Governorates.Count != operations.Targets.Count || scanned != operations.Targets.Count
            || national.Governorates.Single(g => g.GovernorateId == target.GovernorateId).Overall.Tasks != figures.Overall.Tasks
            || national.Governorates.Single(g => g.GovernorateId == target.GovernorateId).Overall.Score != figures.Overall.Score)
        {
            throw new InvalidOperationException("The services do not see the generated data set as expected; not measuring.");
        }
    }
}
