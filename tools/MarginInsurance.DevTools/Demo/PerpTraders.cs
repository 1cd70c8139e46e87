using MarginInsurance.Sdk.Perps;
using System.Globalization;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.DevTools.Demo;

/// <summary>One leveraged perpetual position opened by the demo.</summary>
/// <param name="Account">The trader's account (subId 0 cross, ≥ 1 isolated).</param>
/// <param name="Market">Perp market symbol, e.g. ETH-PERP.</param>
/// <param name="Side">Long or short.</param>
/// <param name="Leverage">Notional over the perp cash deposited.</param>
/// <param name="Isolated">Whether the account is isolated (subId ≥ 1) rather than cross (subId 0, with collateral beside the cash).</param>
public sealed record PerpTrader(AccountId Account, string Market, PositionSide Side, int Leverage, bool Isolated);

/// <summary>Which positions the demo opens.</summary>
public enum PerpMix
{
    /// <summary>
    /// The smoke set (--ci, tests): five positions, 2× to 20×, longs and shorts, cross and isolated, chosen so that no daily
    /// close of March 2020 carries one past zero equity before it is liquidatable (the keeper skips those: see the report).
    /// </summary>
    Smoke,

    /// <summary>Markets, sides, leverages 2× to 20× and cross/isolated cycled over any number of traders.</summary>
    Cycle,
}

/// <summary>The demo's perpetuals side: an LP funds the liquidity vault, traders open leveraged longs and shorts through the SDK.</summary>
public static class PerpTraders
{
    /// <summary>Leverages the traders cycle through (notional / perp cash).</summary>
    public static readonly int[] Leverages = [2, 5, 10, 15, 20];

    private static readonly (string Market, string Underlying)[] Markets = [("ETH-PERP", "WETH"), ("BTC-PERP", "WBTC"), ("LINK-PERP", "LINK")];

    private static readonly (string Market, PositionSide Side, int Leverage, bool Isolated)[] Smoke =
    [
        ("ETH-PERP", PositionSide.Long, 2, false), ("BTC-PERP", PositionSide.Short, 20, true), ("LINK-PERP", PositionSide.Short, 3, false),
        ("ETH-PERP", PositionSide.Short, 5, true), ("ETH-PERP", PositionSide.Short, 10, false),
    ];

    private static string Underlying(string market) => Markets.Single(m => m.Market == market).Underlying;

    private static (string Market, PositionSide Side, int Leverage, bool Isolated) Planned(PerpMix mix, int i)
    {
        if (mix == PerpMix.Smoke) return Smoke[i % Smoke.Length];
        var market = Markets[i % Markets.Length].Market;
        var leverage = Leverages[i % Leverages.Length];
        return (market, (i / Markets.Length) % 2 == 0 ? PositionSide.Long : PositionSide.Short, market == "LINK-PERP" ? Math.Min(leverage, 9) : leverage, i % 2 == 1);
    }

    /// <summary>The LP's deposit into the liquidity vault (USDC).</summary>
    public const string LiquidityDeposit = "5000000";

    /// <summary>Funds the liquidity vault with <see cref="LiquidityDeposit"/> and returns the LP.</summary>
    public static async Task<MarginClient> FundLiquidityAsync(LocalProtocol protocol, CancellationToken cancellationToken)
    {
        var lp = await protocol.CreateActorAsync(("USDC", LiquidityDeposit)).ConfigureAwait(false);
        await lp.DepositLiquidityAsync(lp.Base(LiquidityDeposit), cancellationToken).ConfigureAwait(false);
        return lp;
    }

    /// <summary>
    /// Opens <paramref name="count"/> positions of <paramref name="mix"/> at the scenario's first close (leverages 2× to 20×;
    /// LINK-PERP, whose initial margin is 10 %, at most 9×); notionals between 10,000 and 150,000 USDC.
    /// Cross accounts (subId 0) also hold some WETH collateral.
    /// </summary>
    public static async Task<List<PerpTrader>> OpenAsync(LocalProtocol protocol, DemoScenario scenario, int count, PerpMix mix, Random random, CancellationToken cancellationToken)
    {
        var traders = new List<PerpTrader>(count);
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (market, side, leverage, isolated) = Planned(mix, i);
            var underlying = Underlying(market);
            var notional = 10_000 + (random.NextDouble() * 140_000);
            var price = scenario.Prices[underlying][0];
            var size = Math.Round(notional / price, 6).ToString("0.######", CultureInfo.InvariantCulture);
            var cash = Math.Round((notional / leverage * 1.01) + (notional * 0.002), 2).ToString("0.##", CultureInfo.InvariantCulture);
            var mints = new List<(string, string)> { ("USDC", cash) };
            var collateral = isolated ? null : Math.Round(notional * 0.05 / scenario.Prices["WETH"][0], 6).ToString("0.######", CultureInfo.InvariantCulture);
            if (collateral is not null) mints.Add(("WETH", collateral));

            var trader = await protocol.CreateActorAsync([.. mints]).ConfigureAwait(false);
            var account = new AccountId(trader.Signer, isolated ? 1 + (i % 3) : 0);
            if (collateral is not null)
            {
                await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", collateral), cancellationToken).ConfigureAwait(false);
            }

            await trader.TransferMarginAsync(account, trader.Base(cash), MarginTransfer.Deposit, cancellationToken: cancellationToken).ConfigureAwait(false);
            await trader.OpenPositionAsync(account, market, side, trader.PerpSize(market, size), cancellationToken: cancellationToken).ConfigureAwait(false);
            traders.Add(new PerpTrader(account, market, side, leverage, isolated));
        }

        return traders;
    }
}
