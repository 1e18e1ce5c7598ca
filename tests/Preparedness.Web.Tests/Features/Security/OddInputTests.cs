using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>A NUL byte, a page far past the end, SQL in a number: a clear message, never PostgreSQL's error.</summary>
public sealed class OddInputTests : DatabaseTest
{
    [Theory]
    [InlineData("org=1%20OR%201%3D1", "org")]
    [InlineData("page=85899346", "page")]
    [InlineData("q=drains%00", "q")]
    [InlineData("unit=-3&season=x", "unit,season")]
    public void The_task_list_names_what_it_left_out_of_its_address(string query, string problems)
    {
        var parsed = new QueryCollection(QueryHelpers.ParseQuery("?" + query));

        var (filter, request) = TaskListQuery.Parse(parsed);

        Assert.Equal(problems.Split(','), TaskListQuery.Problems(parsed));
        Assert.Null(filter.Text);
        Assert.Null(filter.OrganisationId);
        Assert.InRange(request.Page, 0, 100_000);
    }

    [Fact]
    public async Task Lists_far_past_their_end_and_filters_with_a_nul_byte_read_as_empty_not_as_an_error()
    {
        var tasks = await Get<TaskQueries>().ListAsync(World.Admin, World.Luxor.Id, new TaskFilter { Text = "drains\0 now" }, new TaskPageRequest(85899346));
        var audit = await Get<AuditQueries>().ListAsync(World.Admin, new AuditFilter(), 85899346);
        var accounts = await Get<AccountQueries>().ListAsync(World.Admin, new AccountFilter("sg\0"), 85899346);

        Assert.Empty(tasks.Rows);
        Assert.Empty(audit.Rows);
        Assert.Empty(accounts.Rows);
    }

    [Fact]
    public async Task A_search_of_thousands_of_words_is_cut_to_a_few()
    {
        await using var db = Db();
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "word" + i));

        var words = await SearchWords.ResolveAsync(db, World.Luxor.Id, text, CancellationToken.None);

        Assert.InRange(words.Count, 1, SearchWords.MaxWords);
    }

    [Fact]
    public async Task A_note_with_a_nul_byte_is_refused_with_a_message_and_nothing_changes()
    {
        var task = await World.AddTaskAsync();

        var errors = new ProgressUpdate(TaskStatus.InProgress, null, null, "cleaned\0 half", task.Version).Validate(task);

        Assert.Contains("Input.ControlCharacters", errors);
    }

    [Fact]
    public void The_audit_filters_name_a_nul_byte_and_a_governorate_that_is_no_number()
    {
        var parsed = new QueryCollection(QueryHelpers.ParseQuery("?q=%00&gov=1%20OR%201%3D1&user=admin"));

        Assert.Equal(["q", "gov"], AuditQueryString.Problems(parsed));
        Assert.Null(AuditQueryString.Parse(parsed).Text);
    }
}
