using Preparedness.Web.Components;
using Preparedness.Web.Data;
using Preparedness.Web.Features;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Operations;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Security;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Tasks;

var builder = WebApplication.CreateBuilder(args);

// The framework's and the libraries' files come from the build's manifest when the app runs from its build
// output (deploy/run.sh) in any environment, not only Development; a published folder has no manifest and
// serves them from wwwroot as before.
builder.WebHost.UseStaticWebAssets();

// The capabilities' services, listed in Features/PreparednessModules.cs: the tests and benchmarks register the same list.
builder.Services.AddPreparedness(builder.Configuration);

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.MigrateDatabaseAsync();
    return;
}

if (args.FirstOrDefault() == FirstAdministrator.Command)
{
    Environment.ExitCode = await FirstAdministrator.RunAsync(app.Services, args[1..], Console.Out);
    return;
}

if (args.FirstOrDefault() == ImportCommand.Command)
{
    Environment.ExitCode = await ImportCommand.RunAsync(app.Services, args[1..], Console.Out);
    return;
}

// Before the endpoints: mapping the jobs writes the recurring schedule into Hangfire's tables, which migrate makes.
await app.PrepareDatabaseAsync();

app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseUserInterface();
app.UseAccounts();
app.MapAccounts();
app.MapAudit();
app.MapCultureSwitch();
app.MapDashboard();
app.MapTrends();
app.MapNational();
app.MapTasks();
app.MapAgreements();
app.MapReminders();
app.MapSpreadsheets();
app.MapOperations();
app.MapUserInterface();

app.Run();
