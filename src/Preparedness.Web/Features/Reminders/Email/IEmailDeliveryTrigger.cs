namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>Starts sending pending emails now rather than at the next retry sweep.</summary>
internal interface IEmailDeliveryTrigger
{
    void DeliverSoon();
}

/// <summary>Where no job server runs (tests, a web-only instance): pending emails wait for one that does.</summary>
internal sealed class NoEmailDeliveryTrigger : IEmailDeliveryTrigger
{
    public void DeliverSoon()
    {
    }
}
