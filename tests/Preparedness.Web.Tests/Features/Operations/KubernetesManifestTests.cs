using YamlDotNet.RepresentationModel;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>The Kubernetes manifests, parsed and checked offline: what a cluster would do with them without one at hand.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = RepositoryFiles.Path("deploy", "kubernetes");

    private static readonly List<YamlMappingNode> Resources =
    [
        .. Yaml.Documents(Path.Combine(Folder, "kustomization.yaml"))[0].Items("resources")
            .Select(r => ((YamlScalarNode)r).Value!)
            .SelectMany(file => Yaml.Documents(Path.Combine(Folder, file))),
    ];

    [Fact]
    public void Every_resource_the_kustomization_lists_exists_and_has_a_kind_and_a_name()
    {
        Assert.All(Resources, r => Assert.False(string.IsNullOrEmpty(r.Text("kind")) || string.IsNullOrEmpty(r.Text("metadata", "name"))));
        Assert.Equal(
            ["ConfigMap", "Deployment", "Deployment", "Ingress", "Job", "Namespace", "PodDisruptionBudget", "Service", "Service"],
            Resources.Select(r => r.Text("kind")!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("preparedness-web")]
    [InlineData("preparedness-jobs")]
    public void Probes_point_at_the_health_endpoints_and_resources_are_bounded(string deployment)
    {
        var container = Container(Named("Deployment", deployment));

        Assert.Equal("/health/ready", container.Text("readinessProbe", "httpGet", "path"));
        Assert.Equal("/health/live", container.Text("livenessProbe", "httpGet", "path"));
        Assert.Equal("http", container.Text("readinessProbe", "httpGet", "port"));
        Assert.Equal("8080", container.Text("ports", "0", "containerPort"));
        foreach (var kind in new[] { "requests", "limits" })
        {
            Assert.NotNull(container.Text("resources", kind, "cpu"));
            Assert.NotNull(container.Text("resources", kind, "memory"));
        }
    }

    [Fact]
    public void The_web_runs_two_or_more_replicas_without_jobs_and_one_deployment_runs_the_jobs()
    {
        var web = Named("Deployment", "preparedness-web");
        var jobs = Named("Deployment", "preparedness-jobs");

        Assert.True(int.Parse(web.Text("spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.Equal("0", web.Text("spec", "strategy", "rollingUpdate", "maxUnavailable"));
        Assert.Equal("false", Env(Container(web), "Preparedness__Jobs__Enabled"));
        Assert.Equal("1", jobs.Text("spec", "replicas"));
        Assert.Equal("true", Env(Container(jobs), "Preparedness__Jobs__Enabled"));
    }

    [Fact]
    public void The_migration_job_runs_migrate_and_comes_before_the_web_rollout()
    {
        var job = Named("Job", "preparedness-migrate");
        var web = Named("Deployment", "preparedness-web");

        Assert.Equal(["migrate"], Container(job).Items("args").Select(a => ((YamlScalarNode)a).Value));
        Assert.Equal("Never", job.Text("spec", "template", "spec", "restartPolicy"));
        Assert.True(Wave(job) < Wave(web), "the Job's sync wave must be lower than the web Deployment's");

        // The rollout script applies the Job alone, waits for it, and only then applies everything.
        var script = File.ReadAllLines(Path.Combine(Folder, "rollout.sh"));
        var applyJob = Array.FindIndex(script, l => l.Contains("kubectl apply -k", StringComparison.Ordinal) && l.Contains("migrate", StringComparison.Ordinal));
        var wait = Array.FindIndex(script, l => l.Contains("--for=condition=complete", StringComparison.Ordinal) && l.Contains("job/preparedness-migrate", StringComparison.Ordinal));
        var applyAll = Array.FindIndex(script, l => l.Trim() == "kubectl apply -k \"$DIR\"");
        Assert.True(applyJob >= 0 && applyJob < wait && wait < applyAll, $"apply job {applyJob}, wait {wait}, apply all {applyAll}");
        Assert.Equal("migrate", job.Text("metadata", "labels", "app.kubernetes.io/component"));
    }

    [Fact]
    public void The_ingress_keeps_a_browser_on_one_pod_and_sends_the_job_dashboard_to_the_jobs_pod()
    {
        var ingress = Named("Ingress", "preparedness");

        Assert.Equal("cookie", ingress.Text("metadata", "annotations", "nginx.ingress.kubernetes.io/affinity"));
        Assert.NotNull(ingress.Text("metadata", "annotations", "nginx.ingress.kubernetes.io/session-cookie-name"));
        Assert.True(int.Parse(ingress.Text("metadata", "annotations", "nginx.ingress.kubernetes.io/proxy-read-timeout")!, System.Globalization.CultureInfo.InvariantCulture) >= 600);
        var paths = ingress.Items("spec", "rules", "0", "http", "paths").ToDictionary(p => p.Text("path")!, p => p.Text("backend", "service", "name"));
        Assert.Equal("preparedness-web", paths["/"]);
        Assert.Equal("preparedness-jobs", paths["/hangfire"]);
        Assert.Contains(Resources, r => r.Text("kind") == "Service" && r.Text("metadata", "name") == "preparedness-web"
            && r.Text("spec", "selector", "app.kubernetes.io/component") == "web");
    }

    [Fact]
    public void A_disruption_budget_keeps_a_web_pod_and_secrets_are_only_referenced()
    {
        var budget = Named("PodDisruptionBudget", "preparedness-web");
        Assert.Equal("1", budget.Text("spec", "minAvailable"));
        Assert.Equal("web", budget.Text("spec", "selector", "matchLabels", "app.kubernetes.io/component"));

        var containers = Resources.Where(r => r.Text("kind") is "Deployment" or "Job").Select(Container).ToList();
        var secretish = from container in containers
                        from env in container.Items("env")
                        let name = env.Text("name")!
                        where name.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || name.Contains("Password", StringComparison.Ordinal)
                        select env;
        Assert.NotEmpty(secretish);
        Assert.All(secretish, env => Assert.NotNull(env.At("valueFrom", "secretKeyRef", "name")));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(Folder, "config.yaml")), l => !l.TrimStart().StartsWith('#') && l.Contains("Password=", StringComparison.Ordinal));
        Assert.DoesNotContain(Resources, r => r.Text("kind") == "Secret");
    }

    private static YamlMappingNode Named(string kind, string name) =>
        Resources.Single(r => r.Text("kind") == kind && r.Text("metadata", "name") == name);

    private static YamlNode Container(YamlMappingNode workload) => workload.At("spec", "template", "spec", "containers", "0")!;

    private static string? Env(YamlNode container, string name) =>
        container.Items("env").SingleOrDefault(e => e.Text("name") == name)?.Text("value");

    private static int Wave(YamlMappingNode resource) =>
        int.Parse(resource.Text("metadata", "annotations", "argocd.argoproj.io/sync-wave") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
}
