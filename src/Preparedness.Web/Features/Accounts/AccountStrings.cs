namespace Preparedness.Web.Features.Accounts;

/// <summary>Marker for the accounts, security and audit strings: AccountStrings.resx (English) and AccountStrings.ar.resx (Arabic).</summary>
internal sealed class AccountStrings;
