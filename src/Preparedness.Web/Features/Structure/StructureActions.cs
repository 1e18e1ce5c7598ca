namespace Preparedness.Web.Features.Structure;

/// <summary>The audit trail's action names and entity types for governorates, local units and organisations.</summary>
internal static class StructureActions
{
    public const string GovernorateEntity = "governorate";
    public const string UnitEntity = "unit";
    public const string OrganisationEntity = "organisation";

    public static string Created(string entity) => $"{entity}.created";

    public static string Changed(string entity) => $"{entity}.changed";

    public static string ActiveChanged(string entity, bool active) => active ? $"{entity}.reactivated" : $"{entity}.deactivated";
}
