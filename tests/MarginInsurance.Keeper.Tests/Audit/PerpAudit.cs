using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Xunit;

namespace MarginInsurance.Keeper.Tests.Audit;

/// <summary>
/// What the chain says about a perp run, independent of the keepers: every PositionLiquidated / Deleveraged /
/// PerpDeficit event since <c>from</c>; accounts still holding a position below unified health 1 at the head (missed);
/// the same position liquidated twice in one block (double); markets left with an uncovered deficit while a profitable
/// position could absorb it; and every transaction of the audited keepers that reverted.
/// </summary>
public sealed record PerpAuditReport(
    IReadOnlyList<(PositionLiquidatedEventDTO Event, BigInteger Block)> Liquidations,
    IReadOnlyList<(DeleveragedEventDTO Event, BigInteger Block)> Deleveragings,
    IReadOnlyList<(PerpDeficitEventDTO Event, BigInteger Block)> Deficits,
    IReadOnlyList<AccountId> Missed,
    IReadOnlyList<string> Doubles,
    IReadOnlyList<string> DeficitsLeft,
    IReadOnlyList<string> KeeperReverts)
{
    public string Summary =>
        $"{Liquidations.Count} position liquidations, {Deleveragings.Count} deleveragings, {Deficits.Count} deficits; " +
        $"{Missed.Count} missed, {Doubles.Count} double, {DeficitsLeft.Count} deficits left, {KeeperReverts.Count} keeper reverts";

    public void AssertClean()
    {
        Assert.True(Missed.Count == 0, "missed: " + string.Join(", ", Missed));
        Assert.True(Doubles.Count == 0, "double: " + string.Join(", ", Doubles));
        Assert.True(DeficitsLeft.Count == 0, "deficit left: " + string.Join(", ", DeficitsLeft));
        Assert.True(KeeperReverts.Count == 0, "keeper reverts: " + string.Join(", ", KeeperReverts));
    }

    public static async Task<PerpAuditReport> RunAsync(IWeb3 web3, DeploymentFile deployment, IReadOnlyCollection<AccountId> accounts, IReadOnlyCollection<string> keepers, BigInteger from)
    {
        var head = (await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var range = (new BlockParameter(new HexBigInteger(from)), new BlockParameter(new HexBigInteger(head)));
        var liquidations = await EventsAsync<PositionLiquidatedEventDTO>(web3, deployment, range);
        var deleveragings = await EventsAsync<DeleveragedEventDTO>(web3, deployment, range);
        var deficits = await EventsAsync<PerpDeficitEventDTO>(web3, deployment, range);
        var vault = new MarginVaultService(web3, deployment.MarginVault);
        var at = new BlockParameter(new HexBigInteger(head));

        var list = accounts.ToList();
        var healths = (await PerpCall.QueryAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(vault,
            new PerpHealthBatchFunction { Owners = list.Select(a => a.Owner).ToList(), SubIds = list.Select(a => a.SubId).ToList() }, at)).Healths;
        var missed = new List<AccountId>();
        for (var i = 0; i < list.Count; i++)
        {
            if (healths[i] >= WadMath.WAD) continue;
            foreach (var m in deployment.PerpMarkets)
            {
                var p = await PerpCall.QueryAsync<PerpPositionFunction, PerpPositionOutputDTO>(vault, new PerpPositionFunction { Owner = list[i].Owner, SubId = list[i].SubId, MarketId = m.MarketId }, at);
                if (!p.Position.Size.IsZero)
                {
                    missed.Add(list[i]);
                    break;
                }
            }
        }

        var doubles = liquidations.GroupBy(l => (l.Event.Owner.ToLowerInvariant(), l.Event.SubId, l.Event.MarketId, l.Block)).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Item1}/{g.Key.SubId} market {g.Key.MarketId} x{g.Count()} in block {g.Key.Block}").ToList();
        var left = new List<string>();
        foreach (var m in deployment.PerpMarkets)
        {
            var st = (await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(vault, new PerpMarketFunction { MarketId = m.MarketId }, at)).ReturnValue2;
            if (!st.AdlDeficit.IsZero && (st.DeficitLong ? st.ShortCount : st.LongCount) > 0) left.Add($"{m.Symbol}: {st.AdlDeficit} base units with positions on the other side");
        }

        var reverts = new List<string>();
        var mine = keepers.Select(k => k.ToLowerInvariant()).ToHashSet();
        for (var b = from; b <= head; b++)
        {
            var block = await web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(b));
            foreach (var tx in block.Transactions.Where(t => mine.Contains(t.From.ToLowerInvariant())))
            {
                var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash);
                if (receipt.Status.Value != 1) reverts.Add($"{tx.TransactionHash} in block {b}");
            }
        }

        return new PerpAuditReport(liquidations, deleveragings, deficits, missed, doubles, left, reverts);
    }

    private static async Task<IReadOnlyList<(T Event, BigInteger Block)>> EventsAsync<T>(IWeb3 web3, DeploymentFile deployment, (BlockParameter From, BlockParameter To) range)
        where T : Nethereum.ABI.FunctionEncoding.Attributes.IEventDTO, new()
    {
        var ev = web3.Eth.GetEvent<T>(deployment.MarginVault);
        var changes = await ev.GetAllChangesAsync(ev.CreateFilterInput(range.From, range.To));
        return changes.Select(c => (c.Event, c.Log.BlockNumber.Value)).ToList();
    }
}
