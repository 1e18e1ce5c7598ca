using Preparedness.Web.Components;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Security;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddData(builder.Configuration);
builder.Services.AddPreparednessLocalization();
builder.Services.AddAccounts();
builder.Services.AddAudit();
builder.Services.AddSecurity();
builder.Services.AddGovernorates();
builder.Services.AddDashboard();
builder.Services.AddTasks();
builder.Services.AddLive();
builder.Services.AddVerification();
builder.Services.AddReminders(builder.Configuration);
builder.Services.AddDemoData();
builder.Services.AddUserInterface();

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

app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseUserInterface();
app.UseAccounts();
app.MapAccounts();
app.MapAudit();
app.MapCultureSwitch();
app.MapDashboard();
app.MapTasks();
app.MapReminders();
app.MapUserInterface();

await app.PrepareDatabaseAsync();
app.Run();
