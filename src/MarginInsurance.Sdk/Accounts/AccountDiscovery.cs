using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Accounts;

/// <summary>
/// The one rule for finding accounts from the vault's events: an account exists from its first
/// <c>DepositCollateral</c> or <c>Borrow</c> event (an account that never did either holds nothing a keeper or a
/// dashboard could act on). Used by the keeper's indexer, the dashboard and the tests.
/// </summary>
public static class AccountDiscovery
{
    /// <summary>The account a vault log names under the rule, or null when the log is not a discovery event.</summary>
    public static AccountId? FromLog(FilterLog log)
    {
        if (log.IsLogForEvent<DepositCollateralEventDTO>())
        {
            var e = log.DecodeEvent<DepositCollateralEventDTO>().Event;
            return new AccountId(e.Owner, e.SubId);
        }

        if (log.IsLogForEvent<BorrowEventDTO>())
        {
            var e = log.DecodeEvent<BorrowEventDTO>().Event;
            return new AccountId(e.Owner, e.SubId);
        }

        return null;
    }

    /// <summary>The accounts discovered in the vault's logs from <paramref name="from"/> to <paramref name="to"/>, once each, in chain order.</summary>
    public static async Task<IReadOnlyList<AccountId>> ReadAsync(IWeb3 web3, string vault, BlockParameter from, BlockParameter to)
    {
        ArgumentNullException.ThrowIfNull(web3);
        var deposits = web3.Eth.GetEvent<DepositCollateralEventDTO>(vault);
        var borrows = web3.Eth.GetEvent<BorrowEventDTO>(vault);
        var logs = (await deposits.GetAllChangesAsync(deposits.CreateFilterInput(from, to)).ConfigureAwait(false)).Select(e => e.Log)
            .Concat((await borrows.GetAllChangesAsync(borrows.CreateFilterInput(from, to)).ConfigureAwait(false)).Select(e => e.Log));
        return logs.OrderBy(l => l.BlockNumber.Value).ThenBy(l => l.LogIndex.Value)
            .Select(FromLog).OfType<AccountId>().Distinct().ToList();
    }
}
