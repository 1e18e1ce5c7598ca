using System.Net;
using System.Net.Sockets;

namespace Preparedness.LoadTests.Infrastructure;

internal static class FreePort
{
    /// <summary>A loopback port nobody is listening on right now (it can still be taken before we bind it).</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
