using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for a test: Debian's aiosmtpd (python3-aiosmtpd, importable by /usr/bin/python3
/// only) with its Maildir handler (smtp_sink.py), so every message received is a file to read back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "preparedness-mail-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? server;

    private SmtpSink(int port) => Port = port;

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink(FreePort());
        await sink.StartAgainAsync();
        return sink;
    }

    /// <summary>Starts (again, after <see cref="StopAsync"/>) on the same port.</summary>
    public async Task StartAgainAsync()
    {
        server = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            [Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture), folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("python3 smtp_sink.py did not start.");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        // Python can take a while to start on a busy 2-core machine.
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (!await AcceptsAsync())
        {
            if (server.HasExited || TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"aiosmtpd did not listen on port {Port} (is python3-aiosmtpd installed?).");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var received = Path.Combine(folder, "new");
        return Directory.Exists(received)
            ? [.. new DirectoryInfo(received).GetFiles().OrderBy(f => f.CreationTimeUtc).ThenBy(f => f.Name).Select(f => MimeMessage.Load(f.FullName))]
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        server?.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
