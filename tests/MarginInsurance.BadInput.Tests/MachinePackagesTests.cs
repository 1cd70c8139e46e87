using System.Diagnostics;

namespace MarginInsurance.BadInput.Tests;

/// <summary>
/// The README's two commands on a bare machine: scripts/test installs the Debian packages the tests drive (chromium,
/// postgresql) from one place, scripts/lib.sh's <c>ensure_machine_packages</c>, which .ci/run only reaches through
/// scripts/test. Run in dry-run mode here (the commands are printed, not run); the real install was proven on a machine
/// without Chromium (see the ops report).
/// </summary>
public sealed class MachinePackagesTests
{
    private static readonly string Root = RepositoryRoot.Find();

    private static (int Exit, string Output) Bash(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source scripts/lib.sh; {script}");
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "bash hung");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>A machine without either: both are detected and one apt-get install (root) is planned for them.</summary>
    [Fact]
    public void ABareMachineGetsChromiumAndPostgresqlFromApt()
    {
        var bare = new Dictionary<string, string>
        {
            ["MARGIN_CHROMIUM"] = "/nonexistent/chromium",
            ["MARGIN_POSTGRES_LIB"] = "/nonexistent/postgresql",
            ["PATH"] = "/usr/bin:/bin",
            ["MARGIN_MACHINE_PACKAGES_DRY_RUN"] = "1",
        };
        var (exit, missing) = Bash("missing_machine_packages", bare);
        Assert.Equal(0, exit);
        Assert.Equal(["chromium", "postgresql"], missing.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var (installExit, plan) = Bash("ensure_machine_packages", bare);
        Assert.Equal(0, installExit);
        Assert.Contains("apt-get update", plan, StringComparison.Ordinal);
        Assert.Matches(@"apt-get install -y .*chromium postgresql", plan);
    }

    /// <summary>Nothing missing: nothing is installed (no apt-get, no root needed).</summary>
    [Fact]
    public void NothingIsInstalledWhenBothArePresent()
    {
        var pg = Directory.CreateTempSubdirectory("mi-pg-");
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(pg.FullName, "16", "bin"));
            foreach (var tool in new[] { "initdb", "pg_ctl", "createdb" })
            {
                var path = Path.Combine(bin.FullName, tool);
                File.WriteAllText(path, "#!/bin/sh\n");
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }

            var present = new Dictionary<string, string>
            {
                ["MARGIN_CHROMIUM"] = "/bin/sh",
                ["MARGIN_POSTGRES_LIB"] = pg.FullName,
                ["PATH"] = "/usr/bin:/bin",
                ["MARGIN_MACHINE_PACKAGES_DRY_RUN"] = "1",
            };
            var (exit, output) = Bash("missing_machine_packages; ensure_machine_packages", present);
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, output.Trim());
        }
        finally
        {
            pg.Delete(recursive: true);
        }
    }

    /// <summary>One place: scripts/test installs them; .ci/run only calls scripts/test.</summary>
    [Fact]
    public void TheTestCommandInstallsThemAndCiOnlyCallsIt()
    {
        Assert.Contains("ensure_machine_packages", File.ReadAllText(Path.Combine(Root, "scripts", "test")), StringComparison.Ordinal);
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));
        Assert.DoesNotContain("apt-get install", ci, StringComparison.Ordinal);
        Assert.Contains("scripts/test", ci, StringComparison.Ordinal);
    }
}
