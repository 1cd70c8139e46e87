using System.Numerics;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.LocalMocks;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.LocalChain;

/// <summary>
/// The protocol on a local chain: a Hardhat node started on a free port (or an existing node's URL),
/// a fresh funded deployer key, the contracts deployed with <see cref="ProtocolDeployer"/> from
/// deploy/local.json, and helpers to fund actors, mint mock tokens, move mock prices and snapshot.
/// Shared by the test fixtures, the demo and the samples.
/// </summary>
public sealed class LocalProtocol : IAsyncDisposable
{
    private static readonly BigInteger DeployerGas = BigInteger.Pow(10, 24);
    private static readonly BigInteger ActorGas = BigInteger.Pow(10, 21);
    private static readonly decimal FeedScale = 100_000_000m;
    private readonly IAsyncDisposable? _node;

    private LocalProtocol(IAsyncDisposable? node, string rpcUrl, DevChain chain, long chainId, Account deployer, DeploymentFile deployment, MarginClient admin)
    {
        _node = node;
        RpcUrl = rpcUrl;
        Chain = chain;
        ChainId = chainId;
        DeployerAccount = deployer;
        Deployment = deployment;
        Admin = admin;
    }

    /// <summary>JSON-RPC URL of the node.</summary>
    public string RpcUrl { get; }

    /// <summary>Development-chain controls (snapshots, time, mining, balances).</summary>
    public DevChain Chain { get; }

    /// <summary>The chain id.</summary>
    public long ChainId { get; }

    /// <summary>The deployer: admin, RISK_ORACLE and GUARDIAN (after <see cref="AttachAsync"/>: a funded key without roles).</summary>
    public Account DeployerAccount { get; }

    /// <summary>The deployment (not written to disk).</summary>
    public DeploymentFile Deployment { get; }

    /// <summary>The deployer's client.</summary>
    public MarginClient Admin { get; }

    /// <summary>
    /// Starts an anvil node (<see cref="AnvilNode"/>) and deploys the protocol on it; the instance owns the node. On anvil
    /// the Uniswap position mint of the deployment fails now and then (status 0, about one start in three on a 2-core
    /// machine; never seen on Hardhat): such a start is retried on a fresh node, up to four in all.
    /// </summary>
    public static async Task<LocalProtocol> StartOnAnvilAsync(CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var node = await AnvilNode.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await DeployAsync(node, node.RpcUrl, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex) when (attempt < AnvilDeployAttempts && ex.Message.StartsWith("uniswap.", StringComparison.Ordinal))
            {
                Console.WriteLine($"    deployment on anvil failed ({ex.Message}); starting a fresh node (attempt {attempt + 1} of {AnvilDeployAttempts})");
                await node.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await node.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    private const int AnvilDeployAttempts = 4;

    /// <summary>Starts a node (unless <paramref name="rpcUrl"/> names one) and deploys the protocol on it.</summary>
    public static async Task<LocalProtocol> StartAsync(string? rpcUrl = null, CancellationToken cancellationToken = default)
    {
        HardhatNode? node = null;
        if (string.IsNullOrWhiteSpace(rpcUrl))
        {
            node = await HardhatNode.StartAsync(cancellationToken).ConfigureAwait(false);
            rpcUrl = node.RpcUrl;
        }

        try
        {
            return await DeployAsync(node, rpcUrl, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Deploys the protocol on the node at <paramref name="rpcUrl"/> with a fresh funded deployer; the instance owns <paramref name="node"/> (null: an external node).</summary>
    private static async Task<LocalProtocol> DeployAsync(IAsyncDisposable? node, string rpcUrl, CancellationToken cancellationToken)
    {
        var plain = new Web3(rpcUrl);
        var chain = new DevChain(plain.Client);
        var chainId = (long)(await plain.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
        var deployer = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), chainId);
        await chain.SetBalanceAsync(deployer.Address, DeployerGas).ConfigureAwait(false);
        var (config, hash) = DeployConfig.Load(Path.Combine(RepositoryRoot.Find(), "deploy", "local.json"));
        var signed = new Web3(deployer, rpcUrl);
        var deployment = await new ProtocolDeployer(signed, poolLiquidity: new MockTokenLiquidity(signed), mocks: new MockContracts(signed)).DeployAsync(config, hash, cancellationToken).ConfigureAwait(false);
        var admin = await MarginClient.ConnectAsync(rpcUrl, deployer, deployment, cancellationToken).ConfigureAwait(false);
        return new LocalProtocol(node, rpcUrl, chain, chainId, deployer, deployment, admin);
    }

    /// <summary>
    /// Attaches to a protocol already deployed on a development node (Hardhat or anvil: it needs hardhat_setBalance):
    /// <see cref="Admin"/> is then a fresh funded key without roles, enough to mint mock tokens, move mock prices and
    /// fund actors. The node is left running on dispose.
    /// </summary>
    public static async Task<LocalProtocol> AttachAsync(string rpcUrl, DeploymentFile deployment, CancellationToken cancellationToken = default)
    {
        var plain = new Web3(rpcUrl);
        var chain = new DevChain(plain.Client);
        var chainId = (long)(await plain.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
        if (chainId != deployment.ChainId)
            throw new InvalidOperationException($"the node at {rpcUrl} is chain {chainId} but the deployment '{deployment.Network}' is on chain {deployment.ChainId}; pass the node it was deployed to");
        var key = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), chainId);
        await chain.SetBalanceAsync(key.Address, ActorGas).ConfigureAwait(false);
        var client = await MarginClient.ConnectAsync(rpcUrl, key, deployment, cancellationToken).ConfigureAwait(false);
        return new LocalProtocol(null, rpcUrl, chain, chainId, key, deployment, client);
    }

    /// <summary>A new key funded with ether for gas.</summary>
    public async Task<Account> FundedKeyAsync()
    {
        var account = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), ChainId);
        await Chain.SetBalanceAsync(account.Address, ActorGas).ConfigureAwait(false);
        return account;
    }

    /// <summary>A new funded participant holding <paramref name="mints"/> (symbol, human amount).</summary>
    public async Task<MarginClient> CreateActorAsync(params (string Symbol, string Amount)[] mints)
    {
        var account = await FundedKeyAsync().ConfigureAwait(false);
        foreach (var (symbol, amount) in mints)
        {
            await MintAsync(account.Address, symbol, ParseAmount(symbol, amount)).ConfigureAwait(false);
        }

        return await MarginClient.ConnectAsync(RpcUrl, account, Deployment).ConfigureAwait(false);
    }

    /// <summary>Raw units of a human amount of the base asset or a collateral.</summary>
    public BigInteger ParseAmount(string symbol, string amount) =>
        IsBase(symbol) ? Admin.Base(amount).Raw : Admin.Collateral(symbol, amount).Raw;

    /// <summary>Mints a mock token (base or collateral) to <paramref name="to"/>.</summary>
    public Task MintAsync(string to, string symbol, BigInteger raw) =>
        new MockERC20Service(Admin.Web3, IsBase(symbol) ? Deployment.BaseAsset : Deployment.Collateral(symbol).Token)
            .MintRequestAndWaitForReceiptAsync(to, raw);

    /// <summary>Posts a mock feed answer (8 decimals) and waits for it to be mined.</summary>
    public Task SetPriceAsync(string symbol, decimal price) =>
        Feed(symbol).SetAnswerRequestAndWaitForReceiptAsync(FeedAnswer(price));

    /// <summary>Posts a mock feed answer without waiting (automine may be off); returns the transaction hash.</summary>
    public Task<string> PostPriceAsync(string symbol, decimal price) =>
        Feed(symbol).SetAnswerRequestAsync(FeedAnswer(price));

    /// <summary>Reverts to <paramref name="snapshotId"/>, takes a new snapshot and resyncs the deployer's nonce.</summary>
    public async Task<string> RevertAndSnapshotAsync(string snapshotId)
    {
        await Chain.RevertAsync(snapshotId).ConfigureAwait(false);
        if (DeployerAccount.NonceService is { } nonces)
        {
            // The deployer's in-memory nonce would run ahead of the reverted chain.
            await nonces.ResetNonceAsync().ConfigureAwait(false);
        }

        return await Chain.SnapshotAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the node this instance started (an external node is left running).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync().ConfigureAwait(false);
        }
    }

    private MockAggregatorService Feed(string symbol) => new(Admin.Web3, Deployment.Collateral(symbol).Feed);

    private static BigInteger FeedAnswer(decimal price) => new(decimal.Round(price * FeedScale));

    private bool IsBase(string symbol) => string.Equals(symbol, Deployment.BaseSymbol, StringComparison.OrdinalIgnoreCase);
}
