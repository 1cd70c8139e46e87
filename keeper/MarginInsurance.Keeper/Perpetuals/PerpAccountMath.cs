using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>§13.4 and §13.6 for the keeper, on Core's <see cref="PerpMath"/>: the chain's PerpCore.margin, formula by formula.</summary>
internal static class PerpAccountMath
{
    /// <summary>The funding rate and the index accrued virtually to <paramref name="timestamp"/> (PerpCore.virtualFunding).</summary>
    public static (BigInteger Rate, BigInteger Index) Funding(PerpMarketConfig cfg, PerpMarketState st, BigInteger priceWad, BigInteger timestamp)
    {
        var rate = PerpMath.FundingRate(st.LongOi - st.ShortOi, cfg.SkewScale, cfg.MaxFundingRatePerSecond);
        if (st.Status == 3) return (rate, st.FundingIndex);
        return (rate, st.FundingIndex + PerpMath.FundingIndexDelta(rate, priceWad, timestamp - st.LastFundingTime));
    }

    /// <summary>One position's PnL net of funding, notional and maintenance requirement.</summary>
    public static PerpPositionValue Position(PerpMarketView m, PerpPosition p, BigInteger levelWad, int baseDecimals)
    {
        var price = m.PriceWad ?? throw new InvalidOperationException($"perp market {m.Id} ({m.Symbol}) has no price");
        var pnl = PerpMath.UnrealizedPnl(p.Size, p.CostBasis, price, baseDecimals) - PerpMath.FundingOwed(p.Size, m.FundingIndex, p.EntryFunding, baseDecimals);
        var notional = PerpMath.Notional(BigInteger.Abs(p.Size), price, baseDecimals);
        var c = m.Config;
        var mm = PerpMath.MarginRequirement(notional, c.MmfBps, m.AddOnBps, c.NotionalBreak1, c.NotionalBreak2, c.Step2Bps, c.Step3Bps, levelWad);
        return new PerpPositionValue(m.Id, p.Size, pnl, notional, mm);
    }

    /// <summary>§13.6: the account's unified maintenance health from its spot figures, cash and positions.</summary>
    public static PerpAccountView Account(AccountId account, BigInteger liquidationCapacity, BigInteger debt, BigInteger cash, IReadOnlyList<(PerpMarketView Market, PerpPositionValue Value)> positions)
    {
        var numerator = liquidationCapacity + cash;
        var maintenance = BigInteger.Zero;
        foreach (var (m, v) in positions)
        {
            numerator += PerpMath.WeightedPnl(v.Pnl, m.Config.PnlWeightBps);
            maintenance += v.Maintenance;
        }

        return new PerpAccountView(account, numerator, debt, maintenance, PerpMath.UnifiedHealth(numerator, debt, maintenance), cash, positions.Select(p => p.Value).ToList());
    }

    /// <summary>The add-on of the underlying in force at <paramref name="timestamp"/> (HealthLogic.effectiveAddOn).</summary>
    public static BigInteger AddOn(BigInteger current, BigInteger pending, BigInteger effectiveAt, BigInteger timestamp) =>
        MarginMath.EffectiveAddOn(current, pending, effectiveAt, timestamp);
}
