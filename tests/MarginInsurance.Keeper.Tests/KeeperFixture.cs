using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Signing;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// One Hardhat node per run (started on a free port, killed on dispose), the protocol deployed through ProtocolDeployer
/// with deploy/local.json, and an evm_snapshot to revert to before every test (same approach as Sdk.Tests' ChainFixture).
/// </summary>
public sealed class KeeperFixture : IAsyncLifetime
{
    private LocalProtocol _protocol = null!;
    private string _baseline = string.Empty;

    public string RpcUrl => _protocol.RpcUrl;
    public DevChain Chain => _protocol.Chain;
    public DeploymentFile Deployment => _protocol.Deployment;
    public Account DeployerAccount => _protocol.DeployerAccount;
    public MarginClient Admin => _protocol.Admin;
    public long ChainId => _protocol.ChainId;

    public async Task InitializeAsync()
    {
        _protocol = await LocalProtocol.StartAsync();
        var lender = await CreateActorAsync(("USDC", "5000000"));
        await lender.SupplyAsync(lender.Base("5000000"));
        var insurer = await CreateActorAsync(("USDC", "500000"));
        await insurer.DepositInsuranceAsync(insurer.Base("500000"));
        _baseline = await Chain.SnapshotAsync();
    }

    public async Task ResetAsync()
    {
        await Chain.SetAutomineAsync(true);
        _baseline = await _protocol.RevertAndSnapshotAsync(_baseline);
    }

    public Task<MarginClient> CreateActorAsync(params (string Symbol, string Amount)[] mints) => _protocol.CreateActorAsync(mints);

    public Account NewKey() => new(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), ChainId);

    public BigInteger ParseAmount(string symbol, string amount) => _protocol.ParseAmount(symbol, amount);

    public Task MintAsync(string to, string symbol, BigInteger raw) => _protocol.MintAsync(to, symbol, raw);

    /// <summary>A funded keeper key (ether + 1,000,000 base).</summary>
    public async Task<Account> KeeperKeyAsync()
    {
        var key = NewKey();
        await Chain.SetBalanceAsync(key.Address, BigInteger.Pow(10, 21));
        await MintAsync(key.Address, "USDC", ParseAmount("USDC", "1000000"));
        return key;
    }

    /// <summary>Opens a position: deposit <paramref name="amount"/> of <paramref name="symbol"/> into (trader, subId), borrow <paramref name="borrow"/>.</summary>
    public async Task<(MarginClient Trader, AccountId Account)> OpenAsync(string symbol, string amount, string borrow, int subId = 0, MarginClient? trader = null)
    {
        trader ??= await CreateActorAsync();
        await MintAsync(trader.Signer, symbol, ParseAmount(symbol, amount));
        var account = new AccountId(trader.Signer, subId);
        await trader.DepositCollateralAsync(account, symbol, trader.Collateral(symbol, amount));
        if (decimal.Parse(borrow, System.Globalization.CultureInfo.InvariantCulture) > 0) await trader.BorrowAsync(account, trader.Base(borrow));
        return (trader, account);
    }

    /// <summary>Posts a feed answer WITHOUT waiting for it to be mined (automine may be off). Returns the tx hash.</summary>
    public Task<string> PostPriceAsync(string symbol, decimal price) => _protocol.PostPriceAsync(symbol, price);

    /// <summary>Posts a feed answer and waits for it (automine on).</summary>
    public Task SetPriceAsync(string symbol, decimal price) => _protocol.SetPriceAsync(symbol, price);

    public async Task<BigInteger> BlockNumberAsync() => (await Admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public async Task<BigInteger> BlockOfAsync(string hash) => (await Admin.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)).BlockNumber.Value;

    /// <summary>Every Liquidate event of the vault since deployment.</summary>
    public async Task<IReadOnlyList<(LiquidateEventDTO Event, BigInteger Block)>> LiquidationsAsync()
    {
        var ev = Admin.Web3.Eth.GetEvent<LiquidateEventDTO>(Deployment.MarginVault);
        var changes = await ev.GetAllChangesAsync(ev.CreateFilterInput(new BlockParameter(new HexBigInteger(Deployment.DeploymentBlock)), BlockParameter.CreateLatest()));
        return changes.Select(c => (c.Event, c.Log.BlockNumber.Value)).ToList();
    }

    public async Task DisposeAsync() => await _protocol.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class KeeperCollection : ICollectionFixture<KeeperFixture>
{
    public const string Name = "keeper chain";
}

/// <summary>Base of keeper tests: reverts the chain, gives each test a fresh state file and a logger into the test output.</summary>
[Collection(KeeperCollection.Name)]
public abstract class KeeperTest(KeeperFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<KeeperEngine> _engines = [];

    protected KeeperFixture Fixture { get; } = fixture;
    protected ITestOutputHelper Output { get; } = output;
    protected string StatePath { get; } = Path.Combine(Path.GetTempPath(), $"keeper-test-{Guid.NewGuid():N}.db");
    protected ILogger Logger => new TestLogger(Output);

    public virtual Task InitializeAsync() => Fixture.ResetAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var e in _engines) e.Dispose();
        await Fixture.Chain.SetAutomineAsync(true);
        foreach (var f in new[] { StatePath, StatePath + "-wal", StatePath + "-shm" })
        {
            try { File.Delete(f); } catch (IOException) { }
        }
    }

    protected KeeperOptions Options(Action<KeeperOptions>? configure = null)
    {
        var o = new KeeperOptions { RpcUrl = Fixture.RpcUrl, StatePath = StatePath, MinProfit = "1", MaxFeePerGasGwei = 500m, HttpUrl = string.Empty };
        configure?.Invoke(o);
        var valid = new KeeperOptionsValidator().Validate(null, o);
        Assert.True(valid.Succeeded, valid.FailureMessage);
        return o;
    }

    protected async Task<KeeperEngine> StartKeeperAsync(Account key, KeeperOptions options)
    {
        var engine = await KeeperEngine.StartAsync(options, Fixture.Deployment, key, Logger);
        _engines.Add(engine);
        return engine;
    }

    /// <summary>Audits the chain from <paramref name="from"/> (summary printed to the test output).</summary>
    protected async Task<AuditReport> AuditAsync(IReadOnlyCollection<AccountId> accounts, IReadOnlyCollection<string> keepers, BigInteger from)
    {
        var report = await LiquidationAudit.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, accounts, keepers, from);
        Output.WriteLine($"AUDIT {report.Summary}");
        return report;
    }

    protected void Stop(KeeperEngine engine)
    {
        _engines.Remove(engine);
        engine.Dispose();
    }
}

internal sealed class TestLogger(ITestOutputHelper output) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        try
        {
            output.WriteLine($"[{logLevel.ToString()[..4]}] {formatter(state, exception)}");
        }
        catch (InvalidOperationException)
        {
            // the test already finished
        }
    }
}
