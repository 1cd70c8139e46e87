using System.Diagnostics;
using CsCheck;

namespace MarginInsurance.Cli.Tests;

/// <summary>The CLI with bad arguments: non-zero exit and a message naming the option; nothing is deployed or started.</summary>
public sealed class CliTests
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "margin-insurance.dll");

    /// <summary>The local development tool (tools/MarginInsurance.DevTools): the demo and the rehearsal commands.</summary>
    private static readonly string DevDll = Path.Combine(AppContext.BaseDirectory, "margin-insurance-dev.dll");

    private static (int Exit, string Output) Run(params string[] args)
    {
        var (exit, stdout, stderr) = RunSplit(args);
        return (exit, stdout + stderr);
    }

    private static (int Exit, string Output) RunDev(params string[] args)
    {
        var (exit, stdout, stderr) = RunSplit(DevDll, args);
        return (exit, stdout + stderr);
    }

    /// <summary>Runs the CLI; stdout and stderr apart (machine output is on stdout only).</summary>
    internal static (int Exit, string Stdout, string Stderr) RunSplit(params string[] args) => RunSplit(Dll, args);

    private static (int Exit, string Stdout, string Stderr) RunSplit(string dll, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["MARGIN_PRIVATE_KEY"] = null;
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"margin-insurance {string.Join(' ', args)} hung");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void DeployWithoutRpcNamesTheOption()
    {
        var (exit, output) = Run("deploy", "--config", "deploy/local.json");
        Assert.NotEqual(0, exit);
        Assert.Contains("--rpc", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadConfidenceNamesTheOption()
    {
        // Several out-of-range values per run would need several processes; sample a handful.
        Gen.OneOf(Gen.Double[1.0, 1e6], Gen.Double[-1e6, 0.0], Gen.OneOf(1.5, 0.0, 1.0, -0.01)).Sample(c =>
        {
            var (exit, output) = Run("risk", "var", "--confidence", c.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEqual(0, exit);
            Assert.Contains("--confidence", output, StringComparison.Ordinal);
        }, iter: 4, threads: 1);

        var (e2, o2) = Run("risk", "var", "--confidence", "lots");
        Assert.NotEqual(0, e2);
        Assert.Contains("--confidence", o2, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionCliHasNoLocalDevelopmentCommands()
    {
        // The demo and the local rehearsal commands live in the development tool; the shipped CLI does not know them.
        foreach (var command in new[] { "demo", "local" })
        {
            var (exit, output) = Run(command);
            Assert.True(exit != 0, $"margin-insurance {command} exited 0: {output}");
            Assert.Contains($"Unrecognized command or argument '{command}'", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DemoWithBadPerpTradersNamesTheOption()
    {
        foreach (var n in new[] { "-1", "501" })
        {
            var (exit, output) = RunDev("demo", "--perp-traders", n);
            Assert.NotEqual(0, exit);
            Assert.Contains("--perp-traders", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DemoWithNoBorrowersNamesTheOption()
    {
        foreach (var n in new[] { "0", "-3", "2001" })
        {
            var (exit, output) = RunDev("demo", "--borrowers", n);
            Assert.NotEqual(0, exit);
            Assert.Contains("--borrowers", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AccountWithBadInputNamesTheArgument()
    {
        const string owner = "0x05cd713239ff1d9b7a2855e1476719febd6d9fe9";
        foreach (var (args, named) in new[]
        {
            (new[] { "account", "0x1234" }, "owner"),
            (new[] { "account", owner, "--sub", "-1" }, "--sub"),
            (new[] { "account", owner, "--what-if", "WETH" }, "--what-if"),
            (new[] { "account", owner, "--what-if", "WETH=-150" }, "--what-if"),
            (new[] { "account", owner, "--deployment", "no/such/file.json" }, "deploy"),
        })
        {
            var (exit, output) = Run(args);
            Assert.True(exit != 0, $"{string.Join(' ', args)} exited 0: {output}");
            Assert.Contains(named, output, StringComparison.Ordinal);
        }
    }
}
