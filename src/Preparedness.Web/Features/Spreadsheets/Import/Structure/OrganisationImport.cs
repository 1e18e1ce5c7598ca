using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Structure;
using static Preparedness.Web.Features.Structure.StructureActions;

namespace Preparedness.Web.Features.Spreadsheets.Import.Structure;

/// <summary>The organisations sheet: codes and names as on the form, the kind and its unit by <see cref="OrganisationRules"/>.</summary>
internal sealed class OrganisationImport(ImportContext context, IReadOnlyList<Organisation> existing, UnitImport units, ImportPlan plan)
{
    private readonly Dictionary<string, Organisation> byCode = existing.ToDictionary(o => o.Code);
    private readonly Dictionary<string, Incoming> incoming = [];

    public void Read(ImportTable table)
    {
        foreach (var source in table.Rows)
        {
            var row = new RowReader(StructureSheets.Organisations, source, plan.Errors);
            var draft = new OrganisationDraft { Code = source["code"], NameAr = row.Text("name_ar", StructureRules.NameMax), NameEn = row.Text("name_en", StructureRules.NameMax) };
            var code = StructureRules.Code(draft.Code);
            var kind = row.Choice<OrganisationKind>("kind", required: true);
            var current = byCode.GetValueOrDefault(code);
            if (current is null) StructureRules.NewCode(draft, StructureRules.CodeMax).ForEach(e => row.Fail("code", e));
            if (code.Length > 0 && !incoming.TryAdd(code, new Incoming(source.Number, draft, kind ?? OrganisationKind.Partner, StructureRules.Code(source["unit_code"]))))
            {
                row.Fail("code", "Import.DuplicateKey");
                continue;
            }

            StructureImporter.CheckNames(row, draft);
            var unitCode = incoming.GetValueOrDefault(code)?.UnitCode ?? "";
            if (kind is { } known)
            {
                foreach (var error in OrganisationRules.Kind(known, unitCode.Length > 0, units.IsUsable(unitCode, current?.LocalUnitId)))
                {
                    row.Fail(error == "Structure.KindInvalid" ? "kind" : "unit_code", error);
                }
            }

            var before = current is null ? null : new OrganisationSheetRow(current.Code, current.NameAr, current.NameEn, current.Kind, current.LocalUnit?.Code);
            var after = new OrganisationSheetRow(code, StructureRules.Name(draft.NameAr), StructureRules.Name(draft.NameEn), kind ?? OrganisationKind.Partner, unitCode.Length == 0 ? null : unitCode);
            plan.Add(StructureSheets.Organisations, source.Number, code, StructureSheets.OrganisationColumns, before, after);
        }
    }

    public IEnumerable<Action> Apply()
    {
        var changed = plan.Rows.Where(r => r.Sheet == StructureSheets.Organisations && r.Action != RowAction.Unchanged).Select(r => r.Key).ToHashSet();
        foreach (var (code, row) in incoming.Where(i => changed.Contains(i.Key)))
        {
            var organisation = byCode.GetValueOrDefault(code)
                ?? new Organisation { GovernorateId = context.GovernorateId, Code = code, NameAr = "", NameEn = "" };
            var isNew = organisation.Id == 0;
            var (ar, en) = (StructureRules.Name(row.Draft.NameAr), StructureRules.Name(row.Draft.NameEn));
            var changes = new FieldChanges().Compare("NameAr", isNew ? null : organisation.NameAr, ar)
                .Compare("NameEn", isNew ? null : organisation.NameEn, en).Compare("Kind", isNew ? null : organisation.Kind, row.Kind);
            var oldUnit = organisation.LocalUnitId;
            (organisation.NameAr, organisation.NameEn, organisation.Kind) = (ar, en, row.Kind);
            organisation.LocalUnit = row.UnitCode.Length == 0 ? null : units.Find(row.UnitCode);
            if (organisation.LocalUnit is null) organisation.LocalUnitId = null;
            if (isNew)
            {
                context.Db.Organisations.Add(organisation);
                changes.Insert(0, new Audit.FieldChange { Field = "Code", To = code });
            }

            yield return () =>
            {
                changes.Compare("LocalUnitId", oldUnit, organisation.LocalUnitId);
                StructureImporter.Audit(context, isNew ? Created(OrganisationEntity) : Changed(OrganisationEntity), OrganisationEntity, () => organisation.Id, changes)();
            };
        }
    }

    private sealed record Incoming(int Number, OrganisationDraft Draft, OrganisationKind Kind, string UnitCode);
}
