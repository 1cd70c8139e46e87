using System.Numerics;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>A deleveraging the keeper can send: the target and every other position on its side, in the contract's order.</summary>
/// <param name="MarketId">The market with the deficit.</param>
/// <param name="Target">The highest-ranked profitable position's account.</param>
/// <param name="Score">Its adlScore (base units).</param>
/// <param name="Others">Every other position on that side, in strictly increasing keccak256(abi.encode(owner, subId)).</param>
internal sealed record AdlPlan(int MarketId, AccountId Target, BigInteger Score, IReadOnlyList<AccountId> Others);

/// <summary>
/// §13.8's ranking, as the keeper must present it: while <c>adlDeficit_m &gt; 0</c>, the side opposite the bankrupt one is
/// ranked by <c>adlScore(pnl, notional, numerator_L)</c>; the target is the highest score (it must be profitable), and the
/// call lists every other position of that side (the contract checks the list is complete against its side count).
/// </summary>
internal static class AdlRanking
{
    /// <summary>The plan for <paramref name="market"/>, or the reason there is none.</summary>
    public static (AdlPlan? Plan, string? Why) Plan(PerpMarketView market, IReadOnlyList<PerpAccountView> accounts)
    {
        if (market.State.AdlDeficit.IsZero) return (null, "no deficit");
        var winnersLong = !market.State.DeficitLong;
        var side = accounts
            .SelectMany(a => a.Positions.Where(p => p.MarketId == market.Id && !p.Size.IsZero && p.Size.Sign > 0 == winnersLong)
                .Select(p => (a.Account, Score: PerpMath.AdlScore(p.Pnl, p.Notional, a.NumeratorL))))
            .ToList();
        var expected = winnersLong ? market.State.LongCount : market.State.ShortCount;
        if (side.Count != expected)
            return (null, $"the keeper knows {side.Count} {(winnersLong ? "long" : "short")} positions, the market counts {expected} (index behind the chain)");
        if (side.Count == 0) return (null, "no position on the winning side");
        var target = side.OrderByDescending(s => s.Score).First();
        if (target.Score.IsZero) return (null, "no profitable position on the winning side");
        var others = side.Where(s => s.Account != target.Account).Select(s => s.Account).OrderBy(Key, ByteOrder.Instance).ToList();
        return (new AdlPlan(market.Id, target.Account, target.Score, others), null);
    }

    /// <summary>keccak256(abi.encode(owner, subId)).</summary>
    public static byte[] Key(AccountId a)
    {
        var encoded = new byte[64];
        a.Owner.HexToByteArray().CopyTo(encoded, 12);
        var sub = a.SubId.ToByteArray(isUnsigned: true, isBigEndian: true);
        sub.CopyTo(encoded, 64 - sub.Length);
        return Sha3Keccack.Current.CalculateHash(encoded);
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static readonly ByteOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
    }
}
