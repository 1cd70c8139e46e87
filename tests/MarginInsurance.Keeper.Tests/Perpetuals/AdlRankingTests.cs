using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Keeper.Perpetuals;
using MarginInsurance.Sdk.Accounts;
using Nethereum.ABI;

namespace MarginInsurance.Keeper.Tests.Perpetuals;

/// <summary>§13.8's ranking as the keeper presents it, without a chain (the chain-side proof is PerpKeeperTests' deleveraging run).</summary>
public sealed class AdlRankingTests
{
    private static readonly AccountId A = new("0x1111111111111111111111111111111111111111", 1);
    private static readonly AccountId B = new("0x2222222222222222222222222222222222222222", 0);
    private static readonly AccountId C = new("0x3333333333333333333333333333333333333333", 7);

    private static PerpMarketView Market(BigInteger deficit, bool deficitLong, uint longs, uint shorts) =>
        new(0, "ETH-PERP", new PerpMarketConfig(), new PerpMarketState { Status = 1, AdlDeficit = deficit, DeficitLong = deficitLong, LongCount = longs, ShortCount = shorts },
            BigInteger.Pow(10, 18) * 2_000, 0, 0, 0);

    // size, pnl, notional in base units; numerator_L of the account
    private static PerpAccountView Account(AccountId id, BigInteger size, BigInteger pnl, BigInteger notional, BigInteger numerator) =>
        new(id, numerator, 0, 0, 0, 0, [new PerpPositionValue(0, size, pnl, notional, 0)]);

    [Fact]
    public void TheTargetIsTheHighestPnlTimesLeverageAndOthersAreEveryOtherWinnerInKeccakOrder()
    {
        // longs went bankrupt: shorts rank. adlScore = pnl × notional / numerator (base units, down):
        // A: 1,000 × 20,000 / 2,000 = 10,000; B: 3,000 × 6,000 / 4,000 = 4,500; C: 0 (a loss)
        var accounts = new[]
        {
            Account(A, -10, 1_000, 20_000, 2_000),
            Account(B, -3, 3_000, 6_000, 4_000),
            Account(C, -1, -50, 2_000, 500),
            Account(new AccountId("0x4444444444444444444444444444444444444444", 0), 5, -900, 10_000, 100), // the bankrupt side: not listed
        };
        var (plan, why) = AdlRanking.Plan(Market(700, deficitLong: true, longs: 1, shorts: 3), accounts);
        Assert.Null(why);
        Assert.Equal(A, plan!.Target);
        Assert.Equal(new BigInteger(10_000), plan.Score);
        var expectedOrder = new[] { B, C }.OrderBy(a => Convert.ToHexString(AbiKey(a)), StringComparer.Ordinal).ToList();
        Assert.Equal(expectedOrder, plan.Others);
    }

    [Fact]
    public void KeyIsKeccakOfAbiEncodeOwnerAndSubId()
    {
        foreach (var a in new[] { A, B, C }) Assert.Equal(AbiKey(a), AdlRanking.Key(a));
    }

    [Fact]
    public void NoPlanWhenTheIndexIsBehindTheMarketsCountOrNobodyIsInProfit()
    {
        var accounts = new[] { Account(A, -10, 1_000, 20_000, 2_000) };
        var (behind, why) = AdlRanking.Plan(Market(700, deficitLong: true, longs: 0, shorts: 2), accounts);
        Assert.Null(behind);
        Assert.Contains("the market counts 2", why, StringComparison.Ordinal);

        var (none, why2) = AdlRanking.Plan(Market(700, deficitLong: true, longs: 0, shorts: 1), [Account(A, -10, -5, 20_000, 2_000)]);
        Assert.Null(none);
        Assert.Equal("no profitable position on the winning side", why2);
        Assert.Equal("no deficit", AdlRanking.Plan(Market(0, true, 0, 1), accounts).Why);
    }

    /// <summary>keccak256(abi.encode(owner, subId)) by Nethereum's ABI encoder (another path than the keeper's).</summary>
    private static byte[] AbiKey(AccountId a) => new ABIEncode().GetSha3ABIEncoded(new ABIValue("address", a.Owner), new ABIValue("uint256", a.SubId));
}
