namespace Preparedness.Web.Features.Accounts;

/// <summary>Thrown by a service when the actor may not do what was asked; pages show a localized message.</summary>
internal sealed class AccessDeniedException(string message) : Exception(message);
