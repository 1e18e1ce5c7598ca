using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

/// <summary>The <c>import</c> command: the page's service as the installation, its preview printed, its exit code.</summary>
public sealed class ImportCommandTests : DatabaseTest, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("import-cli-").FullName;

    [Fact]
    public async Task A_structure_file_imports_and_says_so_and_a_bad_one_prints_row_and_column_and_exits_non_zero()
    {
        var good = await WriteAsync("units.csv", ImportFiles.Csv("code,name_ar,name_en,kind,parent_code", "qurna,القرنة,Qurna,CentreAndCity,"));
        var bad = await WriteAsync("bad.csv", ImportFiles.Csv("code,name_ar,name_en,kind,parent_code", "luxor-city,مدينة الأقصر,Luxor city,City,", "tod,الطود,,City,"));
        var (goodOutput, badOutput) = (new StringWriter(), new StringWriter());

        var goodExit = await RunAsync(goodOutput, "structure", good, "--governorate", "LUXOR");
        var badExit = await RunAsync(badOutput, "structure", bad, "--governorate", "luxor");

        Assert.Equal((0, 1), (goodExit, badExit));
        Assert.Contains("structure: 1 to create, 0 to change, 0 unchanged, 0 errors.", goodOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("Imported.", goodOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("ERROR Local units: Row 3, column Name (English) (name_en): Enter the name in Arabic and in English.", badOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was written", badOutput.ToString(), StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal(["qurna"], await db.LocalUnits.Where(u => u.Code != "esna" && u.Code != "armant" && u.Code != "montaza").Select(u => u.Code).ToListAsync());
        Assert.Equal("installation", (await db.AuditEvents.SingleAsync()).UserId);
    }

    [Fact]
    public async Task Users_print_their_set_password_links_and_bad_arguments_print_the_usage()
    {
        var users = await WriteAsync("users.csv", ImportFiles.Csv("email,display_name,role,governorate_code,organisation_code,active", "sg@luxor.gov.eg,السكرتير العام,Secretariat,luxor,,"));
        var (output, usage, noSite) = (new StringWriter(), new StringWriter(), new StringWriter());

        var exit = await RunAsync(output, "users", users, "--governorate", "luxor", "--site", "https://preparedness.example/");
        var usageExit = await RunAsync(usage, "people", users, "--governorate", "luxor");
        var noSiteExit = await RunAsync(noSite, "users", users, "--governorate", "luxor");

        Assert.Equal((0, 2, 2), (exit, usageExit, noSiteExit));
        Assert.Contains("sg@luxor.gov.eg: https://preparedness.example/account/set-password?userId=", output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Usage: dotnet Preparedness.Web.dll import", usage.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> WriteAsync(string name, ImportFile file)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, file.Content);
        return path;
    }

    private Task<int> RunAsync(TextWriter output, params string[] args) => ImportCommand.RunAsync(Get<IServiceProvider>(), args, output);
}
