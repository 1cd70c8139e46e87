using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.OffChain;
using Xunit;

namespace MarginInsurance.Keeper.Tests.Perf;

/// <summary>
/// The margin-call check of pending add-ons (<see cref="PendingHealthScan"/>, HealthCalculator fast path per account and
/// over the read in columns, one accrual per effective time) against the slow reference: <see cref="AccountMath.Compute"/> per account at the latest effective time.
/// </summary>
public class PendingHealthScanTests
{
    private static readonly BigInteger Wad = WadMath.WAD;

    [Fact]
    public void Equals_AccountMath_Compute_for_random_accounts_with_pending_add_ons()
    {
        var now = new BigInteger(1_750_000_000);
        var market = new MarketState(
            new MarketIndices(Wad + (Wad / 50), Wad + (Wad / 20), BigInteger.Pow(10, 14), 7 * BigInteger.Pow(10, 13), now - 12),
            new RateModelParams(Wad / 50, Wad / 10, Wad * 3 / 2, Wad * 8 / 10), 1000, 6);
        var assets = new[]
        {
            Asset(0, 18, 8000, 8500, new AddOnState(100, 900, now + 3600), 2000),   // pending increase
            Asset(1, 8, 8000, 8500, new AddOnState(0, 300, now + 7200), 60000),     // later pending increase
            Asset(2, 18, 6500, 7500, new AddOnState(200, 100, now + 60), 15),       // pending decrease: not counted
            Asset(3, 18, 6500, 7500, AddOnState.None, 1),                           // nothing pending
        };
        var read = new OffChainMarket(100, now, market, assets);
        var scan = new PendingHealthScan(read);
        var prepared = new PendingHealthScan(read);
        var rng = new Random(7);
        var checkedWithPending = 0;
        var accounts = new List<(OffChainAccount Account, BigInteger? Expected)>();
        for (var i = 0; i < 2000; i++)
        {
            var balances = new Dictionary<string, BigInteger>(StringComparer.OrdinalIgnoreCase);
            foreach (var a in assets)
            {
                if (rng.Next(2) == 0) balances[a.Token] = new BigInteger(rng.NextDouble() * 1e6) * BigInteger.Pow(10, a.Config.Decimals - 2);
            }

            var principal = rng.Next(5) == 0 ? BigInteger.Zero : new BigInteger(rng.NextDouble() * 4e10);
            var account = new OffChainAccount(new AccountId("0x" + i.ToString("x40"), 0), principal, 0, balances, null, null);

            var expected = Reference(account, read);
            Assert.Equal(expected, scan.Health(account));
            accounts.Add((account, expected));
            if (expected is not null) checkedWithPending++;
        }

        // the whole read at once, over the accounts in columns (what the margin-call monitor runs)
        prepared.Prepare(accounts.Select(a => a.Account).ToList());
        foreach (var (account, expected) in accounts) Assert.Equal(expected, prepared.Health(account));

        Assert.True(checkedWithPending > 500, $"only {checkedWithPending} accounts had a pending add-on");
    }

    /// <summary>The slow path as the keeper had it: AccountMath.Compute (market re-accrued) at the latest pending effective time.</summary>
    private static BigInteger? Reference(OffChainAccount account, OffChainMarket market)
    {
        var held = market.Assets.Where(x => account.Balances.ContainsKey(x.Token)).ToList();
        var pending = held.Where(x => x.Config.AddOn.PendingEffectiveAt > market.Timestamp && x.Config.AddOn.PendingBps > x.Config.AddOn.CurrentBps).ToList();
        if (pending.Count == 0) return null;
        var at = pending.Max(x => x.Config.AddOn.PendingEffectiveAt);
        var snapshot = AccountMath.Compute(held.Select(h => new CollateralPosition(h.Token, h.Config, account.Balances[h.Token], h.PriceWad!.Value)),
            account.BorrowPrincipal, market.Market, at);
        return snapshot.Debt.IsZero ? null : snapshot.Health;
    }

    private static OffChainAsset Asset(int index, int decimals, int bf, int lt, AddOnState addOn, int price) =>
        new(index, "0x" + (index + 1).ToString("x40"), "A" + index,
            new CollateralConfig(decimals, bf, lt, 500, 1_000_000_000_000, 5_000_000_000_000, 500, 1500, addOn),
            price * Wad);
}
