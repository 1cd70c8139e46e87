using System.Diagnostics;
using System.Text;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A local node as a child process (the one harness of <see cref="HardhatNode"/> and <see cref="AnvilNode"/>): its
/// output kept for diagnostics, ready once it prints a marker line, killed with its process tree on dispose.
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private const int MaxOutput = 1_000_000;
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private NodeProcess(Process process) => _process = process;

    /// <summary>Everything the node printed so far (for diagnostics).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="info"/> and waits for a line containing <paramref name="readyMarker"/>. Returns the process
    /// and whether it became ready; one that exited or timed out first is already killed (its output stays readable).
    /// </summary>
    public static async Task<(NodeProcess Node, bool Ready)> StartAsync(ProcessStartInfo info, string readyMarker, TimeSpan timeout, CancellationToken cancellationToken)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start '{info.FileName}'");
        var node = new NodeProcess(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => node.OnOutput(e.Data, line => line.Contains(readyMarker, StringComparison.Ordinal) && ready.TrySetResult());
        process.ErrorDataReceived += (_, e) => node.OnOutput(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exited = process.WaitForExitAsync(deadline.Token);
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(Timeout.Infinite, deadline.Token)).ConfigureAwait(false);
        if (first == ready.Task) return (node, true);
        await node.DisposeAsync().ConfigureAwait(false);
        return (node, false);
    }

    private void OnOutput(string? line, Func<string, bool>? ready)
    {
        if (line is null) return;
        lock (_output)
        {
            if (_output.Length < MaxOutput) _output.AppendLine(line);
        }

        ready?.Invoke(line);
    }

    /// <summary>Kills the node and its process tree.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }
}
