using System.Text;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Audit;

public sealed class AuditQueriesTests : DatabaseTest
{
    [Fact]
    public async Task Filters_combine_newest_first_and_dates_are_cairo_days()
    {
        // 22:30 UTC on 22 November is already 23 November in Cairo (UTC+2).
        await AddAsync(new DateTimeOffset(2026, 11, 22, 22, 30, 0, TimeSpan.Zero), "account.signin", World.Luxor.Id, "Water head");
        await AddAsync(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), "account.signin-failed", World.Luxor.Id, "Water head");
        await AddAsync(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), "task.progress", World.Luxor.Id, "Water head");
        await AddAsync(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), "account.signin", World.Luxor.Id, "SG Luxor");

        var page = await Get<AuditQueries>().ListAsync(World.Admin, new AuditFilter(From: new DateOnly(2026, 11, 23), To: new DateOnly(2026, 11, 23), User: "water", Action: "account."), 0);

        Assert.Equal(2, page.Total);
        Assert.Equal(["account.signin-failed", "account.signin"], page.Rows.Select(r => r.Action));
    }

    [Fact]
    public async Task The_secretariat_sees_only_its_own_governorates_events_whatever_governorate_it_asks_for()
    {
        await AddAsync(Now, "account.signin", World.Luxor.Id, "SG Luxor");
        await AddAsync(Now, "account.signin", World.Alexandria.Id, "SG Alexandria");
        await AddAsync(Now, "account.signin-failed", null, "someone unknown");

        var page = await Get<AuditQueries>().ListAsync(World.LuxorSecretariat, new AuditFilter(GovernorateId: World.Alexandria.Id), 0);
        var all = await Get<AuditQueries>().ListAsync(World.Admin, new AuditFilter(), 0);

        Assert.Equal(["SG Luxor"], page.Rows.Select(r => r.UserName));
        Assert.Equal(3, all.Total);
    }

    [Fact]
    public async Task Csv_starts_with_a_byte_order_mark_shows_cairo_time_and_defuses_formulas()
    {
        await AddAsync(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), "task.progress", World.Luxor.Id, "=HYPERLINK(\"http://evil\")",
            [new FieldChange { Field = "Achieved", From = "100", To = "120" }], "تطهير, البالوعات");
        using var output = new MemoryStream();

        await AuditCsv.WriteAsync(output, Get<AuditQueries>().ExportAsync(World.Admin, new AuditFilter()), Get<AuditWords>(), AuditNames.None, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("time_cairo,user,", lines[0]);
        Assert.StartsWith("2026-11-23 09:00:00,\"'=HYPERLINK(\"\"http://evil\"\")\",", lines[1]);
        Assert.Contains("Achieved: 100 → 120", lines[1]);
        Assert.EndsWith("\"تطهير, البالوعات\"", lines[1]);
    }

    private async Task AddAsync(DateTimeOffset at, string action, int? governorateId, string user, List<FieldChange>? changes = null, string? note = null)
    {
        await using var db = Db();
        db.AuditEvents.Add(new AuditEvent { At = at, Action = action, EntityType = "test", GovernorateId = governorateId, UserName = user, Changes = changes ?? [], Note = note });
        await db.SaveChangesAsync();
    }
}
