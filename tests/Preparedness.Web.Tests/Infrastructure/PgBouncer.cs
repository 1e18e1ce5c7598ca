using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// Debian's PgBouncer in front of a test's own PostgreSQL, on a loopback port of its own: transaction mode
/// accepts LISTEN and then delivers nothing, the mistake the live listener must notice.
/// </summary>
internal sealed class PgBouncer : IDisposable
{
    private const string Binary = "/usr/sbin/pgbouncer";

    private readonly string directory;
    private readonly int serverPort;
    private readonly Process process;

    private PgBouncer(string directory, int serverPort, int port, Process process) =>
        (this.directory, this.serverPort, Port, this.process) = (directory, serverPort, port, process);

    public int Port { get; }

    public static async Task<PgBouncer> StartAsync(int serverPort, string poolMode)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("PgBouncer is started on Linux only.");
        }

        Assert.True(File.Exists(Binary), $"{Binary} is missing: apt-get install -y pgbouncer (deploy/test.sh installs it)");
        var directory = Path.Combine("/tmp", "preparedness-pgbouncer-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        // As root it drops to postgres (it refuses to run as root), which must read its files and write its log.
        File.SetUnixFileMode(directory, (UnixFileMode)0x1FF);
        var port = FreePort();
        WriteConfig(directory, serverPort, port, poolMode);
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false };
        if (Environment.IsPrivilegedProcess)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
        }

        // Quiet: its log goes to its file only (Log), not into the test run's output.
        start.ArgumentList.Add("-q");
        start.ArgumentList.Add(Path.Combine(directory, "pgbouncer.ini"));
        var process = Process.Start(start)!;
        var bouncer = new PgBouncer(directory, serverPort, port, process);
        await bouncer.WaitUntilAcceptingAsync();
        return bouncer;
    }

    /// <summary>Switches the pool mode as an operator would: edit the file, send SIGHUP; new clients get the new mode.</summary>
    public void Reload(string poolMode)
    {
        WriteConfig(directory, serverPort, Port, poolMode);
        using var kill = Process.Start("kill", ["-HUP", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public string Log => File.Exists(Path.Combine(directory, "pgbouncer.log")) ? File.ReadAllText(Path.Combine(directory, "pgbouncer.log")) : "";

    private static void WriteConfig(string directory, int serverPort, int port, string poolMode) =>
        File.WriteAllText(Path.Combine(directory, "pgbouncer.ini"), $"""
            [databases]
            * = host=127.0.0.1 port={serverPort} user=postgres

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = any
            pool_mode = {poolMode}
            default_pool_size = 5
            ignore_startup_parameters = extra_float_digits,options
            logfile = {Path.Combine(directory, "pgbouncer.log")}
            """);

    private async Task WaitUntilAcceptingAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                Assert.Fail($"pgbouncer exited ({process.ExitCode}): {Log}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover directory under /tmp is harmless.
        }
    }
}
