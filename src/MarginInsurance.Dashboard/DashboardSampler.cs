using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Dashboard;

/// <summary>
/// Polls eth_blockNumber and, on every new block, reads the protocol through the SDK — every known account at
/// that block with <see cref="OffChainMarginReader"/> (equal to the vault's views to the wei), oracle prices,
/// add-ons, the market and the insurance pool — and new vault events (DepositCollateral discovers accounts;
/// Liquidate and BadDebtRealized are summed), then publishes a snapshot and a series point to the
/// <see cref="DashboardStore"/>.
/// </summary>
internal sealed class DashboardSampler(IOptions<MarginDashboardOptions> options, DashboardStore store, ILogger<DashboardSampler> logger)
    : BackgroundService
{
    private static readonly BigInteger[] BucketBounds =
    [
        WadMath.WAD, WadMath.WAD * 110 / 100, WadMath.WAD * 125 / 100, WadMath.WAD * 150 / 100, WadMath.WAD * 2,
    ];

    private readonly List<AccountId> _accounts = [];
    private readonly HashSet<AccountId> _known = [];
    private readonly Dictionary<AccountId, int> _liquidationsByAccount = [];
    private long _nextLogBlock = -1;
    private string? _lastLoggedError;
    private int _liquidations;
    private BigInteger _repaid;
    private BigInteger _badDebt;
    private BigInteger _covered;
    private BigInteger _socialized;
    private string _baseSymbol = string.Empty;
    private PerpDashboardReader _perps = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var o = options.Value;
        DeploymentFile? deployment = null;
        DateTime loadedStamp = default;
        Task<IReadOnlyList<AssetRiskBase>>? risk = null;
        var riskShown = false;
        MarginClient? client = null;
        OffChainMarginReader? reader = null;
        var last = BigInteger.MinusOne;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A deployment given by path is (re)loaded when the file appears or changes (e.g. a demo redeploys).
                var stamp = o.Deployment is null && o.DeploymentPath is { } path && File.Exists(path) ? File.GetLastWriteTimeUtc(path) : default;
                if (deployment is null || stamp != loadedStamp)
                {
                    deployment = o.ResolveDeployment();
                    loadedStamp = stamp;
                    Reset(deployment);
                    store.Reset(new AccountsDto(deployment.Network, deployment.ChainId, 0, 0, deployment.BaseSymbol, null, [], [], null));
                    var d = deployment;
                    risk = Task.Run(() => RiskModel.Compute(d, o.PricesFolder), stoppingToken);
                    riskShown = false;
                    client = null;
                    last = BigInteger.MinusOne;
                }

                if (client is null)
                {
                    // Read-only: a throwaway key satisfies the SDK's signer; the sampler never sends a transaction.
                    var readOnly = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), deployment.ChainId);
                    client = await MarginClient.ConnectAsync(o.RpcUrl, readOnly, deployment, stoppingToken).ConfigureAwait(false);
                    reader = new OffChainMarginReader(client.Web3, deployment);
                }

                var head = (await client.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
                if (last < 0) await BackfillAsync(client, reader!, head, stoppingToken).ConfigureAwait(false);
                var riskReady = risk!.IsCompleted && !riskShown;
                if (head > last || riskReady)
                {
                    await SampleAsync(client, reader!, head, risk, stoppingToken).ConfigureAwait(false);
                    riskShown |= riskReady;
                    last = head;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                if (ex.Message != _lastLoggedError)
                {
                    logger.LogWarning("dashboard sample failed: {Message}", ex.Message); // repeats of the same error are counted, not logged
                    _lastLoggedError = ex.Message;
                }

                store.RecordError(ex.Message);
                if (ex is WrongChainException)
                {
                    client = null;
                }
            }

            try
            {
                await Task.Delay(o.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private void Reset(DeploymentFile deployment)
    {
        _accounts.Clear();
        _known.Clear();
        _liquidationsByAccount.Clear();
        _nextLogBlock = Math.Max(0, deployment.DeploymentBlock);
        _baseSymbol = deployment.BaseSymbol;
        _liquidations = 0;
        _repaid = _badDebt = _covered = _socialized = BigInteger.Zero;
        _perps = new PerpDashboardReader(deployment.DeploymentBlock);
    }

    private async Task SampleAsync(MarginClient client, OffChainMarginReader reader, BigInteger head, Task<IReadOnlyList<AssetRiskBase>> risk, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var deployment = client.Deployment;
        await ReadLogsAsync(client, (long)head, ct).ConfigureAwait(false);
        var read = await reader.ReadAsync(_accounts, head, ct).ConfigureAwait(false);
        var block = new BlockParameter(new HexBigInteger(head));
        var timestamp = read.Market.Timestamp;
        var market = await client.GetMarketAsync(ct).ConfigureAwait(false);
        var parameters = (await client.Vault.MarketParamsQueryAsync(block).ConfigureAwait(false)).ReturnValue1;
        var onChainAddOns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var asset in read.Market.Assets)
        {
            onChainAddOns[asset.Token] = (int)await client.Vault.EffectiveAddOnQueryAsync(asset.Token, block).ConfigureAwait(false);
        }

        var assets = read.Market.Assets.ToDictionary(a => a.Token, StringComparer.OrdinalIgnoreCase);
        var rows = read.Accounts.Select(a => Row(a, assets, deployment.BaseDecimals, timestamp)).ToList();

        var prices = read.Market.Assets.Select(a => new PriceDto(a.Symbol, a.PriceWad is { } p ? new TokenAmount(p, 18).Format(deployment.BaseSymbol) : null, a.PriceWad?.ToString(CultureInfo.InvariantCulture))).ToList();
        var marketDto = new MarketDto(
            Format(market.TotalSupply), Format(market.TotalBorrows), Percent(market.Utilization.Raw), Format(market.InsuranceAssets),
            market.InsuranceCoverageRatio.IsInfinite ? "∞" : Percent(market.InsuranceCoverageRatio.Raw), market.Paused, _liquidations,
            Base(_repaid, deployment), Base(_badDebt, deployment), Base(_covered, deployment), Base(_socialized, deployment));
        var accounts = new AccountsDto(deployment.Network, deployment.ChainId, (long)head, (long)timestamp, deployment.BaseSymbol, marketDto, prices, rows, DateTimeOffset.UtcNow);

        var baseRisk = risk.IsCompletedSuccessfully ? risk.Result : null;
        var bounds = new AddOnBounds(parameters.MaxAddOnBps, parameters.MaxAddOnStepBps);
        var riskRows = read.Market.Assets.Select(a =>
        {
            var b = baseRisk?.FirstOrDefault(x => x.Symbol.Equals(a.Symbol, StringComparison.OrdinalIgnoreCase))
                ?? new AssetRiskBase(a.Symbol, null, null, 0, 0, null, null, risk.IsFaulted ? risk.Exception!.GetBaseException().Message : risk.IsCompleted ? "no price history" : "computing…");
            return RiskModel.Row(b, (int)a.Config.LiquidationThresholdBps, (int)a.Config.LiquidationBonusBps, onChainAddOns[a.Token], bounds);
        }).ToList();
        var stress = options.Value.StressShocks.Select(s => Stress(s, read, assets, market.InsuranceAssets, deployment.BaseSymbol)).ToList();
        var riskDto = new RiskDto((long)head, baseRisk is not null, riskRows, stress);

        var point = Point(read, deployment.BaseDecimals, market.InsuranceAssets.Raw, market.InsuranceCoverageRatio, market.Utilization);
        PerpsDto perps;
        try
        {
            perps = await _perps.ReadAsync(client, head, options.Value.LogChunkBlocks, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            perps = store.Perps with { Problem = ex.Message }; // the spot panels still publish; the perps panel says why it is stale
        }

        store.PublishPerps(perps);
        store.Publish(accounts, riskDto, point, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The charts start from the chain's history: before the first live sample, up to
    /// <see cref="MarginDashboardOptions.HistoryBackfillPoints"/> points between the deployment block and the head are
    /// read at their blocks (events, accounts, prices, pool) in order. A node without the old state only loses the history.
    /// </summary>
    private async Task BackfillAsync(MarginClient client, OffChainMarginReader reader, BigInteger head, CancellationToken ct)
    {
        var deployment = client.Deployment;
        var first = new BigInteger(Math.Max(0, deployment.DeploymentBlock));
        var span = head - first;
        var points = Math.Max(0, options.Value.HistoryBackfillPoints);
        if (points == 0 || span <= 1) return;
        var step = BigInteger.Max(BigInteger.One, (span + points - 1) / points);
        string? problem = null;
        var added = 0;
        for (var block = first; block < head; block += step)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await ReadLogsAsync(client, (long)block, ct).ConfigureAwait(false);
                var read = await reader.ReadAsync(_accounts, block, ct).ConfigureAwait(false);
                var at = new BlockParameter(new HexBigInteger(block));
                var supply = await client.Vault.TotalSupplyAssetsQueryAsync(at).ConfigureAwait(false);
                var borrows = await client.Vault.TotalBorrowAssetsQueryAsync(at).ConfigureAwait(false);
                var insurance = await client.Insurance.TotalAssetsQueryAsync(at).ConfigureAwait(false);
                var coverage = borrows.IsZero ? new Wad(Wad.Infinite) : new Wad(await client.Insurance.CoverageRatioQueryAsync(at).ConfigureAwait(false));
                store.AddHistory(Point(read, deployment.BaseDecimals, insurance, coverage, new Wad(supply.IsZero ? BigInteger.Zero : borrows * Wad.One / supply)));
                added++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problem = ex.Message; // e.g. a block inside the deployment (contracts not all there yet), or no archive state
            }
        }

        if (added == 0 && problem is not null)
            logger.LogWarning("dashboard history not available before block {Head} ({Message}); the charts start now", head, problem);
    }

    /// <summary>One chart point: prices, accounts by health bucket, cumulative liquidations, the pool and the market.</summary>
    private SeriesPointDto Point(OffChainReadResult read, int baseDecimals, BigInteger insuranceAssets, Wad coverage, Wad utilization)
    {
        var buckets = new int[BucketBounds.Length + 1];
        foreach (var a in read.Accounts)
        {
            if (a.ChainHealth is { } h)
            {
                var i = 0;
                while (i < BucketBounds.Length && h >= BucketBounds[i])
                {
                    i++;
                }

                buckets[i]++;
            }
        }

        return new SeriesPointDto(
            (long)read.Market.BlockNumber, (long)read.Market.Timestamp,
            read.Market.Assets.ToDictionary(a => a.Symbol, a => a.PriceWad is { } p ? (double?)ToDouble(p, 18) : null),
            buckets, _liquidations, ToDouble(_repaid, baseDecimals), ToDouble(_badDebt, baseDecimals),
            ToDouble(insuranceAssets, baseDecimals), coverage.IsInfinite ? null : coverage.ToDouble(), utilization.ToDouble());
    }

    private async Task ReadLogsAsync(MarginClient client, long head, CancellationToken ct)
    {
        var vault = client.Deployment.MarginVault;
        var liquidations = client.Web3.Eth.GetEvent<LiquidateEventDTO>(vault);
        var badDebts = client.Web3.Eth.GetEvent<BadDebtRealizedEventDTO>(vault);
        var chunk = Math.Max(1, options.Value.LogChunkBlocks);
        while (_nextLogBlock <= head)
        {
            ct.ThrowIfCancellationRequested();
            var end = Math.Min(head, _nextLogBlock + chunk - 1);
            var from = new BlockParameter(new HexBigInteger(_nextLogBlock));
            var to = new BlockParameter(new HexBigInteger(end));
            var discovered = await AccountDiscovery.ReadAsync(client.Web3, vault, from, to).ConfigureAwait(false);
            var newLiquidations = await liquidations.GetAllChangesAsync(liquidations.CreateFilterInput(from, to)).ConfigureAwait(false);
            var newBadDebts = await badDebts.GetAllChangesAsync(badDebts.CreateFilterInput(from, to)).ConfigureAwait(false);
            foreach (var id in discovered)
            {
                if (_known.Add(id))
                {
                    _accounts.Add(id);
                }
            }

            foreach (var e in newLiquidations)
            {
                var id = new AccountId(e.Event.Owner, e.Event.SubId);
                _liquidationsByAccount[id] = _liquidationsByAccount.GetValueOrDefault(id) + 1;
                _liquidations++;
                _repaid += e.Event.Repaid;
            }

            foreach (var e in newBadDebts)
            {
                _badDebt += e.Event.BadDebt;
                _covered += e.Event.Covered;
                _socialized += e.Event.Socialized;
            }

            _nextLogBlock = end + 1;
        }
    }

    private AccountRowDto Row(OffChainAccount a, IReadOnlyDictionary<string, OffChainAsset> assets, int baseDecimals, BigInteger timestamp)
    {
        var owner = a.Account.Owner;
        var sub = a.Account.SubId.ToString(CultureInfo.InvariantCulture);
        var mode = a.Account.IsCross ? "cross" : "isolated";
        var liquidations = _liquidationsByAccount.GetValueOrDefault(a.Account);
        if (a.Snapshot is not { } s || a.ChainHealth is not { } health)
        {
            return new AccountRowDto(owner, sub, mode, "—", null, null, "—", "0", "—", "—", "—", "—", null, [], [], liquidations, a.Problem);
        }

        var total = s.Collateral.Aggregate(BigInteger.Zero, (x, c) => x + c.Value);
        var holdings = new List<HoldingDto>();
        var calls = new List<AddOnCallDto>();
        foreach (var c in s.Collateral)
        {
            var asset = assets[c.Asset];
            var cfg = asset.Config;
            var tier = c.Value <= cfg.TierBreak1 ? 1 : c.Value <= cfg.TierBreak2 ? 2 : 3;
            var baseLt = (int)cfg.LiquidationThresholdBps;
            var effectiveLt = c.Value.IsZero ? (baseLt - (double)c.AddOnBps) / 100 : Ratio(c.LiquidationCapacity, c.Value) * 100;
            holdings.Add(new HoldingDto(
                asset.Symbol, new TokenAmount(a.Balances[asset.Token], cfg.Decimals).Format(asset.Symbol, 4), Base(c.Value, baseDecimals),
                total.IsZero ? 0 : Math.Round(Ratio(c.Value, total) * 100, 2), tier, (int)c.AddOnBps, baseLt, Math.Round(effectiveLt, 2)));
            var addOn = cfg.AddOn;
            if (addOn.PendingEffectiveAt > timestamp && addOn.PendingBps != c.AddOnBps)
            {
                calls.Add(new AddOnCallDto(asset.Symbol, (int)addOn.PendingBps, (long)addOn.PendingEffectiveAt));
            }
        }

        var wad = new Wad(health);
        var utilization = s.Utilization >= WadMath.MaxUint256 ? "∞" : Percent(s.Utilization);
        return new AccountRowDto(
            owner, sub, mode, wad.ToString(), health.ToString(CultureInfo.InvariantCulture), wad.IsInfinite ? null : wad.ToDouble(),
            Base(s.Debt, baseDecimals), s.Debt.ToString(CultureInfo.InvariantCulture), Base(total, baseDecimals),
            Base(s.LiquidationCapacity, baseDecimals), Base(s.BorrowCapacity, baseDecimals),
            utilization, s.Utilization.ToString(CultureInfo.InvariantCulture), holdings, calls, liquidations, null);
    }

    private static StressDto Stress(double shock, OffChainReadResult read, IReadOnlyDictionary<string, OffChainAsset> assets, TokenAmount insurance, string symbol)
    {
        var keepBps = new BigInteger(Math.Round((1 - shock) * 10_000));
        var liquidatable = 0;
        var shortfall = BigInteger.Zero;
        HealthCalculator? calculator = null;
        foreach (var a in read.Accounts)
        {
            if (a.Snapshot is null || a.BorrowPrincipal.IsZero)
            {
                continue;
            }

            var positions = a.Balances.Select(b =>
            {
                var asset = assets[b.Key];
                return new CollateralPosition(asset.Token, asset.Config, b.Value, asset.PriceWad!.Value * keepBps / WadMath.BPS);
            }).ToList();
            calculator ??= new HealthCalculator(read.Market.Market, read.Market.Timestamp);
            var shocked = calculator.Compute(positions, a.BorrowPrincipal);
            if (shocked.IsLiquidatable)
            {
                liquidatable++;
            }

            var value = shocked.Collateral.Aggregate(BigInteger.Zero, (x, c) => x + c.Value);
            if (shocked.Debt > value)
            {
                shortfall += shocked.Debt - value;
            }
        }

        return new StressDto(Math.Round(shock * 100, 2), liquidatable, new TokenAmount(shortfall, insurance.Decimals).Format(symbol), insurance.Format(symbol), insurance.Raw >= shortfall);
    }

    private string Base(BigInteger raw, DeploymentFile deployment) => Base(raw, deployment.BaseDecimals);

    /// <summary>A base-asset amount for people: "695,000.61 USDC".</summary>
    private string Base(BigInteger raw, int decimals) => new TokenAmount(raw, decimals).Format(_baseSymbol);

    private string Format(TokenAmount amount) => amount.Format(_baseSymbol);

    /// <summary>A WAD ratio as a percentage with 2 decimals: "2.91%".</summary>
    private static string Percent(BigInteger wad) => (Ratio(wad, WadMath.WAD) * 100).ToString("N2", CultureInfo.InvariantCulture) + "%";

    private static double ToDouble(BigInteger raw, int decimals) => (double)raw / Math.Pow(10, decimals);

    private static double Ratio(BigInteger numerator, BigInteger denominator) =>
        denominator.IsZero ? 0 : (double)(numerator * 1_000_000_000 / denominator) / 1_000_000_000;
}
