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
    private static readonly BigInteger GasMoney = BigInteger.Pow(10, 24);
    private HardhatNode? _node;
    private string _baseline = string.Empty;

    public string RpcUrl { get; private set; } = string.Empty;

    public DevChain Chain { get; private set; } = null!;

    public DeploymentFile Deployment { get; private set; } = null!;

    public Account DeployerAccount { get; private set; } = null!;

    /// <summary>The deployer's client: admin, RISK_ORACLE and GUARDIAN.</summary>
    public MarginClient Admin { get; private set; } = null!;

    public long ChainId { get; private set; }

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(RpcUrlVariable);
        if (string.IsNullOrWhiteSpace(external))
        {
            _node = await HardhatNode.StartAsync().ConfigureAwait(false);
            RpcUrl = _node.RpcUrl;
        }
        else
        {
            RpcUrl = external;
        }

        var plain = new Web3(RpcUrl);
        Chain = new DevChain(plain.Client);
        ChainId = (long)(await plain.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
        DeployerAccount = AccountLoader.FromPrivateKey(EthECKey.GenerateKey().GetPrivateKeyAsBytes().ToHex(), ChainId);
        await Chain.SetBalanceAsync(DeployerAccount.Address, GasMoney).ConfigureAwait(false);
        var (config, hash) = DeployConfig.Load(Path.Combine(RepositoryRoot.Find(), "deploy", "local.json"));
        Deployment = await new ProtocolDeployer(new Web3(DeployerAccount, RpcUrl)).DeployAsync(config, hash).ConfigureAwait(false);
        Admin = await MarginClient.ConnectAsync(RpcUrl, DeployerAccount, Deployment).ConfigureAwait(false);
        _baseline = await Chain.SnapshotAsync().ConfigureAwait(false);
    }

    /// <summary>Reverts the chain to the state right after deployment (and re-arms the snapshot).</summary>
    public async Task ResetAsync()
    {
        await Chain.RevertAsync(_baseline).ConfigureAwait(false);
        _baseline = await Chain.SnapshotAsync().ConfigureAwait(false);

        // The deployer's in-memory nonce would run ahead of the reverted chain.
        if (DeployerAccount.NonceService is { } nonces)
        {
            await nonces.ResetNonceAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A new key funded with ether and minted <paramref name="mints"/> (symbol → human amount).</summary>
    public async Task<MarginClient> CreateActorAsync(params (string Symbol, string Amount)[] mints)
    {
        var account = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), ChainId);
        await Chain.SetBalanceAsync(account.Address, BigInteger.Pow(10, 21)).ConfigureAwait(false);
        foreach (var (symbol, amount) in mints)
        {
            await MintAsync(account.Address, symbol, ParseAmount(symbol, amount)).ConfigureAwait(false);
        }

        return await MarginClient.ConnectAsync(RpcUrl, account, Deployment).ConfigureAwait(false);
    }

    public BigInteger ParseAmount(string symbol, string amount) =>
        IsBase(symbol) ? Admin.Base(amount).Raw : Admin.Collateral(symbol, amount).Raw;

    public Task MintAsync(string to, string symbol, BigInteger raw) =>
        new MockERC20Service(Admin.Web3, IsBase(symbol) ? Deployment.BaseAsset : Deployment.Collateral(symbol).Token)
            .MintRequestAndWaitForReceiptAsync(to, raw);

    /// <summary>Posts a feed answer (8 decimals) for <paramref name="symbol"/>.</summary>
    public Task SetPriceAsync(string symbol, decimal price) =>
        new MockAggregatorService(Admin.Web3, Deployment.Collateral(symbol).Feed)
            .SetAnswerRequestAndWaitForReceiptAsync(new BigInteger(decimal.Round(price * 100_000_000m)));

    /// <summary>Re-posts the deploy-time prices (refreshes the heartbeat without moving the market).</summary>
    public async Task RefreshPricesAsync()
    {
        await SetPriceAsync("WETH", 2000m).ConfigureAwait(false);
        await SetPriceAsync("WBTC", 60000m).ConfigureAwait(false);
        await SetPriceAsync("LINK", 15m).ConfigureAwait(false);
    }

    private bool IsBase(string symbol) => string.Equals(symbol, Deployment.BaseSymbol, StringComparison.OrdinalIgnoreCase);

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync().ConfigureAwait(false);
        }
        else if (_baseline.Length > 0)
        {
            await Chain.RevertAsync(_baseline).ConfigureAwait(false);
        }
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
