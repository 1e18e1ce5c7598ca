using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Security;

namespace Preparedness.Web.Tests.Features.Security;

public sealed class DetailedErrorsTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    public void Circuit_errors_are_detailed_only_in_development_even_when_configuration_asks_for_them(string environment, bool detailed)
    {
        var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new Environment { EnvironmentName = environment })
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .Configure<CircuitOptions>(o => o.DetailedErrors = true)
            .AddSecurity()
            .BuildServiceProvider();

        Assert.Equal(detailed, services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors);
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
