using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Structure;

namespace Preparedness.Web.Features.Spreadsheets.Import.Structure;

/// <summary>
/// Local units and organisations, matched by code within the governorate. An .xlsx holds the sheets the
/// structure export writes ("units", "organisations"; either may be missing); a CSV holds one of them, told
/// apart by its columns (<c>parent_code</c>: units, <c>unit_code</c>: organisations). Units come first, so an
/// organisation may name a unit the same file creates.
/// </summary>
internal sealed class StructureImporter : IImporter
{
    public ImportKind Kind => ImportKind.Structure;

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportTable> tables, CancellationToken ct)
    {
        var plan = new ImportPlan();
        var units = Pick(tables, StructureSheets.Units, "parent_code");
        var organisations = Pick(tables, StructureSheets.Organisations, "unit_code");
        if (units is null && organisations is null)
        {
            plan.Errors.Add(SheetReader.FileError("Import.StructureSheetsMissing"));
            return plan;
        }

        var db = context.Db;
        var existingUnits = await db.LocalUnits.Where(u => u.GovernorateId == context.GovernorateId).ToListAsync(ct);
        var existingOrganisations = await db.Organisations.Where(o => o.GovernorateId == context.GovernorateId).ToListAsync(ct);
        var unitPlan = new UnitImport(context, existingUnits, plan);
        if (units is not null) unitPlan.Read(units);
        var organisationPlan = new OrganisationImport(context, existingOrganisations, unitPlan, plan);
        if (organisations is not null) organisationPlan.Read(organisations);

        plan.Write = async token =>
        {
            var audit = unitPlan.Apply().Concat(organisationPlan.Apply()).ToList();
            await db.SaveChangesAsync(token);
            audit.ForEach(record => record());
            await db.SaveChangesAsync(token);
        };
        return plan;
    }

    private static ImportTable? Pick(IReadOnlyList<ImportTable> tables, string sheet, string telltale) =>
        tables.FirstOrDefault(t => t.Sheet == sheet) ?? tables.FirstOrDefault(t => t.Sheet.Length == 0 && t.Keys.Contains(telltale));

    /// <summary>The names' rules, each error put on the column at fault.</summary>
    internal static void CheckNames(RowReader row, NamedDraft draft)
    {
        foreach (var error in StructureRules.Names(draft))
        {
            var column = StructureRules.Name(draft.NameAr) is { Length: > 0 and <= StructureRules.NameMax } ? "name_en" : "name_ar";
            row.Fail(column, error);
        }
    }

    internal static Action Audit(ImportContext context, string action, string entity, Func<int> id, FieldChanges changes) =>
        () => context.Db.Record(context.Actor, context.Now, action, entity, $"{id()}", context.GovernorateId, changes, "import");
}
