using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Notifications;

namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>An email ready to send for one claimed delivery.</summary>
internal sealed record OutgoingEmail(ClaimedDelivery Delivery, MimeMessage Message);

/// <summary>
/// Puts claimed deliveries into words in each recipient's language (Arabic unless they chose English),
/// with the absolute link to the task, in one query for the whole batch.
/// </summary>
internal sealed class EmailComposer(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    NotificationText text,
    IStringLocalizer<ReminderStrings> L,
    IOptions<EmailOptions> email,
    IOptions<PublicUrlOptions> urls)
{
    public async Task<IReadOnlyList<OutgoingEmail>> ComposeAsync(IReadOnlyList<ClaimedDelivery> deliveries, CancellationToken ct)
    {
        var ids = deliveries.Select(d => d.NotificationId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var views = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToViews(db).ToDictionaryAsync(v => v.Id, ct);
        var recipients = await db.Notifications.AsNoTracking()
            .Where(n => ids.Contains(n.Id))
            .Join(db.Users, n => n.RecipientUserId, u => u.Id, (n, u) => new { n.Id, u.DisplayName, u.PreferredCulture })
            .ToDictionaryAsync(r => r.Id, ct);
        return [.. deliveries.Select(d => Compose(d, views[d.NotificationId], recipients[d.NotificationId].DisplayName, recipients[d.NotificationId].PreferredCulture))];
    }

    private OutgoingEmail Compose(ClaimedDelivery delivery, NotificationView view, string name, string culture)
    {
        using var scope = CultureScope.Use(culture);
        var rendered = text.Render(view);
        var link = new Uri(urls.Value.BaseUri, rendered.Link).ToString();
        var settings = new Uri(urls.Value.BaseUri, "notifications").ToString();
        var rtl = Cultures.IsArabic;

        var message = new MimeMessage { Subject = rendered.Title };
        message.From.Add(new MailboxAddress(email.Value.FromName, email.Value.FromAddress));
        message.To.Add(new MailboxAddress(name, delivery.Address));
        var body = new BodyBuilder
        {
            TextBody = string.Join("\n\n", [L["Email.Greeting", name], rendered.Title, .. rendered.Lines, L["Email.Open", link], L["Email.Footer", settings]]),
            HtmlBody = $"""
                <html lang="{(rtl ? "ar" : "en")}" dir="{(rtl ? "rtl" : "ltr")}"><body style="font-family: Tahoma, Arial, sans-serif">
                <p>{Html(L["Email.Greeting", name])}</p>
                <p><strong>{Html(rendered.Title)}</strong></p>
                {string.Concat(rendered.Lines.Select(line => $"<p>{Html(line)}</p>"))}
                <p><a href="{Html(link)}">{Html(L["Email.OpenLink"])}</a></p>
                <p style="color:#666;font-size:small">{Html(L["Email.Footer", settings])}</p>
                </body></html>
                """,
        };
        message.Body = body.ToMessageBody();
        return new OutgoingEmail(delivery, message);
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
