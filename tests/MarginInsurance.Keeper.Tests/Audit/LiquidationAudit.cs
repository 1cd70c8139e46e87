using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Contracts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Xunit;

namespace MarginInsurance.Keeper.Tests.Audit;

/// <summary>One Liquidate event of the vault on the canonical chain.</summary>
public sealed record AuditedLiquidation(AccountId Account, string Liquidator, BigInteger Block, string TxHash, BigInteger Repaid, BigInteger HealthBefore);

/// <summary>A liquidation transaction sent by one of the audited keepers that reverted.</summary>
public sealed record RevertedLiquidation(string From, string TxHash, BigInteger Block);

/// <summary>
/// What the chain says about a run, independent of what the keepers believe: every Liquidate event, the accounts still
/// liquidatable at the head (missed), accounts liquidated twice in one block (double), and the audited keepers'
/// liquidation transactions that reverted (a second send for an account already liquidated, or a lost race).
/// </summary>
public sealed record AuditReport(
    IReadOnlyList<AuditedLiquidation> Liquidations,
    IReadOnlyList<AccountId> Missed,
    IReadOnlyList<AccountId> DoubleInOneBlock,
    IReadOnlyList<RevertedLiquidation> KeeperReverts)
{
    /// <summary>Liquidations of <paramref name="account"/>.</summary>
    public IReadOnlyList<AuditedLiquidation> Of(AccountId account) =>
        Liquidations.Where(l => l.Account.Owner.Equals(account.Owner, StringComparison.OrdinalIgnoreCase) && l.Account.SubId == account.SubId).ToList();

    /// <summary>Asserts 0 missed, 0 double in one block and no reverted liquidation of the audited keepers.</summary>
    public void AssertClean()
    {
        Assert.Empty(Missed);
        Assert.Empty(DoubleInOneBlock);
        Assert.Empty(KeeperReverts);
    }

    /// <summary>One line for the test output.</summary>
    public string Summary =>
        $"{Liquidations.Count} liquidations of {Liquidations.Select(l => l.Account).Distinct().Count()} accounts; missed {Missed.Count}; " +
        $"double in one block {DoubleInOneBlock.Count}; keeper reverts {KeeperReverts.Count}";
}

/// <summary>Reads the chain to check a keeper run: 0 missed and 0 double liquidations, from events and receipts only.</summary>
public static class LiquidationAudit
{
    private static readonly string Selector = "0x" + ABITypedRegistry.GetFunctionABI<LiquidateFunction>().Sha3Signature;

    /// <summary>Audits the blocks from <paramref name="fromBlock"/> to the head for <paramref name="accounts"/> and the liquidation transactions of <paramref name="keepers"/>.</summary>
    public static async Task<AuditReport> RunAsync(IWeb3 web3, DeploymentFile deployment, IReadOnlyCollection<AccountId> accounts, IReadOnlyCollection<string> keepers, BigInteger fromBlock)
    {
        var head = (await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
        var ev = web3.Eth.GetEvent<LiquidateEventDTO>(deployment.MarginVault);
        var logs = await ev.GetAllChangesAsync(ev.CreateFilterInput(new BlockParameter(new HexBigInteger(fromBlock)), new BlockParameter(new HexBigInteger(head)))).ConfigureAwait(false);
        var liquidations = logs.Select(l => new AuditedLiquidation(new AccountId(l.Event.Owner, l.Event.SubId), l.Event.Liquidator, l.Log.BlockNumber.Value,
            l.Log.TransactionHash, l.Event.Repaid, l.Event.HealthBefore)).ToList();

        var doubles = liquidations.GroupBy(l => (Owner: l.Account.Owner.ToLowerInvariant(), l.Account.SubId, l.Block))
            .Where(g => g.Count() > 1).Select(g => g.First().Account).Distinct().ToList();

        var missed = new List<AccountId>();
        var vault = new MarginVaultService(web3, deployment.MarginVault);
        foreach (var chunk in accounts.Chunk(500))
        {
            var batch = await vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Owner).ToList(),
                SubIds = chunk.Select(a => a.SubId).ToList(),
            }, new BlockParameter(new HexBigInteger(head))).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                if (!batch.Debts[i].IsZero && batch.Healths[i] < WadMath.WAD) missed.Add(chunk[i]);
            }
        }

        var keeperSet = keepers.Select(k => k.ToLowerInvariant()).ToHashSet();
        var reverts = new List<RevertedLiquidation>();
        for (var b = fromBlock; b <= head; b++)
        {
            var block = await web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(b)).ConfigureAwait(false);
            foreach (var tx in block.Transactions.Where(t => keeperSet.Contains(t.From.ToLowerInvariant())
                                                             && deployment.MarginVault.Equals(t.To, StringComparison.OrdinalIgnoreCase)
                                                             && t.Input.StartsWith(Selector, StringComparison.OrdinalIgnoreCase)))
            {
                var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash).ConfigureAwait(false);
                if (receipt.Status.Value != 1) reverts.Add(new RevertedLiquidation(tx.From, tx.TransactionHash, b));
            }
        }

        return new AuditReport(liquidations, missed, doubles, reverts);
    }
}
