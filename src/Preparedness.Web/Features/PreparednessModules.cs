using Microsoft.Extensions.DependencyInjection.Extensions;
using Preparedness.Web.Components;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Meetings;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Operations;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reports;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Security;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Structure;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Features;

/// <summary>
/// Every capability's services, written once: the web host, the tests' service host and the benchmarks
/// register this list, so what they exercise cannot drift from what production runs.
/// </summary>
internal static class PreparednessModules
{
    public static IServiceCollection AddPreparedness(this IServiceCollection services, IConfiguration configuration)
    {
        // A host may bring its own clock first (tests: a fake one).
        services.TryAddSingleton(TimeProvider.System);
        services.AddData(configuration);
        services.AddPreparednessLocalization();
        services.AddAccounts();
        services.AddAudit();
        services.AddSecurity();
        services.AddGovernorates();
        services.AddPlans();
        services.AddStructure();
        services.AddDashboard();
        services.AddNational();
        services.AddTasks();
        services.AddLive();
        services.AddVerification();
        services.AddReminders(configuration);
        services.AddSpreadsheets();
        services.AddSeasons();
        services.AddMeetings();
        services.AddResources();
        services.AddReports();
        services.AddHealth();
        services.AddAgreements();
        services.AddDemoData();
        services.AddUserInterface();
        services.AddOperations(configuration);
        return services;
    }
}
