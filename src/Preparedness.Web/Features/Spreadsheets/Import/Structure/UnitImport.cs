using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Structure;
using static Preparedness.Web.Features.Structure.StructureActions;

namespace Preparedness.Web.Features.Spreadsheets.Import.Structure;

/// <summary>
/// The units sheet: codes checked as on the form (<see cref="StructureRules"/>), parents by code — an existing
/// unit or one of the file — with <see cref="UnitPlacement"/>'s rules: active (or already the parent), no loop.
/// </summary>
internal sealed class UnitImport(ImportContext context, IReadOnlyList<LocalUnit> existing, ImportPlan plan)
{
    private readonly Dictionary<string, LocalUnit> byCode = existing.ToDictionary(u => u.Code);
    private readonly Dictionary<string, Incoming> incoming = [];

    /// <summary>Units by code, as they will be after the import: for organisations naming a unit.</summary>
    public bool IsUsable(string code, int? keptUnitId) =>
        incoming.ContainsKey(code) || (byCode.TryGetValue(code, out var unit) && (unit.IsActive || unit.Id == keptUnitId));

    public LocalUnit? Find(string code) => incoming.TryGetValue(code, out var row) ? row.Unit : byCode.GetValueOrDefault(code);

    public void Read(ImportTable table)
    {
        foreach (var source in table.Rows)
        {
            var row = new RowReader(StructureSheets.Units, source, plan.Errors);
            var draft = new UnitDraft { Code = source["code"], NameAr = row.Text("name_ar", StructureRules.NameMax), NameEn = row.Text("name_en", StructureRules.NameMax) };
            var code = StructureRules.Code(draft.Code);
            var kind = row.Choice<LocalUnitKind>("kind", required: true);
            var current = byCode.GetValueOrDefault(code);
            if (current is null) StructureRules.NewCode(draft, StructureRules.CodeMax).ForEach(e => row.Fail("code", e));
            if (code.Length > 0 && incoming.ContainsKey(code)) row.Fail("code", "Import.DuplicateKey");
            StructureImporter.CheckNames(row, draft);
            var unit = current ?? new LocalUnit { GovernorateId = context.GovernorateId, Code = code, NameAr = "", NameEn = "" };
            incoming.TryAdd(code, new Incoming(source.Number, row, unit, draft, kind ?? LocalUnitKind.Village, StructureRules.Code(source["parent_code"])));
        }

        var keys = Keys();
        foreach (var (code, row) in incoming)
        {
            CheckParent(code, row, keys);
            var before = byCode.TryGetValue(code, out var unit) ? Sheet(unit, ParentCode(unit.ParentId)) : null;
            var after = new UnitSheetRow(code, StructureRules.Name(row.Draft.NameAr), StructureRules.Name(row.Draft.NameEn), row.Kind, row.ParentCode.Length == 0 ? null : row.ParentCode);
            plan.Add(StructureSheets.Units, row.Number, code, StructureSheets.UnitColumns, before, after);
        }
    }

    /// <summary>Sets every new and changed unit; returns the audit rows to add once ids exist.</summary>
    public IEnumerable<Action> Apply()
    {
        var changed = plan.Rows.Where(r => r.Sheet == StructureSheets.Units && r.Action != RowAction.Unchanged).Select(r => r.Key).ToHashSet();
        foreach (var (code, row) in incoming.Where(i => changed.Contains(i.Key)))
        {
            var unit = row.Unit;
            var isNew = unit.Id == 0;
            var parent = row.ParentCode.Length == 0 ? null : Find(row.ParentCode);
            var changes = new FieldChanges().Compare("NameAr", isNew ? null : unit.NameAr, StructureRules.Name(row.Draft.NameAr))
                .Compare("NameEn", isNew ? null : unit.NameEn, StructureRules.Name(row.Draft.NameEn)).Compare("Kind", isNew ? null : unit.Kind, row.Kind);
            var oldParent = unit.ParentId;
            (unit.NameAr, unit.NameEn, unit.Kind, unit.Parent) = (StructureRules.Name(row.Draft.NameAr), StructureRules.Name(row.Draft.NameEn), row.Kind, parent);
            if (isNew)
            {
                context.Db.LocalUnits.Add(unit);
                changes.Insert(0, new Audit.FieldChange { Field = "Code", To = code });
            }

            yield return () =>
            {
                changes.Compare("ParentId", oldParent, unit.ParentId);
                StructureImporter.Audit(context, isNew ? Created(UnitEntity) : Changed(UnitEntity), UnitEntity, () => unit.Id, changes)();
            };
        }
    }

    private void CheckParent(string code, Incoming row, Dictionary<string, int> keys)
    {
        if (row.ParentCode.Length == 0) return;
        var parent = Find(row.ParentCode);
        var keptParent = byCode.GetValueOrDefault(code)?.ParentId;
        if (parent is null || (!incoming.ContainsKey(row.ParentCode) && !parent.IsActive && parent.Id != keptParent))
        {
            row.Reader.Fail("parent_code", "Structure.ParentInvalid");
        }
        else if (keys.TryGetValue(code, out var self) && UnitPlacement.ClosesLoop(k => ParentKey(k, keys), self, keys[row.ParentCode]))
        {
            row.Reader.Fail("parent_code", "Structure.ParentCycle");
        }
    }

    /// <summary>Every unit's key for the loop check: its id, or a negative stand-in for a new one.</summary>
    private Dictionary<string, int> Keys()
    {
        var keys = byCode.ToDictionary(u => u.Key, u => u.Value.Id);
        var next = -1;
        foreach (var code in incoming.Keys.Where(c => !keys.ContainsKey(c))) keys[code] = next--;
        return keys;
    }

    private int? ParentKey(int key, Dictionary<string, int> keys)
    {
        var code = keys.FirstOrDefault(k => k.Value == key).Key;
        if (code is not null && incoming.TryGetValue(code, out var row)) return row.ParentCode.Length == 0 ? null : keys.GetValueOrDefault(row.ParentCode);
        return existing.FirstOrDefault(u => u.Id == key)?.ParentId;
    }

    private string? ParentCode(int? parentId) => parentId is { } id ? existing.FirstOrDefault(u => u.Id == id)?.Code : null;

    private static UnitSheetRow Sheet(LocalUnit unit, string? parentCode) => new(unit.Code, unit.NameAr, unit.NameEn, unit.Kind, parentCode);

    private sealed record Incoming(int Number, RowReader Reader, LocalUnit Unit, UnitDraft Draft, LocalUnitKind Kind, string ParentCode);
}
