using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class TaskListQueryTests
{
    [Fact]
    public void An_address_without_a_status_opens_on_open_work()
    {
        var (filter, _) = Parse("");

        Assert.True(filter.OpenOnly);
        Assert.Null(filter.Status);
        Assert.Equal(TaskListQuery.Default, filter);
    }

    [Fact]
    public void Status_all_shows_every_task_and_an_explicit_status_shows_that_status()
    {
        var (all, _) = Parse("?status=all&org=4");
        var (verified, _) = Parse("?status=Verified");

        Assert.False(all.OpenOnly);
        Assert.Equal(4, all.OrganisationId);
        Assert.Equal(TaskStatus.Verified, verified.Status);
        Assert.False(verified.OpenOnly);
    }

    [Theory]
    [InlineData("?status=nonsense")]
    [InlineData("?status=999")]
    public void An_unknown_status_falls_back_to_the_default(string query) =>
        Assert.Equal(TaskListQuery.Default, Parse(query).Filter);

    [Theory]
    [InlineData("", "")]
    [InlineData("?status=all", "status=all")]
    [InlineData("?status=Blocked&overdue=true", "status=Blocked&overdue=True")]
    public void The_written_address_reads_back_as_the_same_list(string query, string written)
    {
        var (filter, request) = Parse(query);
        var parts = TaskListQuery.Format(filter, request.Sort, request.Descending, request.Page)
            .Where(p => p.Value is not null and not false)
            .Select(p => $"{p.Key}={p.Value}");

        Assert.Equal(written, string.Join("&", parts));
        Assert.Equal(filter, Parse("?" + string.Join("&", parts)).Filter);
    }

    private static (TaskFilter Filter, TaskPageRequest Request) Parse(string query) =>
        TaskListQuery.Parse(new QueryCollection(QueryHelpers.ParseQuery(query)));
}
