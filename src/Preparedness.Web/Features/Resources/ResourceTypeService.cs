using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>A type as the administrator's form edits it; the code is fixed at creation.</summary>
public sealed class ResourceTypeDraft
{
    public string Code { get; set; } = "";
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public bool HasCapacity { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The administrator keeps the installation's bilingual list of resource types; a type in use is deactivated, never deleted.</summary>
internal sealed partial class ResourceTypeService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult> SaveAsync(Actor actor, int? typeId, ResourceTypeDraft draft, CancellationToken ct = default)
    {
        if (!actor.CanManageResourceTypes)
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage resource types");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var type = typeId is { } id ? await db.ResourceTypes.SingleOrDefaultAsync(t => t.Id == id, ct) : null;
        if (typeId is not null && type is null)
        {
            return SaveResult.NotFound;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.NameAr) || string.IsNullOrWhiteSpace(draft.NameEn) || draft.NameAr.Length > 200 || draft.NameEn.Length > 200) errors.Add("Resource.TypeNameInvalid");
        if (Security.UntrustedText.HasControlCharacters(draft.NameAr) || Security.UntrustedText.HasControlCharacters(draft.NameEn)) errors.Add("Resource.ControlCharacters");
        if (type is null && !CodePattern().IsMatch(draft.Code)) errors.Add("Resource.TypeCodeInvalid");
        if (type is null && errors.Count == 0 && await db.ResourceTypes.AnyAsync(t => t.Code == draft.Code, ct)) errors.Add("Resource.TypeCodeTaken");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var created = type is null;
        type ??= db.ResourceTypes.Add(new ResourceType { Code = draft.Code, NameAr = "", NameEn = "" }).Entity;
        var changes = new List<FieldChange>();
        Change(changes, "NameAr", type.NameAr, draft.NameAr.Trim(), v => type.NameAr = v);
        Change(changes, "NameEn", type.NameEn, draft.NameEn.Trim(), v => type.NameEn = v);
        Change(changes, "HasCapacity", $"{type.HasCapacity}", $"{draft.HasCapacity}", _ => type.HasCapacity = draft.HasCapacity);
        Change(changes, "IsActive", $"{type.IsActive}", $"{draft.IsActive}", _ => type.IsActive = draft.IsActive);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Record(actor, now, created ? "resource_type.created" : "resource_type.changed", "resource_type", $"{type.Id}", null, changes);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SaveResult.Saved(type.Id);
    }

    private static void Change(List<FieldChange> changes, string field, string from, string to, Action<string> set)
    {
        if (from != to)
        {
            changes.Add(new FieldChange { Field = field, From = from, To = to });
            set(to);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,60}$")]
    private static partial Regex CodePattern();
}
