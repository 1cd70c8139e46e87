using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;

namespace MarginInsurance.Sdk.Perps;

/// <summary>The generated perps structs as MarginInsurance.Core's inputs.</summary>
public static class PerpInputs
{
    /// <summary>Status of a delisted market (§13.9).</summary>
    public const byte Delisted = 3;

    /// <summary>A market's configuration and state (<c>perpMarket(m)</c>) as <see cref="PerpMarketInputs"/>.</summary>
    public static PerpMarketInputs Market(PerpMarketConfig config, PerpMarketState state)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(state);
        return new PerpMarketInputs(
            config.ImfBps, config.MmfBps, config.PnlWeightBps, config.NotionalBreak1, config.NotionalBreak2, config.Step2Bps, config.Step3Bps,
            config.SkewScale, config.MaxFundingRatePerSecond, state.LongOi, state.ShortOi, state.FundingIndex, state.LastFundingTime,
            state.Status == Delisted, state.SettlementPrice);
    }

    /// <summary>A stored position (<c>perpPosition</c>) as <see cref="PerpPositionInputs"/>.</summary>
    public static PerpPositionInputs Position(PerpPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new PerpPositionInputs(position.Size, position.CostBasis, position.EntryFunding);
    }
}
