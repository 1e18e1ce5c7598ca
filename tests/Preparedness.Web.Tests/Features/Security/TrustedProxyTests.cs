using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Security;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>X-Forwarded-For is believed from configured proxies only.</summary>
[Collection(AppCollection.Name)]
public sealed class TrustedProxyTests(AppHost app) : IAsyncLifetime
{
    private const string Client = "203.0.113.7";
    private AppHost behindProxy = default!;

    public async Task InitializeAsync() =>
        behindProxy = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?> { [TrustedProxies.Setting] = "127.0.0.1, 10.0.0.0/8" });

    public Task DisposeAsync() => behindProxy.DisposeAsync();

    [Fact]
    public async Task Behind_a_configured_proxy_the_audit_trail_records_the_clients_address_and_elsewhere_the_header_is_ignored()
    {
        var throughProxy = await FailedSignInAddressAsync(behindProxy);
        var direct = await FailedSignInAddressAsync(app);

        Assert.Equal(Client, throughProxy);
        Assert.Equal("127.0.0.1", direct);
    }

    private async Task<string?> FailedSignInAddressAsync(AppHost host)
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", Client);

        await SignInTests.PostLoginAsync(client, unknown, "whatever-it-is");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.Where(a => a.Action == AccountActions.SignInFailed && a.UserName == unknown).Select(a => a.IpAddress).SingleAsync();
    }
}

public sealed class TrustedProxySettingTests
{
    [Fact]
    public void A_mistyped_proxy_address_is_refused_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TrustedProxies.Setting] = "10.0.0.1, 10.0.0.300" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddTrustedProxies().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value);

        Assert.Contains("Preparedness:TrustedProxies: \"10.0.0.300\"", error.Message, StringComparison.Ordinal);
    }
}
