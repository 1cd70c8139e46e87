using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// The perpetual futures of a deployment (<c>"perps"</c> in a deploy config, docs/protocol.md §13): the
/// PerpLiquidityVault (counterparty of the net open interest), the net-exposure cap and the markets to list, each priced
/// by the OracleRouter index of a listed collateral. Null: no perps (the liquidity vault is not deployed).
/// </summary>
public sealed record PerpsConfig
{
    /// <summary>Σ net notional of all markets as a share of the liquidity vault's capital, bps (§13.8).</summary>
    public required ushort MaxNetExposureBps { get; init; }

    /// <summary>Withdrawal cooldown and window of the liquidity vault (as the insurance pool's).</summary>
    public PerpLiquidityVaultConfig LiquidityVault { get; init; } = new();

    /// <summary>Markets in listing order: the first is market id 0.</summary>
    public required IReadOnlyList<PerpMarketEntry> Markets { get; init; }

    /// <summary>Most perp markets the vault lists (§13.10, TooManyPerpMarkets).</summary>
    public const int MaxMarkets = 16;

    /// <summary>
    /// Checks the section against §13.10's bounds without a chain; <paramref name="fail"/> throws with the field and the
    /// problem. <paramref name="collaterals"/> are the listed collateral symbols (an underlying must have a feed), and
    /// <paramref name="deepHealthThresholdWad"/> is the market's deep threshold (bounds the liquidation penalty).
    /// </summary>
    internal void Validate(IReadOnlyList<string> collaterals, int baseDecimals, BigInteger deepHealthThresholdWad, Action<string, string> fail)
    {
        if (MaxNetExposureBps > 10_000)
        {
            fail("perps.maxNetExposureBps", $"{MaxNetExposureBps} is above 10000 (100 % of the liquidity vault's capital); use 0..10000, e.g. 5000");
        }

        if (LiquidityVault is null)
        {
            fail("perps.liquidityVault", "null; give { \"cooldownSeconds\": 604800, \"windowSeconds\": 172800 } or leave it out for those defaults");
        }

        if (Markets is null || Markets.Count == 0)
        {
            fail("perps.markets", "missing or empty; list at least one market, e.g. { \"symbol\": \"ETH-PERP\", \"underlying\": \"WETH\", ... }, or remove the perps section");
            return;
        }

        if (Markets.Count > MaxMarkets)
        {
            fail("perps.markets", $"{Markets.Count} markets; the vault lists at most {MaxMarkets}");
        }

        var symbols = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Markets.Count; i++)
        {
            if (Markets[i] is not { } m)
            {
                fail($"perps.markets[{i}]", "null; expected a market listing");
                return;
            }

            m.Validate($"perps.markets[{i}]", collaterals, baseDecimals, deepHealthThresholdWad, fail);
            if (!symbols.Add(m.Symbol))
            {
                fail($"perps.markets[{i}].symbol", $"'{m.Symbol}' is listed twice; give each market its own symbol");
            }
        }
    }
}

/// <summary>Withdrawal rules of the PerpLiquidityVault (the insurance pool's machinery, §13.8).</summary>
public sealed record PerpLiquidityVaultConfig
{
    /// <summary>Cooldown between a withdrawal request and its window.</summary>
    public uint CooldownSeconds { get; init; } = 604_800;

    /// <summary>Length of the withdrawal window.</summary>
    public uint WindowSeconds { get; init; } = 172_800;
}

/// <summary>
/// One perp market and its liquidity tier (docs/protocol.md §13.10). Amounts are human decimals: notional breaks in the
/// base asset, sizes (<see cref="SkewScale"/>, <see cref="MaxOiSize"/>) in whole units of the underlying, the funding cap
/// as a ratio per second ("0.0000001" = 1e11 WAD/s, about 0.86 % a day).
/// </summary>
public sealed record PerpMarketEntry
{
    /// <summary>Market symbol, e.g. ETH-PERP (the SDK's name for it).</summary>
    public required string Symbol { get; init; }

    /// <summary>The collateral whose OracleRouter price is the index, e.g. WETH.</summary>
    public required string Underlying { get; init; }

    /// <summary>Initial margin fraction, bps (0 &lt; mmf &lt; imf ≤ 10000).</summary>
    public required ushort ImfBps { get; init; }

    /// <summary>Maintenance margin fraction, bps.</summary>
    public required ushort MmfBps { get; init; }

    /// <summary>Flat taker fee, bps (0..100).</summary>
    public required ushort TakerFeeBps { get; init; }

    /// <summary>Weight of positive unrealized PnL in health, bps (0..10000).</summary>
    public required ushort PnlWeightBps { get; init; }

    /// <summary>Liquidation penalty on the closed notional, bps.</summary>
    public required ushort LiquidationPenaltyBps { get; init; }

    /// <summary>Notional break N1, base-asset units.</summary>
    public required string NotionalBreak1 { get; init; }

    /// <summary>Notional break N2, base-asset units (≥ N1).</summary>
    public required string NotionalBreak2 { get; init; }

    /// <summary>Fraction step above N1, bps.</summary>
    public required ushort Step2Bps { get; init; }

    /// <summary>Fraction step above N2, bps (≥ step2, ≤ 10000).</summary>
    public required ushort Step3Bps { get; init; }

    /// <summary>Skew at which the price impact reaches 100 %, whole units of the underlying.</summary>
    public required string SkewScale { get; init; }

    /// <summary>Open-interest cap per side, whole units of the underlying.</summary>
    public required string MaxOiSize { get; init; }

    /// <summary>Funding-rate cap, ratio per second.</summary>
    public required string MaxFundingRatePerSecond { get; init; }

    /// <summary>Most a taker fee may be, bps (PerpLogic.MAX_TAKER_FEE_BPS).</summary>
    public const int MaxTakerFeeBps = 100;

    /// <summary>Most a liquidation penalty may be, bps (PerpLogic.MAX_PENALTY_BPS).</summary>
    public const int MaxPenaltyBps = 2_000;

    private static readonly BigInteger Uint96Max = (BigInteger.One << 96) - 1;

    /// <summary>The contract's bound on maxOiSize (type(int96).max): a position's size is stored in 96 bits (protocol.md §13.1).</summary>
    private static readonly BigInteger Int96Max = (BigInteger.One << 95) - 1;
    private static readonly BigInteger Uint112Max = (BigInteger.One << 112) - 1;

    /// <summary>The on-chain struct of this entry, for underlying token <paramref name="asset"/>.</summary>
    internal Contracts.IPerpMarkets.ContractDefinition.PerpMarketConfig ToChain(string asset, int baseDecimals) => new()
    {
        Asset = asset,
        ImfBps = ImfBps,
        MmfBps = MmfBps,
        TakerFeeBps = TakerFeeBps,
        PnlWeightBps = PnlWeightBps,
        LiquidationPenaltyBps = LiquidationPenaltyBps,
        NotionalBreak1 = TokenAmount.Parse(NotionalBreak1, baseDecimals).Raw,
        NotionalBreak2 = TokenAmount.Parse(NotionalBreak2, baseDecimals).Raw,
        Step2Bps = Step2Bps,
        Step3Bps = Step3Bps,
        SkewScale = TokenAmount.Parse(SkewScale, 18).Raw,
        MaxOiSize = TokenAmount.Parse(MaxOiSize, 18).Raw,
        MaxFundingRatePerSecond = (ulong)TokenAmount.Parse(MaxFundingRatePerSecond, 18).Raw,
    };

    internal void Validate(string where, IReadOnlyList<string> collaterals, int baseDecimals, BigInteger deepHealthThresholdWad, Action<string, string> fail)
    {
        BigInteger Parse(string? value, int decimals, string field, string example)
        {
            try
            {
                return TokenAmount.Parse(value ?? throw new FormatException("missing"), decimals).Raw;
            }
            catch (FormatException ex)
            {
                fail($"{where}.{field}", $"{ex.Message}; give a decimal string such as \"{example}\"");
                return BigInteger.Zero;
            }
        }

        if (string.IsNullOrWhiteSpace(Symbol))
        {
            fail($"{where}.symbol", "missing or empty; name the market, e.g. \"ETH-PERP\"");
        }

        if (!collaterals.Contains(Underlying, StringComparer.OrdinalIgnoreCase))
        {
            fail($"{where}.underlying", $"'{Underlying}' is not a listed collateral (its feed is the index); use one of {string.Join(", ", collaterals)}");
        }

        if (MmfBps == 0 || MmfBps >= ImfBps || ImfBps > 10_000)
        {
            fail($"{where}.mmfBps", $"imfBps {ImfBps} and mmfBps {MmfBps} must satisfy 0 < mmfBps < imfBps ≤ 10000 (e.g. 1000 and 500 for 10x)");
        }

        var n1 = Parse(NotionalBreak1, baseDecimals, "notionalBreak1", "1000000");
        var n2 = Parse(NotionalBreak2, baseDecimals, "notionalBreak2", "5000000");
        if (n1 > n2 || n2 > Uint112Max)
        {
            fail($"{where}.notionalBreak2", $"the breaks must satisfy notionalBreak1 ≤ notionalBreak2 < 2^112 base units (have {NotionalBreak1} and {NotionalBreak2})");
        }

        if (Step2Bps > Step3Bps || Step3Bps > 10_000)
        {
            fail($"{where}.step3Bps", $"steps must satisfy step2Bps ≤ step3Bps ≤ 10000 (have {Step2Bps} and {Step3Bps})");
        }

        if (TakerFeeBps > MaxTakerFeeBps)
        {
            fail($"{where}.takerFeeBps", $"{TakerFeeBps} is above {MaxTakerFeeBps} bps; use 0..{MaxTakerFeeBps}");
        }

        if (PnlWeightBps > 10_000)
        {
            fail($"{where}.pnlWeightBps", $"{PnlWeightBps} is above 10000 (100 %); use 0..10000, e.g. 8000");
        }

        var skew = Parse(SkewScale, 18, "skewScale", "1000000");
        if (skew.IsZero || skew > Uint96Max)
        {
            fail($"{where}.skewScale", $"'{SkewScale}' must be positive and below 2^96 WAD (about 79 billion units)");
        }

        var oi = Parse(MaxOiSize, 18, "maxOiSize", "10000");
        if (oi.IsZero || oi > Int96Max)
        {
            fail($"{where}.maxOiSize", $"'{MaxOiSize}' must be positive and below 2^95 WAD (about 39 billion units)");
        }

        var rate = Parse(MaxFundingRatePerSecond, 18, "maxFundingRatePerSecond", "0.0000001");
        if (rate > Core.MarginMath.MaxRatePerSecond)
        {
            fail($"{where}.maxFundingRatePerSecond", $"'{MaxFundingRatePerSecond}' is above the protocol's cap of {new TokenAmount(Core.MarginMath.MaxRatePerSecond, 18)} per second (1000 % a year)");
        }

        if (LiquidationPenaltyBps > MaxPenaltyBps)
        {
            fail($"{where}.liquidationPenaltyBps", $"{LiquidationPenaltyBps} is above {MaxPenaltyBps} bps");
        }

        // §13.7: penalty × WAD < ⌊mmf × MIN_MARGIN_LEVEL × deep / WAD⌋ keeps a partial liquidation from lowering health.
        var room = MmfBps * Core.Perpetuals.PerpMath.MinMarginLevel * deepHealthThresholdWad / Core.WadMath.WAD;
        if (LiquidationPenaltyBps * Core.WadMath.WAD >= room)
        {
            var most = (room - 1) / Core.WadMath.WAD;
            fail($"{where}.liquidationPenaltyBps", string.Create(CultureInfo.InvariantCulture,
                $"{LiquidationPenaltyBps} bps is too large for mmfBps {MmfBps} (a partial liquidation could lower health): it must be below mmf × 0.5 × deepHealthThreshold, i.e. at most {most} bps; lower the penalty or raise mmfBps"));
        }
    }
}
