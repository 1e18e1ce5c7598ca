using YamlDotNet.RepresentationModel;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>The one-server deployment (deploy/compose.yaml and nginx.conf), parsed and checked offline.</summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Compose = Yaml.Documents(RepositoryFiles.Path("deploy", "compose.yaml"))[0];

    [Fact]
    public void The_migration_runs_once_before_two_instances_of_which_only_one_runs_jobs()
    {
        Assert.Equal(["migrate", "nginx", "postgres", "web1", "web2"], Compose.Keys("services").Order(StringComparer.Ordinal));
        Assert.Equal("migrate", Compose.Text("services", "migrate", "command", "0"));
        Assert.Equal("service_healthy", Compose.Text("services", "migrate", "depends_on", "postgres", "condition"));
        foreach (var web in new[] { "web1", "web2" })
        {
            Assert.Equal("service_completed_successfully", Compose.Text("services", web, "depends_on", "migrate", "condition"));
            Assert.NotNull(Compose.Text("services", web, "environment", "ConnectionStrings__PreparednessListen"));
            Assert.NotNull(Compose.Text("services", web, "environment", "Preparedness__DataProtection__CertificatePath"));
            Assert.Equal("service_healthy", Compose.Text("services", "nginx", "depends_on", web, "condition"));
        }

        Assert.Equal("true", Compose.Text("services", "web1", "environment", "Preparedness__Jobs__Enabled"));
        Assert.Equal("false", Compose.Text("services", "web2", "environment", "Preparedness__Jobs__Enabled"));
    }

    [Fact]
    public void Nginx_keeps_a_browser_on_one_instance_passes_websockets_and_is_a_trusted_proxy()
    {
        var nginx = File.ReadAllText(RepositoryFiles.Path("deploy", "nginx.conf"));

        Assert.Contains("hash $affinity consistent;", nginx, StringComparison.Ordinal);
        Assert.Contains("server web1:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("server web2:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Connection $connection_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-For", nginx, StringComparison.Ordinal);

        var network = System.Net.IPNetwork.Parse(Compose.Text("services", "web1", "environment", "Preparedness__TrustedProxies")!);
        Assert.True(network.Contains(System.Net.IPAddress.Parse(Compose.Text("services", "nginx", "networks", "backend", "ipv4_address")!)));
    }

    [Fact]
    public void The_image_checks_its_own_readiness_and_runs_as_a_user_other_than_root()
    {
        var dockerfile = File.ReadAllLines(RepositoryFiles.Path("deploy", "Dockerfile"));
        var runtime = dockerfile[Array.FindLastIndex(dockerfile, l => l.StartsWith("FROM ", StringComparison.Ordinal))..];

        Assert.Contains(runtime, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal) && l.Contains("/health/ready", StringComparison.Ordinal));
        Assert.Contains(runtime, l => l == "USER $APP_UID");
        Assert.Contains(runtime, l => l.Contains("tzdata", StringComparison.Ordinal) && l.Contains("libicu", StringComparison.Ordinal) && l.Contains("fonts-", StringComparison.Ordinal));
    }
}
