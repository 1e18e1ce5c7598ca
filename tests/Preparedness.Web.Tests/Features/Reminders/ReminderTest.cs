using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>What one notification said, to whom: the shape the reminder tests compare.</summary>
internal sealed record Told(ReminderKind Kind, string UserId, int? TaskId);

/// <summary>
/// The test world plus the people reminders go to: the Luxor water company's head, Esna's head, the
/// Luxor secretariat and military adviser, and Alexandria's secretariat — real accounts with roles.
/// </summary>
public abstract class ReminderTest : DatabaseTest
{
    internal const string WaterHead = "head-water";
    internal const string EsnaHead = "head-esna";
    internal const string LuxorSecretariat = "sg-luxor";
    internal const string LuxorAdviser = "adviser-luxor";
    internal const string AlexSecretariat = "sg-alex";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddUserAsync(WaterHead, Roles.OrganisationHead, World.Luxor.Id, World.LuxorWater.Id);
        await AddUserAsync(EsnaHead, Roles.OrganisationHead, World.Luxor.Id, World.EsnaCouncil.Id);
        await AddUserAsync(LuxorSecretariat, Roles.Secretariat, World.Luxor.Id, null);
        await AddUserAsync(LuxorAdviser, Roles.MilitaryAdviser, World.Luxor.Id, null);
        await AddUserAsync(AlexSecretariat, Roles.Secretariat, World.Alexandria.Id, null);
    }

    internal async Task AddUserAsync(string id, string role, int governorateId, int? organisationId, string culture = "ar-EG", bool emailOptOut = false)
    {
        await using var db = Db();
        if (!await db.Roles.AnyAsync(r => r.Name == role))
        {
            db.Roles.Add(new IdentityRole(role) { Id = role, NormalizedName = role.ToUpperInvariant() });
        }

        db.Users.Add(new ApplicationUser
        {
            Id = id,
            UserName = id,
            Email = $"{id}@preparedness.test",
            DisplayName = id,
            GovernorateId = governorateId,
            OrganisationId = organisationId,
            PreferredCulture = culture,
            EmailOptOut = emailOptOut,
        });
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = role });
        await db.SaveChangesAsync();
    }

    /// <summary>Everything told so far, by kind (in the enum's order), recipient and task.</summary>
    internal async Task<List<Told>> ToldAsync()
    {
        await using var db = Db();
        var told = await db.Notifications
            .Join(db.ReminderOccurrences, n => n.OccurrenceId, o => o.Id, (n, o) => new Told(o.Kind, n.RecipientUserId, o.TaskId))
            .ToListAsync();

        // The kinds are written side by side, so ids say nothing about order: compare in a fixed one.
        return [.. told.OrderBy(t => t.Kind).ThenBy(t => t.UserId, StringComparer.Ordinal).ThenBy(t => t.TaskId)];
    }

    /// <summary>The escalations told, one per recipient and organisation, with the tasks each lists.</summary>
    internal async Task<List<(string UserId, int? OrganisationId, int[] TaskIds)>> EscalationsAsync()
    {
        await using var db = Db();
        var rows = await db.Notifications
            .Join(db.ReminderOccurrences, n => n.OccurrenceId, o => o.Id, (n, o) => new { n.RecipientUserId, o.Kind, o.OrganisationId, o.Payload })
            .Where(r => r.Kind == ReminderKind.Escalation)
            .ToListAsync();
        return [.. rows
            .Select(r => (r.RecipientUserId, r.OrganisationId, Web.Features.Reminders.Notifications.BundlePayload.TasksOf(r.Payload).Select(t => t.Id).Order().ToArray()))
            .OrderBy(r => r.RecipientUserId, StringComparer.Ordinal).ThenBy(r => r.OrganisationId)];
    }
}
