using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Notifications;

namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>An email ready to send, and the claimed deliveries it carries (one or more, all to one address).</summary>
internal sealed record OutgoingEmail(IReadOnlyList<ClaimedDelivery> Deliveries, MimeMessage Message);

/// <summary>
/// Puts claimed deliveries into words in each recipient's language (Arabic unless they chose English),
/// with the absolute link to each task, in one query for the whole batch. What one address is owed in a
/// batch goes in one email (a head with six overdue tasks gets one email listing six, not six emails),
/// up to <see cref="MaxPerEmail"/> notifications.
/// </summary>
internal sealed class EmailComposer(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    NotificationText text,
    IStringLocalizer<ReminderStrings> L,
    IOptions<EmailOptions> email,
    IOptions<PublicUrlOptions> urls)
{
    public const int MaxPerEmail = 50;

    public async Task<IReadOnlyList<OutgoingEmail>> ComposeAsync(IReadOnlyList<ClaimedDelivery> deliveries, CancellationToken ct)
    {
        var ids = deliveries.Select(d => d.NotificationId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var views = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToViews(db).ToDictionaryAsync(v => v.Id, ct);
        var recipients = await db.Notifications.AsNoTracking()
            .Where(n => ids.Contains(n.Id))
            .Join(db.Users, n => n.RecipientUserId, u => u.Id, (n, u) => new { n.Id, u.DisplayName, u.PreferredCulture })
            .ToDictionaryAsync(r => r.Id, ct);
        return
        [
            .. from d in deliveries
               group d by d.Address into byAddress
               from chunk in byAddress.OrderBy(d => d.NotificationId).Chunk(MaxPerEmail)
               let recipient = recipients[chunk[0].NotificationId]
               select Compose(chunk, [.. chunk.Select(d => views[d.NotificationId])], recipient.DisplayName, recipient.PreferredCulture),
        ];
    }

    private OutgoingEmail Compose(IReadOnlyList<ClaimedDelivery> deliveries, IReadOnlyList<NotificationView> views, string name, string culture)
    {
        using var scope = CultureScope.Use(culture);
        var items = views.Select(v => text.Render(v)).Select(r => (Rendered: r, Link: new Uri(urls.Value.BaseUri, r.Link).ToString())).ToList();
        var settings = new Uri(urls.Value.BaseUri, "notifications").ToString();
        var rtl = Cultures.IsArabic;

        var message = new MimeMessage { Subject = items.Count == 1 ? items[0].Rendered.Title : L["Email.Many", items.Count] };
        message.From.Add(new MailboxAddress(email.Value.FromName, email.Value.FromAddress));
        message.To.Add(new MailboxAddress(name, deliveries[0].Address));
        var body = new BodyBuilder
        {
            TextBody = string.Join("\n\n", [
                L["Email.Greeting", name],
                .. items.Select(i => string.Join("\n", [i.Rendered.Title, .. i.Rendered.Lines, L["Email.Open", i.Link].Value])),
                L["Email.Footer", settings]]),
            HtmlBody = $"""
                <html lang="{(rtl ? "ar" : "en")}" dir="{(rtl ? "rtl" : "ltr")}"><body style="font-family: Tahoma, Arial, sans-serif">
                <p>{Html(L["Email.Greeting", name])}</p>
                {string.Concat(items.Select(i => $"""
                    <p><strong>{Html(i.Rendered.Title)}</strong></p>
                    {string.Concat(i.Rendered.Lines.Select(line => $"<p>{Html(line)}</p>"))}
                    <p><a href="{Html(i.Link)}">{Html(L["Email.OpenLink"])}</a></p>
                    """))}
                <p style="color:#666;font-size:small">{Html(L["Email.Footer", settings])}</p>
                </body></html>
                """,
        };
        message.Body = body.ToMessageBody();
        return new OutgoingEmail(deliveries, message);
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
