using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class ArabicSearchTests : DatabaseTest
{
    [Theory]
    [InlineData("اعداد")]         // إعداد written without hamza
    [InlineData("إعداد")]
    [InlineData("أعداد")]
    [InlineData("خطه")]           // خطة with ه for ة
    [InlineData("الطوارئ")]
    [InlineData("الطوارى")]        // ئ written as ى
    [InlineData("مستشفى")]
    [InlineData("مستشفي")]        // ى written as ي
    [InlineData("خُطَّة")]          // with tashkeel
    [InlineData("EMERGENCY plan")]
    [InlineData("emergency")]
    public async Task Search_ignores_letter_variants_diacritics_and_case(string term)
    {
        var match = await World.AddTaskAsync(t =>
        {
            t.TitleAr = "إعداد خطة الطوارئ في مستشفى إسنا";
            t.TitleEn = "Prepare the Emergency Plan of Esna hospital";
        });
        await World.AddTaskAsync(t => { t.TitleAr = "تطهير مخرات السيول"; t.TitleEn = "Clear flood channels"; });

        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = term }, new TaskPageRequest());

        Assert.Equal([match.Id], page.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Every_word_must_match_and_like_wildcards_are_taken_literally()
    {
        await World.AddTaskAsync(t => { t.TitleAr = "تطهير مخرات السيول"; t.TitleEn = "Clear flood channels"; });
        var queries = Get<TaskQueries>();

        var both = await queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = "مخرات السيول" }, new TaskPageRequest());
        var oneMissing = await queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = "مخرات الكهرباء" }, new TaskPageRequest());
        var wildcard = await queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = "%" }, new TaskPageRequest());

        Assert.Equal(1, both.Total);
        Assert.Equal(0, oneMissing.Total);
        Assert.Equal(0, wildcard.Total);
    }

    [Fact]
    public async Task A_title_changed_by_the_secretariat_is_found_by_its_new_words()
    {
        var task = await World.AddTaskAsync();
        var details = (await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, task.Id))!;
        var draft = TaskDraft.From(details);
        draft.TitleAr = "رفع كفاءة محطات الرفع";

        await Get<TaskEditingService>().EditAsync(World.LuxorSecretariat, task.Id, draft, details.Version);
        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = "محطات" }, new TaskPageRequest());

        Assert.Equal(1, page.Total);
    }
}
