using Microsoft.Extensions.Localization;
using Preparedness.Web.Components.Shared;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>A notification put into words: a title, a few lines, and where it leads (relative to the app's base).</summary>
internal sealed record RenderedNotification(string Title, IReadOnlyList<string> Lines, string Link);

/// <summary>
/// The words of every kind of notification, in the current UI culture: the bell and the list render
/// with the reader's culture, the email with the recipient's (<see cref="CultureScope"/>).
/// </summary>
internal sealed class NotificationText(IStringLocalizer<ReminderStrings> L, StormCalendar storms)
{
    public RenderedNotification Render(NotificationView n)
    {
        var title = Display.Name(n.TaskTitleAr ?? "", n.TaskTitleEn);
        var organisation = Display.Name(n.OrganisationNameAr ?? "", n.OrganisationNameEn);
        var due = n.DueOn is { } d ? Display.Date(d) : "";
        var taskLink = $"tasks/{n.TaskId}";
        return n.Kind switch
        {
            ReminderKind.DueSoon => new(
                n.Days == 0 ? L["Text.DueToday", title] : L["Text.DueSoon", title, Days(n.Days)],
                [L["Text.DueSoonBody", due]],
                taskLink),
            ReminderKind.Overdue => new(L["Text.Overdue", title, Days(n.Days)], [L["Text.OverdueBody", due]], taskLink),
            ReminderKind.Escalation when n.TaskId is null => Bundle(n, organisation),
            ReminderKind.Escalation => new(L["Text.Escalation", title, organisation, Days(n.Days)], [L["Text.EscalationBody", due]], taskLink),
            ReminderKind.Stale => new(L["Text.Stale", title, Days(n.Days)], [L["Text.StaleBody"]], taskLink),
            ReminderKind.Storm => Storm(n, title, taskLink),
            ReminderKind.RemindNow when n.TaskId is null => new(
                L["Text.RemindOrganisation", n.SentByName ?? "", organisation],
                [L["Text.RemindOrganisationBody", n.Days ?? 0]],
                $"tasks?org={n.OrganisationId}"),
            ReminderKind.RemindNow => new(L["Text.RemindTask", n.SentByName ?? "", title], [L["Text.RemindTaskBody", due]], taskLink),
            ReminderKind.Digest => Digest(n),
            ReminderKind.Returned => new(
                L["Text.Returned", n.SentByName ?? "", title],
                [L["Text.ReturnedBody", ReviewPayload.CommentOf(n.Payload) ?? ""]],
                taskLink),
            ReminderKind.Verified => new(
                L["Text.Verified", n.SentByName ?? "", title],
                ReviewPayload.CommentOf(n.Payload) is { } note ? [L["Text.VerifiedBody", note]] : [],
                taskLink),
            ReminderKind.LowBloodStock => LowStock(n),
            ReminderKind.AgreementReview => AgreementReview(n),
            ReminderKind.StaleResource or ReminderKind.StaleBloodStock => StaleStock(n),
            ReminderKind.ResourceGap => Gap(n),
            _ => new(n.Kind.ToString(), [], ""),
        };
    }

    /// <summary>"1 day", "2 days", "3 days", "11 days" with Arabic's own number agreement.</summary>
    public string Days(int? days) => days switch
    {
        1 => L["Days.One"],
        2 => L["Days.Two"],
        >= 3 and <= 10 => L["Days.Few", days.Value],
        _ => L["Days.Many", days ?? 0],
    };

    private RenderedNotification Storm(NotificationView n, string title, string link)
    {
        var storm = storms.Find(n.StormCode);
        var name = storm is null ? n.StormCode ?? "" : Display.Name(storm.NameAr, storm.NameEn);
        var lines = new List<string>();
        if (storm is not null && n.StormExpectedOn is { } expected)
        {
            var window = StormCalendar.Around(storm, expected);
            lines.Add(L["Text.StormBody", Display.Date(window.From), Display.Date(window.Until)]);
        }

        return new(L["Text.Storm", name, n.StormExpectedOn is { } on ? Display.Date(on) : "", title], lines, link);
    }

    private RenderedNotification LowStock(NotificationView n)
    {
        var stock = StockPayload.FromJson(n.Payload);
        var place = Display.Name(stock?.PlaceAr ?? "", stock?.PlaceEn);
        var line = stock switch
        {
            null => "",
            { UnitsOnHand: <= 0 } => L["Text.LowBloodStockEmpty"],
            { Days: { } days } => L["Text.LowBloodStockBody", days.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture), stock.UnitsOnHand],
            _ => "",
        };
        return new(L["Text.LowBloodStock", stock?.Item ?? "", place], line.Length == 0 ? [] : [line], "health");
    }

    private RenderedNotification AgreementReview(NotificationView n)
    {
        var agreement = AgreementPayload.FromJson(n.Payload);
        var review = n.DueOn is { } on ? Display.Date(on) : "";
        return new(
            L["Text.AgreementReview", Display.Name(agreement?.TitleAr ?? "", agreement?.TitleEn), review],
            [L["Text.AgreementReviewBody", Days(n.Days)]],
            agreement is null ? "agreements" : $"agreements/{agreement.AgreementId}");
    }

    /// <summary>An organisation's stale entries (or stocks) in one notification; one alone reads as itself.</summary>
    private RenderedNotification StaleStock(NotificationView n)
    {
        var items = StaleBundle.ItemsOf(n.Payload);
        if (items.Count != 1)
        {
            var lines = items.Take(BundleLines).Select(i => (i.Days is { } days
                ? L["Text.StaleItem", Display.Name(i.ItemAr, i.ItemEn), Display.Name(i.PlaceAr, i.PlaceEn), Days(days)]
                : L["Text.StaleItemNever", Display.Name(i.ItemAr, i.ItemEn), Display.Name(i.PlaceAr, i.PlaceEn)]).Value).ToList();
            if (items.Count > BundleLines)
            {
                lines.Add(L["Text.EscalationMore", items.Count - BundleLines]);
            }

            var organisation = Display.Name(n.OrganisationNameAr ?? "", n.OrganisationNameEn);
            return n.Kind == ReminderKind.StaleResource
                ? new(L["Text.StaleResourceMany", items.Count, organisation], lines, "resources")
                : new(L["Text.StaleBloodStockMany", items.Count, organisation], lines, "health");
        }

        var stale = items[0];
        var (item, place) = (Display.Name(stale?.ItemAr ?? "", stale?.ItemEn), Display.Name(stale?.PlaceAr ?? "", stale?.PlaceEn));
        if (n.Kind == ReminderKind.StaleResource)
        {
            return new(L["Text.StaleResource", item, place], [L["Text.StaleResourceBody", Days(stale?.Days)]], "resources");
        }

        var line = stale?.Days is { } days ? L["Text.StaleBloodStockBody", Days(days)] : L["Text.StaleBloodStockNever"];
        return new(L["Text.StaleBloodStock", item, place], [line], "health");
    }

    private RenderedNotification Gap(NotificationView n)
    {
        var gap = GapPayload.FromJson(n.Payload);
        return gap is null
            ? new(L["Kind.ResourceGap"], [], "resources")
            : new(L["Text.ResourceGap", Display.Name(gap.TypeAr, gap.TypeEn), Display.Name(gap.UnitAr, gap.UnitEn)],
                [L["Text.ResourceGapBody", gap.Minimum, gap.Working, gap.Gap]], "resources");
    }

    /// <summary>How many of a bundle's tasks are listed; the rest are behind the link.</summary>
    public const int BundleLines = 10;

    /// <summary>One organisation's late tasks in one notification, the latest first; the link lists them all.</summary>
    private RenderedNotification Bundle(NotificationView n, string organisation)
    {
        var tasks = BundlePayload.TasksOf(n.Payload);
        var lines = tasks.Take(BundleLines)
            .Select(t => L["Text.EscalationItem", Display.Name(t.TitleAr, t.TitleEn), Days(t.Days), Display.Date(t.DueOn)].Value)
            .ToList();
        if (tasks.Count > BundleLines)
        {
            lines.Add(L["Text.EscalationMore", tasks.Count - BundleLines]);
        }

        var title = tasks.Count == 1 ? L["Text.EscalationOne", organisation] : L["Text.EscalationMany", organisation, tasks.Count];
        return new(title, lines, $"tasks?org={n.OrganisationId}&overdue=true");
    }

    private RenderedNotification Digest(NotificationView n)
    {
        var governorate = Display.Name(n.GovernorateNameAr, n.GovernorateNameEn);
        var title = L["Text.Digest", governorate, Display.Date(DateOnly.FromDateTime(Localization.CairoTime.ToCairo(n.CreatedAt).DateTime))];
        if (DigestPayload.FromJson(n.Payload) is not { } p)
        {
            return new(title, [], "");
        }

        var lines = new List<string>
        {
            p.ScoreChange is { } change
                ? L["Text.DigestScoreChange", Display.Percent(p.Score), change.ToString("+0.#;-0.#;0", System.Globalization.CultureInfo.CurrentCulture)]
                : L["Text.DigestScore", Display.Percent(p.Score)],
            L["Text.DigestFlags", p.Overdue, p.AtRisk, p.Stale, p.AwaitingVerification],
            L["Text.DigestChanges", p.Changes.TasksUpdated, p.Changes.ReportedDone, p.Changes.Verified, p.Changes.Returned, p.Changes.NewlyOverdue],
        };
        if (p.Forecast is { } f)
        {
            lines.Add(Forecast(f));
        }

        if (p.WorstOverdue.Count > 0)
        {
            lines.Add(L["Text.DigestWorst"]);
            lines.AddRange(p.WorstOverdue.Select(w => L["Text.DigestWorstItem", Display.Name(w.TitleAr, w.TitleEn), Display.Name(w.OrganisationNameAr, w.OrganisationNameEn), Days(w.DaysLate)].Value));
        }

        return new(title, lines, "");
    }

    private string Forecast(DigestForecast f) => f.Verdict is "NoHistory" or "NoDeadline" || f.Deadline is null
        ? L["Text.DigestForecastNone"]
        : L["Text.DigestForecast", L[$"Text.Verdict.{f.Verdict}"], f.ReachesOn is { } on ? L["Text.DigestForecastOn", Display.Date(on)] : L["Text.DigestForecastNever"],
            Display.Date(f.Deadline.Value), f.NeedsPerWeek?.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) ?? "—"];
}
