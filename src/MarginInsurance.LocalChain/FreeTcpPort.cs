using System.Net;
using System.Net.Sockets;

namespace MarginInsurance.LocalChain;

/// <summary>The one free-port helper of the local harness: asks the OS for a free loopback TCP port (never a fixed port).</summary>
public static class FreeTcpPort
{
    /// <summary>A loopback TCP port that was free when asked (the listener that found it is closed before returning).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
