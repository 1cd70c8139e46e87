using System.Numerics;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Signing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// One Hardhat node per test run (or the node at MARGIN_TEST_RPC_URL), the protocol deployed through
/// <see cref="ProtocolDeployer"/> with deploy/local.json, and an evm_snapshot taken right after; every test
/// calls <see cref="ResetAsync"/> to start from that state. The node is killed on dispose.
/// </summary>
public sealed class ChainFixture : IAsyncLifetime
{
    public const string RpcUrlVariable = "MARGIN_TEST_RPC_URL";
    private LocalProtocol _protocol = null!;
    private string _baseline = string.Empty;

    public string RpcUrl => _protocol.RpcUrl;

    public DevChain Chain => _protocol.Chain;

    public DeploymentFile Deployment => _protocol.Deployment;

    public Account DeployerAccount => _protocol.DeployerAccount;

    /// <summary>The deployer's client: admin, RISK_ORACLE and GUARDIAN.</summary>
    public MarginClient Admin => _protocol.Admin;

    public long ChainId => _protocol.ChainId;

    public async Task InitializeAsync()
    {
        _protocol = await LocalProtocol.StartAsync(Environment.GetEnvironmentVariable(RpcUrlVariable)).ConfigureAwait(false);
        _baseline = await Chain.SnapshotAsync().ConfigureAwait(false);
    }

    /// <summary>Reverts the chain to the state right after deployment (and re-arms the snapshot).</summary>
    public async Task ResetAsync() => _baseline = await _protocol.RevertAndSnapshotAsync(_baseline).ConfigureAwait(false);

    /// <summary>A new key funded with ether and minted <paramref name="mints"/> (symbol → human amount).</summary>
    public Task<MarginClient> CreateActorAsync(params (string Symbol, string Amount)[] mints) => _protocol.CreateActorAsync(mints);

    public BigInteger ParseAmount(string symbol, string amount) => _protocol.ParseAmount(symbol, amount);

    public Task MintAsync(string to, string symbol, BigInteger raw) => _protocol.MintAsync(to, symbol, raw);

    /// <summary>Posts a feed answer (8 decimals) for <paramref name="symbol"/>.</summary>
    public Task SetPriceAsync(string symbol, decimal price) => _protocol.SetPriceAsync(symbol, price);

    /// <summary>Re-posts the deploy-time prices (refreshes the heartbeat without moving the market).</summary>
    public async Task RefreshPricesAsync()
    {
        await SetPriceAsync("WETH", 2000m).ConfigureAwait(false);
        await SetPriceAsync("WBTC", 60000m).ConfigureAwait(false);
        await SetPriceAsync("LINK", 15m).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(RpcUrlVariable) is { Length: > 0 } && _baseline.Length > 0)
        {
            await Chain.RevertAsync(_baseline).ConfigureAwait(false);
        }

        await _protocol.DisposeAsync().ConfigureAwait(false);
    }
}

[CollectionDefinition(Name)]
public sealed class ChainCollection : ICollectionFixture<ChainFixture>
{
    public const string Name = "hardhat chain";
}

/// <summary>Base of tests on the chain: resets it to the post-deployment snapshot before each test.</summary>
[Collection(ChainCollection.Name)]
public abstract class ChainTest(ChainFixture fixture) : IAsyncLifetime
{
    protected ChainFixture Fixture { get; } = fixture;

    protected DeploymentFile Deployment => Fixture.Deployment;

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
