using System.Numerics;
using MarginInsurance.Contracts.KinkedRateModel.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Contracts;
using Nethereum.Contracts.QueryHandlers.MultiCall;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using CoreCollateralConfig = MarginInsurance.Core.CollateralConfig;

namespace MarginInsurance.Sdk.OffChain;

/// <summary>One listed collateral asset as read at a block: its bit index, config, add-on state and oracle price.</summary>
/// <param name="Index">Bit index in account asset masks.</param>
/// <param name="Token">Token address.</param>
/// <param name="Symbol">Symbol from the deployment file (the address if unknown to it).</param>
/// <param name="Config">Risk configuration with add-on state, in Core's form.</param>
/// <param name="PriceWad">OracleRouter.getPrice at the block; null when the router reverted (stale, out of bounds, no feed).</param>
public sealed record OffChainAsset(int Index, string Token, string Symbol, CoreCollateralConfig Config, BigInteger? PriceWad);

/// <summary>Everything market-wide that account math needs, read at one block.</summary>
/// <param name="BlockNumber">The pinned block.</param>
/// <param name="Timestamp">The block's timestamp (the evaluation time).</param>
/// <param name="Market">Indices, totals, rate model and reserve factor.</param>
/// <param name="Assets">Listed collateral assets by bit index.</param>
public sealed record OffChainMarket(BigInteger BlockNumber, BigInteger Timestamp, MarketState Market, IReadOnlyList<OffChainAsset> Assets);

/// <summary>An account's margin state computed off-chain at a block.</summary>
/// <param name="Account">The account.</param>
/// <param name="BorrowPrincipal">Stored borrow principal.</param>
/// <param name="AssetMask">Stored held-asset bitmask.</param>
/// <param name="Balances">Collateral balance by token address (assets in the mask only).</param>
/// <param name="Snapshot">Debt, capacities, health and utilization. When some held assets have no price they count as worth 0,
/// as liquidation and <c>healthBatch</c> count them (see <paramref name="Problem"/>); null when no held asset has a price.</param>
/// <param name="Problem">The held assets without a price, if any (logged by the keeper every scan).</param>
public sealed record OffChainAccount(
    AccountId Account, BigInteger BorrowPrincipal, int AssetMask, IReadOnlyDictionary<string, BigInteger> Balances,
    AccountSnapshot? Snapshot, string? Problem)
{
    /// <summary>Health as the vault's <c>healthBatch</c> view reports it (and <c>health</c>, when every held asset is priced): capacities are not priced without debt, so health is 2^256 − 1.</summary>
    public BigInteger? ChainHealth => Snapshot is null ? null : Snapshot.Debt.IsZero ? WadMath.MaxUint256 : Snapshot.Health;
}

/// <summary>The result of one <see cref="OffChainMarginReader.ReadAsync"/>: the market and every account, all at one block.</summary>
/// <param name="Market">Market and asset state.</param>
/// <param name="Accounts">Accounts in request order.</param>
/// <param name="RpcCalls">JSON-RPC requests this read made.</param>
public sealed record OffChainReadResult(OffChainMarket Market, IReadOnlyList<OffChainAccount> Accounts, int RpcCalls);

/// <summary>
/// Reads the raw protocol state at one pinned block — market indices and totals, rate model, reserve factor,
/// per-asset config, add-on state and oracle price, then each account's position and collateral balances —
/// through Multicall3, and computes every account's debt, capacities, health and utilization with
/// <see cref="HealthCalculator"/> at the block's timestamp (market accrued once per read; each account equal to
/// <see cref="AccountMath.Compute"/>). The result equals the vault's <c>accountState</c> view
/// at that block, to the wei. RPC requests: 1 block header + 1 market multicall + 2 multicalls per
/// <see cref="PageSize"/> accounts (positions, then balances).
/// </summary>
public sealed class OffChainMarginReader
{
    private readonly IWeb3 _web3;
    private readonly DeploymentFile _deployment;
    private readonly MultiQueryHandler _multicall;

    /// <summary>Creates a reader over <paramref name="web3"/> for <paramref name="deployment"/>.</summary>
    public OffChainMarginReader(IWeb3 web3, DeploymentFile deployment)
    {
        ArgumentNullException.ThrowIfNull(web3);
        ArgumentNullException.ThrowIfNull(deployment);
        _web3 = web3;
        _deployment = deployment;
        _multicall = web3.Eth.GetMultiQueryHandler(deployment.Multicall3);
    }

    /// <summary>Sub-calls per Multicall3 request.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Multicall3 pages of account reads in flight at once (1: one after the other).</summary>
    public int ConcurrentPages { get; init; } = 4;

    /// <summary>Reads the market and <paramref name="accounts"/> at <paramref name="blockNumber"/> (latest when null).</summary>
    public async Task<OffChainReadResult> ReadAsync(IReadOnlyList<AccountId> accounts, BigInteger? blockNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var calls = 0;
        var header = blockNumber is { } n
            ? await _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new HexBigInteger(n)).ConfigureAwait(false)
            : await _web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()).ConfigureAwait(false);
        calls++;
        var block = new BlockParameter(header.Number);
        cancellationToken.ThrowIfCancellationRequested();

        var (market, marketCalls) = await ReadMarketAsync(block, header.Number.Value, header.Timestamp.Value, cancellationToken).ConfigureAwait(false);
        calls += marketCalls;

        // Positions of every account, then the balances of the assets in each mask: Multicall3 pages encoded and decoded
        // on the ABI words (PackedMulticall), the same requests Nethereum's typed multicall would send.
        var vault = _deployment.MarginVault;
        var positionCalls = new (string, byte[])[accounts.Count];
        for (var i = 0; i < accounts.Count; i++) positionCalls[i] = (vault, PackedMulticall.EncodeStatic(PositionSelector, accounts[i].Owner, accounts[i].SubId));
        var (positionResults, positionRequests) = await RunPackedAsync(block, positionCalls, cancellationToken).ConfigureAwait(false);
        calls += positionRequests;

        var principals = new BigInteger[accounts.Count];
        var masks = new int[accounts.Count];
        var balanceCalls = new List<(string, byte[])>();
        var balanceOwners = new List<(int Account, OffChainAsset Asset)>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var data = Require(positionResults[i], "position").Span;
            principals[i] = PackedMulticall.UInt256(data, 0);
            var mask = (int)PackedMulticall.UInt256(data, 1);
            masks[i] = mask;
            foreach (var asset in market.Assets)
            {
                if ((mask & (1 << asset.Index)) == 0) continue;
                balanceCalls.Add((vault, PackedMulticall.EncodeStatic(CollateralOfSelector, accounts[i].Owner, accounts[i].SubId, asset.Token)));
                balanceOwners.Add((i, asset));
            }
        }

        var (balanceResults, balanceRequests) = await RunPackedAsync(block, balanceCalls, cancellationToken).ConfigureAwait(false);
        calls += balanceRequests;

        var result = new List<OffChainAccount>(accounts.Count);
        HealthCalculator? calculator = null;
        var next = 0;
        for (var i = 0; i < accounts.Count; i++)
        {
            var balances = new Dictionary<string, BigInteger>(StringComparer.OrdinalIgnoreCase);
            for (; next < balanceOwners.Count && balanceOwners[next].Account == i; next++)
                balances[balanceOwners[next].Asset.Token] = PackedMulticall.UInt256(Require(balanceResults[next], "collateralOf").Span, 0);
            result.Add(Evaluate(market, ref calculator, accounts[i], principals[i], masks[i], balances));
        }

        return new OffChainReadResult(market, result, calls);
    }

    /// <summary>
    /// What-if: <paramref name="read"/> with <paramref name="token"/> priced at <paramref name="priceWad"/> (a price
    /// update seen before it is mined, or a stress move), at the same block and timestamp. Accounts holding the token
    /// are recomputed with the same math as <see cref="ReadAsync"/>; the others are returned as read. No RPC.
    /// </summary>
    public static OffChainReadResult Reprice(OffChainReadResult read, string token, BigInteger priceWad)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(token);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priceWad);
        var assets = read.Market.Assets.Select(a => a.Token.Equals(token, StringComparison.OrdinalIgnoreCase) ? a with { PriceWad = priceWad } : a).ToList();
        var market = read.Market with { Assets = assets };
        HealthCalculator? calculator = null;
        var accounts = read.Accounts.Select(a => a.Balances.ContainsKey(token)
            ? Evaluate(market, ref calculator, a.Account, a.BorrowPrincipal, a.AssetMask, a.Balances)
            : a).ToList();
        return new OffChainReadResult(market, accounts, 0);
    }

    /// <summary>One account's snapshot from its stored principal and balances at <paramref name="market"/>'s prices.</summary>
    private static OffChainAccount Evaluate(
        OffChainMarket market, ref HealthCalculator? calculator, AccountId account, BigInteger principal, int mask, IReadOnlyDictionary<string, BigInteger> balances)
    {
        var positions = new List<CollateralPosition>(2);
        List<string>? unpriced = null;
        foreach (var asset in market.Assets)
        {
            if ((mask & (1 << asset.Index)) == 0 || !balances.TryGetValue(asset.Token, out var balance)) continue;
            if (asset.PriceWad is { } price) positions.Add(new CollateralPosition(asset.Token, asset.Config, balance, price));
            else (unpriced ??= []).Add(asset.Symbol);
        }

        string? problem = null;
        if (unpriced is not null)
        {
            problem = $"no oracle price at block {market.BlockNumber} for {string.Join(", ", unpriced)}";
            if (positions.Count == 0) return new OffChainAccount(account, principal, mask, balances, null, problem);

            // Liquidation (and healthBatch) count an unreadable asset as worth 0 and seize a priced one: so does this read.
            problem += " (valued at 0, as liquidation values it)";
        }

        // The market is accrued once for the whole read (lazily: only when an account is priced, as before).
        calculator ??= new HealthCalculator(market.Market, market.Timestamp);
        return new OffChainAccount(account, principal, mask, balances, calculator.Compute(positions, principal), problem);
    }

    private async Task<(OffChainMarket Market, int Calls)> ReadMarketAsync(BlockParameter block, BigInteger number, BigInteger timestamp, CancellationToken cancellationToken)
    {
        var vault = _deployment.MarginVault;
        var supplyIndex = Call<SupplyIndexFunction, SupplyIndexOutputDTO>(new(), vault);
        var borrowIndex = Call<BorrowIndexFunction, BorrowIndexOutputDTO>(new(), vault);
        var tsp = Call<TotalSupplyPrincipalFunction, TotalSupplyPrincipalOutputDTO>(new(), vault);
        var tbp = Call<TotalBorrowPrincipalFunction, TotalBorrowPrincipalOutputDTO>(new(), vault);
        var lastAccrual = Call<LastAccrualFunction, LastAccrualOutputDTO>(new(), vault);
        var rateModel = Call<RateModelFunction, RateModelOutputDTO>(new(), vault);
        var parameters = Call<MarketParamsFunction, MarketParamsOutputDTO>(new(), vault);
        var list = Call<CollateralAssetsFunction, CollateralAssetsOutputDTO>(new(), vault);
        var baseRate = Call<BaseRatePerYearFunction, BaseRatePerYearOutputDTO>(new(), _deployment.RateModel);
        var slope1 = Call<Slope1PerYearFunction, Slope1PerYearOutputDTO>(new(), _deployment.RateModel);
        var slope2 = Call<Slope2PerYearFunction, Slope2PerYearOutputDTO>(new(), _deployment.RateModel);
        var kink = Call<KinkWadFunction, KinkWadOutputDTO>(new(), _deployment.RateModel);
        var first = new List<IMulticallInputOutput> { supplyIndex, borrowIndex, tsp, tbp, lastAccrual, rateModel, parameters, list, baseRate, slope1, slope2, kink };
        var assetCalls = _deployment.Collaterals.Select(c => AssetCalls(c.Token)).ToList();
        first.AddRange(assetCalls.SelectMany(a => a.All));
        var calls = await RunAsync(block, first, cancellationToken).ConfigureAwait(false);
        foreach (var c in new IMulticallInputOutput[] { supplyIndex, borrowIndex, tsp, tbp, lastAccrual, rateModel, parameters, list })
        {
            Require(c, "market");
        }

        // The vault may have switched rate model or listed an asset this deployment file does not know: read those too.
        var listed = Require(list, "collateralAssets").Output.List;
        var missing = listed.Where(t => assetCalls.All(a => !a.Token.Equals(t, StringComparison.OrdinalIgnoreCase))).Select(AssetCalls).ToList();
        var second = new List<IMulticallInputOutput>(missing.SelectMany(a => a.All));
        var model = Require(rateModel, "rateModel").Output.ReturnValue1;
        if (!model.Equals(_deployment.RateModel, StringComparison.OrdinalIgnoreCase))
        {
            baseRate = Call<BaseRatePerYearFunction, BaseRatePerYearOutputDTO>(new(), model);
            slope1 = Call<Slope1PerYearFunction, Slope1PerYearOutputDTO>(new(), model);
            slope2 = Call<Slope2PerYearFunction, Slope2PerYearOutputDTO>(new(), model);
            kink = Call<KinkWadFunction, KinkWadOutputDTO>(new(), model);
            second.AddRange([baseRate, slope1, slope2, kink]);
        }

        if (second.Count > 0)
        {
            calls += await RunAsync(block, second, cancellationToken).ConfigureAwait(false);
        }

        assetCalls.AddRange(missing);
        var assets = new List<OffChainAsset>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var a = assetCalls.First(x => x.Token.Equals(listed[i], StringComparison.OrdinalIgnoreCase));
            var cfg = Require(a.Config, "collateralConfig").Output.ReturnValue1;
            var addOn = Require(a.AddOn, "addOnState").Output;
            var known = _deployment.Collaterals.FirstOrDefault(c => c.Token.Equals(listed[i], StringComparison.OrdinalIgnoreCase));
            assets.Add(new OffChainAsset(
                i, listed[i], known?.Symbol ?? listed[i],
                new CoreCollateralConfig(cfg.Decimals, cfg.BorrowFactorBps, cfg.LiquidationThresholdBps, cfg.LiquidationBonusBps,
                    cfg.TierBreak1, cfg.TierBreak2, cfg.TierCut2Bps, cfg.TierCut3Bps,
                    new AddOnState(addOn.Current, addOn.Pending, addOn.EffectiveAt)),
                a.Price.Success ? a.Price.Output.PriceWad : null));
        }

        var state = new MarketState(
            new MarketIndices(supplyIndex.Output.ReturnValue1, borrowIndex.Output.ReturnValue1, tsp.Output.ReturnValue1, tbp.Output.ReturnValue1, lastAccrual.Output.ReturnValue1),
            new RateModelParams(Require(baseRate, "baseRatePerYear").Output.ReturnValue1, Require(slope1, "slope1PerYear").Output.ReturnValue1,
                Require(slope2, "slope2PerYear").Output.ReturnValue1, Require(kink, "kinkWad").Output.ReturnValue1),
            parameters.Output.ReturnValue1.ReserveFactorBps,
            _deployment.BaseDecimals);
        return (new OffChainMarket(number, timestamp, state, assets), calls);
    }

    private AssetCallSet AssetCalls(string token) => new(
        token,
        Call<CollateralConfigFunction, CollateralConfigOutputDTO>(new() { Asset = token }, _deployment.MarginVault),
        Call<AddOnStateFunction, AddOnStateOutputDTO>(new() { Asset = token }, _deployment.MarginVault),
        Call<GetPriceFunction, GetPriceOutputDTO>(new() { Asset = token }, _deployment.OracleRouter));

    private sealed record AssetCallSet(
        string Token,
        MulticallInputOutput<CollateralConfigFunction, CollateralConfigOutputDTO> Config,
        MulticallInputOutput<AddOnStateFunction, AddOnStateOutputDTO> AddOn,
        MulticallInputOutput<GetPriceFunction, GetPriceOutputDTO> Price)
    {
        public IEnumerable<IMulticallInputOutput> All => [Config, AddOn, Price];
    }

    private static MulticallInputOutput<TFunction, TOutput> Call<TFunction, TOutput>(TFunction function, string target)
        where TFunction : FunctionMessage, new()
        where TOutput : Nethereum.ABI.FunctionEncoding.Attributes.IFunctionOutputDTO, new()
        => new(function, target) { AllowFailure = true };

    private static T Require<T>(T call, string what)
        where T : IMulticallInputOutput =>
        call.Success ? call : throw new InvalidOperationException($"{what}: the call reverted at the pinned block");

    private static readonly byte[] PositionSelector = PackedMulticall.Selector("position(address,uint256)");
    private static readonly byte[] CollateralOfSelector = PackedMulticall.Selector("collateralOf(address,uint256,address)");

    private static ReadOnlyMemory<byte> Require((bool Success, ReadOnlyMemory<byte> Data) call, string what) =>
        call.Success ? call.Data : throw new InvalidOperationException($"{what}: the call reverted at the pinned block");

    /// <summary>
    /// Runs <paramref name="calls"/> through Multicall3 in pages of <see cref="PageSize"/>, up to <see cref="ConcurrentPages"/>
    /// pages in flight (the node executes one page while the next is on the wire or being decoded); results in order, and
    /// the request count (one per page, as sequential paging sends).
    /// </summary>
    private async Task<((bool Success, ReadOnlyMemory<byte> Data)[] Results, int Requests)> RunPackedAsync(
        BlockParameter block, IReadOnlyList<(string Target, byte[] CallData)> calls, CancellationToken cancellationToken)
    {
        var results = new (bool, ReadOnlyMemory<byte>)[calls.Count];
        var pages = (calls.Count + PageSize - 1) / PageSize;
        using var gate = new SemaphoreSlim(Math.Max(1, ConcurrentPages));
        var tasks = new Task[pages];
        for (var p = 0; p < pages; p++)
        {
            var from = p * PageSize;
            var page = new (string, byte[])[Math.Min(PageSize, calls.Count - from)];
            for (var i = 0; i < page.Length; i++) page[i] = calls[from + i];
            tasks[p] = RunPageAsync(block, page, results, from, gate, cancellationToken);
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
        return (results, pages);
    }

    private async Task RunPageAsync(
        BlockParameter block, (string Target, byte[] CallData)[] page, (bool, ReadOnlyMemory<byte>)[] results, int from, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = new CallInput("0x" + Convert.ToHexStringLower(PackedMulticall.EncodeAggregate3(page)), _deployment.Multicall3);
            var hex = await _web3.Eth.Transactions.Call.SendRequestAsync(input, block).ConfigureAwait(false);
            PackedMulticall.DecodeAggregate3(Convert.FromHexString(hex.AsSpan(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? 2 : 0)), page.Length).CopyTo(results, from);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> RunAsync<T>(BlockParameter block, IReadOnlyList<T> calls, CancellationToken cancellationToken)
        where T : IMulticallInputOutput
    {
        var requests = 0;
        foreach (var page in calls.Chunk(PageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _multicall.MultiCallAsync(block, PageSize, page.Cast<IMulticallInputOutput>().ToArray()).ConfigureAwait(false);
            requests++;
        }

        return requests;
    }
}
