using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Data;

internal sealed class PreparednessDbContext(DbContextOptions<PreparednessDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>Sign-in and antiforgery keys, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Governorate> Governorates => Set<Governorate>();

    public DbSet<LocalUnit> LocalUnits => Set<LocalUnit>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<SeasonPlan> Plans => Set<SeasonPlan>();

    public DbSet<ReadinessTask> Tasks => Set<ReadinessTask>();

    public DbSet<Features.Tasks.Library.LibraryItem> LibraryItems => Set<Features.Tasks.Library.LibraryItem>();

    public DbSet<TaskHistoryEntry> TaskHistory => Set<TaskHistoryEntry>();

    public DbSet<ReminderOccurrence> ReminderOccurrences => Set<ReminderOccurrence>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDelivery> NotificationDeliveries => Set<NotificationDelivery>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<TaskEvidence> Evidence => Set<TaskEvidence>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<Features.Meetings.Meeting> Meetings => Set<Features.Meetings.Meeting>();

    public DbSet<Features.Meetings.MeetingDirective> MeetingDirectives => Set<Features.Meetings.MeetingDirective>();
    public DbSet<Features.Dashboard.Trends.ReadinessSnapshot> ReadinessSnapshots => Set<Features.Dashboard.Trends.ReadinessSnapshot>();

    public DbSet<Features.Health.HealthFacility> HealthFacilities => Set<Features.Health.HealthFacility>();

    public DbSet<Features.Health.BloodStock> BloodStocks => Set<Features.Health.BloodStock>();

    public DbSet<Features.Resources.ResourceType> ResourceTypes => Set<Features.Resources.ResourceType>();

    public DbSet<Features.Resources.ResourceEntry> ResourceEntries => Set<Features.Resources.ResourceEntry>();

    public DbSet<Features.Resources.ResourceMinimum> ResourceMinimums => Set<Features.Resources.ResourceMinimum>();

    public DbSet<Features.Resources.ResourceHistoryEntry> ResourceHistory => Set<Features.Resources.ResourceHistoryEntry>();

    public DbSet<Features.Resources.ResourceGapTask> ResourceGapTasks => Set<Features.Resources.ResourceGapTask>();

    public DbSet<Features.Agreements.Agreement> Agreements => Set<Features.Agreements.Agreement>();

    public DbSet<Features.Agreements.AgreementDocument> AgreementDocuments => Set<Features.Agreements.AgreementDocument>();

    public DbSet<Features.Agreements.AgreementCommitment> AgreementCommitments => Set<Features.Agreements.AgreementCommitment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(PreparednessDbContext).Assembly);
    }
}
