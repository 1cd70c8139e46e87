using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Spectre.Console;

namespace MarginInsurance.DevTools.Demo;

/// <summary>The vault's Liquidate and BadDebtRealized events, decoded with the generated DTOs and printed as they are.</summary>
internal sealed class ChainEvents(MarginClient client, DeploymentFile deployment)
{
    private readonly HashSet<string> _receipts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every Liquidate event read so far.</summary>
    public List<LiquidateEventDTO> Liquidations { get; } = [];

    /// <summary>Every BadDebtRealized event read so far.</summary>
    public List<BadDebtRealizedEventDTO> BadDebts { get; } = [];

    /// <summary>Gas used by the transactions that emitted Liquidate.</summary>
    public BigInteger GasUsed { get; private set; }

    /// <summary>Reads and prints the events of blocks [from, to]; returns how many liquidations.</summary>
    public async Task<int> ReadAsync(long from, long to)
    {
        if (to < from) return 0;
        var fromBlock = new BlockParameter(new HexBigInteger(from));
        var toBlock = new BlockParameter(new HexBigInteger(to));
        var liqEvent = client.Web3.Eth.GetEvent<LiquidateEventDTO>(deployment.MarginVault);
        var badEvent = client.Web3.Eth.GetEvent<BadDebtRealizedEventDTO>(deployment.MarginVault);
        var liqs = await liqEvent.GetAllChangesAsync(liqEvent.CreateFilterInput(fromBlock, toBlock)).ConfigureAwait(false);
        var bads = await badEvent.GetAllChangesAsync(badEvent.CreateFilterInput(fromBlock, toBlock)).ConfigureAwait(false);
        var baseDec = deployment.BaseDecimals;
        foreach (var l in liqs.OrderBy(x => x.Log.BlockNumber.Value).ThenBy(x => x.Log.LogIndex.Value))
        {
            var e = l.Event;
            Liquidations.Add(e);
            var gas = BigInteger.Zero;
            if (_receipts.Add(l.Log.TransactionHash)
                && await client.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(l.Log.TransactionHash).ConfigureAwait(false) is { } receipt)
            {
                gas = receipt.GasUsed.Value;
                GasUsed += gas;
            }

            var collateral = deployment.Collaterals.FirstOrDefault(c => c.Token.Equals(e.Asset, StringComparison.OrdinalIgnoreCase));
            var seized = collateral is null ? e.Seized.ToString() : $"{new TokenAmount(e.Seized, collateral.Decimals)} {collateral.Symbol}";
            var bad = bads.Where(b => b.Log.TransactionHash.Equals(l.Log.TransactionHash, StringComparison.OrdinalIgnoreCase)
                                      && b.Event.Owner.Equals(e.Owner, StringComparison.OrdinalIgnoreCase) && b.Event.SubId == e.SubId)
                .Select(b => b.Event).FirstOrDefault();
            var badText = bad is null ? string.Empty
                : $"  [red]bad debt {new TokenAmount(bad.BadDebt, baseDec)} (insurance {new TokenAmount(bad.Covered, baseDec)}, lenders {new TokenAmount(bad.Socialized, baseDec)})[/]";
            AnsiConsole.MarkupLine(
                $"  [green]liquidated[/] {e.Owner[..8]}…/{e.SubId} by {e.Liquidator[..8]}… in block {l.Log.BlockNumber.Value}: health {new Wad(e.HealthBefore)} → {new Wad(e.HealthAfter)}, " +
                $"repaid {new TokenAmount(e.Repaid, baseDec)} USDC, seized {seized}, insurance fee {new TokenAmount(e.Fee, baseDec)} USDC, gas {gas}{badText}");
        }

        foreach (var b in bads)
        {
            BadDebts.Add(b.Event);
            if (!liqs.Any(l => l.Log.TransactionHash.Equals(b.Log.TransactionHash, StringComparison.OrdinalIgnoreCase)))
            {
                AnsiConsole.MarkupLine($"  [red]bad debt[/] {b.Event.Owner[..8]}…/{b.Event.SubId}: {new TokenAmount(b.Event.BadDebt, baseDec)} USDC (insurance {new TokenAmount(b.Event.Covered, baseDec)}, lenders {new TokenAmount(b.Event.Socialized, baseDec)})");
            }
        }

        return liqs.Count;
    }
}
