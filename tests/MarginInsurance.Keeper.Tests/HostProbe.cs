using System.Net;
using System.Net.Sockets;

namespace MarginInsurance.Keeper.Tests;

/// <summary>Probes a keeper running in-process through <see cref="KeeperCli.RunAsync"/>: HTTP reads, waits, free ports.</summary>
internal static class HostProbe
{
    /// <summary>Waits up to <paramref name="seconds"/> for <paramref name="condition"/>; throws if the keeper exits first.</summary>
    public static async Task Until(Func<Task<bool>> condition, Task run, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (run.IsCompleted) throw new InvalidOperationException($"keeper run exited early with {(run.IsFaulted ? run.Exception!.ToString() : "no error")}");
            if (await condition()) return;
            await Task.Delay(100);
        }

        throw new TimeoutException($"condition not met within {seconds} s");
    }

    /// <summary>GET; a refused connection reads as 503 with an empty body.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> TryGet(HttpClient http, string url)
    {
        try
        {
            using var r = await http.GetAsync(new Uri(url));
            return (r.StatusCode, await r.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return (HttpStatusCode.ServiceUnavailable, string.Empty);
        }
    }

    /// <summary>The value of an unlabelled metric in a Prometheus text exposition (NaN when absent).</summary>
    public static double Metric(string exposition, string name) =>
        exposition.Split('\n').Where(l => l.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(double.NaN).First();
}
