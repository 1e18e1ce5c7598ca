using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets;

[Collection(AppCollection.Name)]
public sealed class ExportEndpointTests(AppHost app)
{
    [Fact]
    public async Task The_csv_holds_exactly_the_task_lists_rows_for_the_filter_in_the_address()
    {
        var client = await SignedInAsync("sg.luxor@preparedness.demo");
        var luxor = await GovernorateIdAsync(DemoAccounts.Luxor);

        var response = await client.GetAsync("/export/tasks.csv?overdue=true&sort=priority&desc=true");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var ids = CsvIds(Encoding.UTF8.GetString(bytes[3..]));
        Assert.NotEmpty(ids);
        Assert.Equal(await ListedIdsAsync(luxor, TaskListQuery.Default with { Overdue = true }, TaskSort.Priority, true), ids);
    }

    [Fact]
    public async Task Another_governorates_secretariat_gets_only_its_own_tasks_whatever_the_address_asks()
    {
        var client = await SignedInAsync("sg.alex@preparedness.demo");
        var luxor = await GovernorateIdAsync(DemoAccounts.Luxor);
        var alexandria = await GovernorateIdAsync(DemoAccounts.Alexandria);

        var ids = CsvIds(await client.GetStringAsync($"/export/tasks.csv?gov={luxor}"));

        Assert.NotEmpty(ids);
        Assert.Empty(ids.Intersect(await ListedIdsAsync(luxor, new TaskFilter(), TaskSort.DueOn, false)));
        Assert.Equal(await ListedIdsAsync(alexandria, TaskListQuery.Default, TaskSort.DueOn, false), ids);
    }

    [Fact]
    public async Task An_organisation_head_exports_the_list_they_can_read_as_a_right_to_left_workbook()
    {
        var client = await SignedInAsync("water.luxor@preparedness.demo");
        var luxor = await GovernorateIdAsync(DemoAccounts.Luxor);

        var response = await client.GetAsync("/export/tasks.xlsx?category=drainage");
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true, sheetName: "tasks").Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("رقم المهمة", rows[0]["id"]);
        Assert.Equal(
            await ListedIdsAsync(luxor, TaskListQuery.Default with { Category = TaskCategory.Drainage }, TaskSort.DueOn, false),
            rows.Skip(1).Select(r => Convert.ToInt32(r["id"], CultureInfo.InvariantCulture)));
        Assert.Contains("rightToLeft=\"1\"", SheetXml(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/tasks.xlsx")]
    [InlineData("/export/structure.csv")]
    [InlineData("/export/accounts.csv")]
    public async Task An_anonymous_request_is_sent_to_sign_in(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("water.luxor@preparedness.demo")]
    [InlineData("governor.luxor@preparedness.demo")]
    public async Task Only_those_who_administer_accounts_may_export_them(string user)
    {
        var client = await SignedInAsync(user);

        var response = await client.GetAsync("/export/accounts.xlsx");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_accounts_export_has_no_secret_and_only_the_secretariats_own_governorate()
    {
        var client = await SignedInAsync("sg.luxor@preparedness.demo");

        var lines = (await client.GetStringAsync("/export/accounts.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("email,display_name,role,governorate_code,organisation_code,active", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("water.luxor@preparedness.demo,", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Equal(DemoAccounts.Luxor, l.Split(',')[3]));
        Assert.DoesNotContain(lines, l => l.Contains("AQAAAA", StringComparison.Ordinal) || l.Contains("admin@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_structure_exports_units_and_organisations_as_two_sheets_or_one_csv_per_kind()
    {
        var client = await SignedInAsync("governor.luxor@preparedness.demo");

        await using var file = new MemoryStream(await client.GetByteArrayAsync("/export/structure.xlsx"));
        var organisations = (await client.GetStringAsync("/export/structure.csv?kind=organisations")).TrimStart('\uFEFF');

        Assert.Equal(["units", "organisations"], file.GetSheetNames());
        Assert.StartsWith("code,name_ar,name_en,kind,unit_code\r\n", organisations);
        Assert.Contains("شركة مياه الشرب والصرف الصحي بالأقصر", organisations);
        Assert.DoesNotContain("الإسكندرية", organisations);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, user, DemoAccounts.Password);
        return client;
    }

    private async Task<int> GovernorateIdAsync(string code)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.Governorates.Where(g => g.Code == code).Select(g => g.Id).SingleAsync();
    }

    /// <summary>Every page of the task list, as the page itself reads it.</summary>
    private async Task<List<int>> ListedIdsAsync(int governorateId, TaskFilter filter, TaskSort sort, bool descending)
    {
        var queries = app.Services.GetRequiredService<TaskQueries>();
        var reader = new Actor("test", "test", Roles.Secretariat, governorateId, null);
        var ids = new List<int>();
        for (var page = 0; ; page++)
        {
            var rows = (await queries.ListAsync(reader, governorateId, filter, new TaskPageRequest(page, TaskPageRequest.MaxPageSize, sort, descending))).Rows;
            ids.AddRange(rows.Select(r => r.Id));
            if (rows.Count < TaskPageRequest.MaxPageSize)
            {
                return ids;
            }
        }
    }

    private static List<int> CsvIds(string csv) =>
        [.. csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => int.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture))];

    private static string SheetXml(Stream file)
    {
        file.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
