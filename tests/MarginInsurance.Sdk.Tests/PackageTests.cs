using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MarginInsurance.LocalChain;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// The packages as an integrator gets them: <c>scripts/pack</c> (after the Release build), each package's
/// metadata, XML docs and symbols, the set named by docs/sdk.md, the CLI as a .NET tool, and the SDK restored
/// from a local feed into a fresh console app that runs a flow against the test's Hardhat node.
/// </summary>
public sealed partial class PackageTests(ChainFixture fixture) : ChainTest(fixture)
{
    // Hardhat's development account #9 (funded with ether by every Hardhat node; the fixture uses other keys).
    private const string ConsumerKey = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";
    private const string ConsumerAddress = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
    private static readonly string[] Libraries = ["MarginInsurance.Core", "MarginInsurance.Contracts", "MarginInsurance.Sdk", "MarginInsurance.Risk", "MarginInsurance.Dashboard"];
    private const string Tool = "MarginInsurance.Cli";

    [Fact]
    public async Task PackedSdkRestoresFromALocalFeedAndRunsAFlow()
    {
        var root = RepositoryRoot.Find();
        var work = Directory.CreateTempSubdirectory("mi-pack-");
        try
        {
            // A version no cache has seen, so the restore below can only take these packages.
            var version = $"0.0.0-packtest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
            var feed = Directory.CreateDirectory(Path.Combine(work.FullName, "feed")).FullName;
            // --no-build: packs what the Release build (scripts/test's first step) produced.
            await RunAsync(root, "bash", ["scripts/pack", "--no-build", $"-p:PackageVersion={version}"], ("PACK_OUT", feed));

            var packed = Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Select(f => f![..^$".{version}.nupkg".Length]).Order().ToArray();
            Assert.Equal(Libraries.Append(Tool).Order(), packed);
            Assert.Equal(packed, DocumentedPackages(root));
            Assert.Single(Directory.GetFiles(feed, "margin-insurance-abi-*.tgz"));
            foreach (var id in packed)
            {
                CheckPackage(Path.Combine(feed, $"{id}.{version}.nupkg"), id, packed);
                Assert.Equal(id != Tool, File.Exists(Path.Combine(feed, $"{id}.{version}.snupkg")));
            }

            var config = WriteNuGetConfig(work.FullName, feed);
            var tools = Path.Combine(work.FullName, "tools");
            await RunAsync(work.FullName, "dotnet", ["tool", "install", Tool, "--version", version, "--tool-path", tools, "--configfile", config]);
            Assert.Contains("deploy", await RunAsync(work.FullName, Path.Combine(tools, "margin-insurance"), ["--help"]), StringComparison.Ordinal);

            // A fresh console app that knows nothing of the repository.
            var app = Directory.CreateDirectory(Path.Combine(work.FullName, "app")).FullName;
            File.Copy(config, Path.Combine(app, "NuGet.config"));
            await File.WriteAllTextAsync(Path.Combine(app, "Consumer.csproj"), ConsumerProject(version));
            await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), ConsumerProgram);
            var deploymentPath = Path.Combine(work.FullName, "deployment.json");
            Deployment.Save(deploymentPath);
            await Fixture.MintAsync(ConsumerAddress, "WETH", Fixture.ParseAmount("WETH", "10"));
            var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
            await lender.SupplyAsync(lender.Base("100000"));

            var output = await RunAsync(app, "dotnet", ["run", "-c", "Release", "--", Fixture.RpcUrl, deploymentPath], ("MARGIN_PRIVATE_KEY", ConsumerKey));
            // 10 WETH at 2,000: capacity 0.80 × 20,000 = 16,000; liquidation capacity 0.85 × 20,000 = 17,000 over 5,000 of debt.
            Assert.Matches(@"health 3\.(3999|4000)", output);
            Assert.Contains("rejected: the operation would leave margin health", output, StringComparison.Ordinal);
            Assert.Contains("would exceed borrow capacity 16000 USDC", output, StringComparison.Ordinal);
            var packages = Path.Combine(work.FullName, "packages");
            Assert.True(File.Exists(Path.Combine(packages, "margininsurance.sdk", version, "lib", "net10.0", "MarginInsurance.Sdk.xml")), "IntelliSense docs restored");
            Assert.True(await Fixture.Admin.Vault.DebtOfQueryAsync(ConsumerAddress, 0) >= Fixture.ParseAmount("USDC", "5000"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The package ids in the table of docs/sdk.md section 1.</summary>
    private static string[] DocumentedPackages(string root)
    {
        var guide = File.ReadAllText(Path.Combine(root, "docs", "sdk.md"));
        var section = guide[guide.IndexOf("## 1. Packages", StringComparison.Ordinal)..guide.IndexOf("## 2.", StringComparison.Ordinal)];
        return PackageRow().Matches(section).Select(m => m.Groups[1].Value).Order().ToArray();
    }

    private static void CheckPackage(string path, string id, string[] packed)
    {
        using var zip = ZipFile.OpenRead(path);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XElement metadata;
        using (var stream = nuspec.Open())
        {
            metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        string? Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal(id, Field("id"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")) || Field("description") == "Package Description", $"{id}: description");
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        Assert.Contains("margininsurance", Field("tags") ?? "", StringComparison.Ordinal);
        Assert.StartsWith("https://", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")?.Value, StringComparison.Ordinal);
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.All(dependencies.Where(d => d.StartsWith("MarginInsurance", StringComparison.Ordinal)), d => Assert.Contains(d, packed));
        if (id == Tool)
        {
            Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/margin-insurance.dll", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
        }
    }

    /// <summary>The local feed first, then the sources the machine is configured with; packages into a temp folder.</summary>
    private static string WriteNuGetConfig(string work, string feed)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } env
            ? env : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(work, "NuGet.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="margininsurance-local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="machine-cache" value="{cache}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        return path;
    }

    private static string ConsumerProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="MarginInsurance.Sdk" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    private const string ConsumerProgram = """
        using MarginInsurance.Contracts.MarginVault.ContractDefinition;
        using MarginInsurance.Sdk;
        using MarginInsurance.Sdk.Accounts;
        using MarginInsurance.Sdk.Deployments;
        using MarginInsurance.Sdk.Errors;
        using MarginInsurance.Sdk.Signing;

        var deployment = DeploymentFile.Load(args[1]);
        var client = await MarginClient.ConnectAsync(args[0], AccountLoader.FromEnvironment(deployment.ChainId), deployment);
        var me = AccountId.Cross(client.Signer);
        await client.DepositCollateralAsync(me, "WETH", client.Collateral("WETH", "10"));
        await client.BorrowAsync(me, client.Base("5000"));
        var view = await client.GetAccountAsync(me);
        Console.WriteLine($"health {view.Health}");
        try
        {
            await client.BorrowAsync(me, client.Base("20000"));
        }
        catch (MarginProtocolException<InsufficientMarginError> e)
        {
            Console.WriteLine($"rejected: {e.Message}");
        }
        """;

    private static async Task<string> RunAsync(string directory, string file, string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // No build servers left running after the test (MSBuild nodes, the compiler server).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        var output = new StringBuilder().Append(await stdout).Append(await stderr).ToString();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}");
        return output;
    }

    [GeneratedRegex(@"^\| `(MarginInsurance\.[A-Za-z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex PackageRow();
}
