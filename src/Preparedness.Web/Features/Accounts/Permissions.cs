using Microsoft.AspNetCore.Authorization;
using Preparedness.Web.Features.Accounts.TwoFactor;

namespace Preparedness.Web.Features.Accounts;

/// <summary>
/// Page policies named after what the page is for, each asking the same <see cref="Actor"/> member as the
/// menu link and the page's service, so a page, its link and its service never disagree about a role.
/// </summary>
internal static class Permissions
{
    public const string ManageTasks = nameof(ManageTasks);
    public const string OwnTasks = nameof(OwnTasks);
    public const string ReadDeliveryLog = nameof(ReadDeliveryLog);
    public const string ManageStructure = nameof(ManageStructure);
    public const string ReadNational = nameof(ReadNational);

    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ManageTasks, Asking(actor => actor.CanManageAnyTasks))
        .AddPolicy(OwnTasks, Asking(actor => actor.HasOwnTasks))
        .AddPolicy(ReadDeliveryLog, Asking(actor => actor.CanReadAnyDeliveryLog))
        .AddPolicy(ManageStructure, Asking(actor => actor.CanManageAnyStructure))
        .AddPolicy(ReadNational, Asking(actor => actor.CanReadNational));

    // A named policy replaces the default one, so it repeats the default's second-factor requirement.
    private static AuthorizationPolicy Asking(Func<Actor, bool> rule) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new TwoFactorRule.Requirement())
        .RequireAssertion(context => Actor.From(context.User) is { } actor && rule(actor))
        .Build();
}
