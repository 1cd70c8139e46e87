using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;

namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>
/// Self-contained run: a Hardhat node of its own, a deployment from deploy/local.json, a fresh funded key.
/// Nothing is written to deployments/ and the node is killed at the end.
/// </summary>
internal static class LocalRun
{
    public static async Task RunAsync(CancellationToken ct)
    {
        await using var protocol = await LocalProtocol.StartAsync(cancellationToken: ct);
        Console.WriteLine($"local Hardhat node at {protocol.RpcUrl}");
        Console.WriteLine($"deployed deploy/local.json: vault {protocol.Deployment.MarginVault}");

        var user = await protocol.FundedKeyAsync();
        var client = await MarginClient.ConnectAsync(protocol.RpcUrl, user, protocol.Deployment, ct);
        await SampleFlow.RunAsync(client, mintMocks: true, ct);
    }
}
