using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>
/// Indexes perpetual positions from the vault's events (docs/protocol.md §13): <c>PositionModified</c> carries the new
/// size (idempotent when the reorg window is re-read); <c>PositionLiquidated</c> leaves an unknown size (re-read from the
/// chain at the next scan, never computed from a delta that a re-read would apply twice); <c>Deleveraged</c> closes in
/// full. The account joins the keeper's accounts too (a perp-only account has no deposit or borrow to be found by).
/// </summary>
internal static class PerpPositionIndexer
{
    /// <summary>Stores what <paramref name="log"/> says about a position; false when it is not a position event.</summary>
    public static bool OnLog(FilterLog log, IKeeperStore store)
    {
        if (log.IsLogForEvent<PositionModifiedEventDTO>())
        {
            var e = log.DecodeEvent<PositionModifiedEventDTO>().Event;
            Set(store, new AccountId(e.Owner, e.SubId), (int)e.MarketId, e.NewSize, log);
            return true;
        }

        if (log.IsLogForEvent<PositionLiquidatedEventDTO>())
        {
            var e = log.DecodeEvent<PositionLiquidatedEventDTO>().Event;
            Set(store, new AccountId(e.Owner, e.SubId), (int)e.MarketId, null, log);
            return true;
        }

        if (log.IsLogForEvent<DeleveragedEventDTO>())
        {
            var e = log.DecodeEvent<DeleveragedEventDTO>().Event;
            Set(store, new AccountId(e.Owner, e.SubId), (int)e.MarketId, 0, log);
            return true;
        }

        return false;
    }

    private static void Set(IKeeperStore store, AccountId account, int market, System.Numerics.BigInteger? size, FilterLog log)
    {
        store.AddAccount(account, log.BlockNumber.Value);
        store.SetPerpPosition(account, market, size, log.BlockNumber.Value);
    }
}
