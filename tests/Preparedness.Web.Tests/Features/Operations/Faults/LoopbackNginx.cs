using System.Diagnostics;
using System.Globalization;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>
/// deploy/nginx.conf, as deploy/compose.yaml mounts it, in front of two instances on loopback, with its own folder
/// (started as a daemon as deploy/instance-kill.sh does; stopped by its pid file); each answer says which instance
/// gave it (X-Upstream).
/// </summary>
internal sealed class LoopbackNginx : IDisposable
{
    private readonly string folder;

    private LoopbackNginx(string folder, int port) => (this.folder, Port) = (folder, port);

    public int Port { get; }

    public static async Task<LoopbackNginx> StartAsync(int web1, int web2)
    {
        var folder = Directory.CreateTempSubdirectory("preparedness-nginx-").FullName;
        var temp = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, (UnixFileMode)0b111_111_111); // nginx's workers may run as nobody
        }

        var port = PublishedOutputTests.FreePort();
        var site = (await File.ReadAllTextAsync(RepositoryFiles.Path("deploy", "nginx.conf")))
            .Replace("web1:8080", $"127.0.0.1:{web1}", StringComparison.Ordinal)
            .Replace("web2:8080", $"127.0.0.1:{web2}", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            // On port 80 the host name is the whole authority; here the app's redirects must keep the port.
            .Replace("proxy_set_header Host $host;", "proxy_set_header Host $http_host;", StringComparison.Ordinal)
            .Replace("add_header Set-Cookie $affinity_cookie always;", "add_header Set-Cookie $affinity_cookie always;\n    add_header X-Upstream $upstream_addr always;", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 256; }
            http {
              access_log off;
              client_body_temp_path {{temp}}; proxy_temp_path {{temp}}; fastcgi_temp_path {{temp}}; uwsgi_temp_path {{temp}}; scgi_temp_path {{temp}};
              include {{folder}}/site.conf;
            }
            """);
        // The daemon keeps the standard streams it was given: a pipe to this process would be closed under it
        // (and the next line it writes would kill it), so they go to a file in its folder.
        var output = Path.Combine(folder, "start.log");
        using var nginx = Process.Start("sh", ["-c", "exec nginx -e \"$1/error.log\" -c \"$1/nginx.conf\" -p \"$1\" </dev/null >>\"$2\" 2>&1", "sh", folder, output])!;
        await nginx.WaitForExitAsync();
        var refused = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
        var proxy = new LoopbackNginx(folder, port);
        if (nginx.ExitCode != 0)
        {
            proxy.Dispose();
            throw new InvalidOperationException($"nginx did not start: {refused}");
        }

        await proxy.WaitListeningAsync();
        return proxy;
    }

    public static int PortOf(string? upstream) =>
        int.Parse(upstream![(upstream!.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    // nginx binds before it serves; the first answer (whatever its status) says it is there.
    private async Task WaitListeningAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var _ = await client.GetAsync($"http://127.0.0.1:{Port}/health/live");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"nginx is not answering: {File.ReadAllText(Path.Combine(folder, "error.log"))}");
    }

    public void Dispose()
    {
        var pidFile = Path.Combine(folder, "nginx.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            using var master = Process.GetProcessById(pid);
            master.Kill(entireProcessTree: true);
            master.WaitForExit();
        }

        Directory.Delete(folder, recursive: true);
    }
}
