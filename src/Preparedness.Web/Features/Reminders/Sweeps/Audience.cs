namespace Preparedness.Web.Features.Reminders.Sweeps;

/// <summary>Who is told about an occurrence.</summary>
internal enum Audience
{
    /// <summary>
    /// The heads of the task's (or the reminded) organisation; for one of the governorate's own offices
    /// (<see cref="ReminderSweeps.SecretariatOffice"/>) also the secretariat, whose work it is.
    /// </summary>
    OrganisationHeads,

    /// <summary>The secretariat of the occurrence's governorate.</summary>
    Secretariat,

    /// <summary>The secretariat and the military adviser of the governorate: the digest's readers.</summary>
    SecretariatAndAdvisers,

    /// <summary>The heads of the occurrence's organisation and the secretariat of its governorate (a low blood stock).</summary>
    OrganisationHeadsAndSecretariat,
}
