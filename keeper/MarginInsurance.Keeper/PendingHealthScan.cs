using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Sdk.OffChain;

namespace MarginInsurance.Keeper;

/// <summary>
/// Health of each account of one read once every pending add-on on its assets is in force, on Core's
/// <see cref="HealthCalculator"/> fast path: the market is accrued once per distinct effective time (a scan sees a
/// handful), not once per account. Equal to <see cref="AccountMath.Compute"/> at that time, to the wei.
/// One instance per read; not thread-safe.
/// </summary>
internal sealed class PendingHealthScan(OffChainMarket market)
{
    private readonly Dictionary<BigInteger, HealthCalculator> _calculators = [];

    /// <summary>Health at the latest effective time among the account's pending increases; null when none is pending or without debt.</summary>
    public BigInteger? Health(OffChainAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.BorrowPrincipal.IsZero) return null;
        BigInteger? at = null;
        var held = 0;
        foreach (var asset in market.Assets)
        {
            if (!account.Balances.ContainsKey(asset.Token)) continue;
            held++;
            var addOn = asset.Config.AddOn;
            if (addOn.PendingEffectiveAt > market.Timestamp && addOn.PendingBps > addOn.CurrentBps && (at is null || addOn.PendingEffectiveAt > at))
            {
                at = addOn.PendingEffectiveAt;
            }
        }

        if (at is not { } time) return null;
        var positions = new CollateralPosition[held];
        var k = 0;
        foreach (var asset in market.Assets)
        {
            if (account.Balances.TryGetValue(asset.Token, out var balance)) positions[k++] = new CollateralPosition(asset.Token, asset.Config, balance, asset.PriceWad!.Value);
        }

        if (!_calculators.TryGetValue(time, out var calculator))
        {
            calculator = new HealthCalculator(market.Market, time);
            _calculators.Add(time, calculator);
        }

        return calculator.Health(positions, account.BorrowPrincipal);
    }
}
