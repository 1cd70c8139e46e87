using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Amounts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Spectre.Console;

namespace MarginInsurance.DevTools.Demo;

/// <summary>The vault's PositionLiquidated, PerpDeficit and Deleveraged events, decoded with the generated DTOs and printed as they are.</summary>
internal sealed class PerpEvents(MarginClient client)
{
    /// <summary>Every PositionLiquidated event read so far.</summary>
    public List<PositionLiquidatedEventDTO> Liquidations { get; } = [];

    /// <summary>Every PerpDeficit event read so far (covered: drawn from the insurance pool).</summary>
    public List<PerpDeficitEventDTO> Deficits { get; } = [];

    /// <summary>Every Deleveraged event read so far.</summary>
    public List<DeleveragedEventDTO> Deleveraged { get; } = [];

    /// <summary>Reads and prints the perps events of blocks [from, to]; returns how many.</summary>
    public async Task<int> ReadAsync(long from, long to)
    {
        if (to < from || client.Deployment.PerpLiquidityVault is null) return 0;
        var vault = client.Deployment.MarginVault;
        var fromBlock = new BlockParameter(new HexBigInteger(from));
        var toBlock = new BlockParameter(new HexBigInteger(to));
        var liq = client.Web3.Eth.GetEvent<PositionLiquidatedEventDTO>(vault);
        var def = client.Web3.Eth.GetEvent<PerpDeficitEventDTO>(vault);
        var adl = client.Web3.Eth.GetEvent<DeleveragedEventDTO>(vault);
        var liqs = await liq.GetAllChangesAsync(liq.CreateFilterInput(fromBlock, toBlock)).ConfigureAwait(false);
        var defs = await def.GetAllChangesAsync(def.CreateFilterInput(fromBlock, toBlock)).ConfigureAwait(false);
        var adls = await adl.GetAllChangesAsync(adl.CreateFilterInput(fromBlock, toBlock)).ConfigureAwait(false);
        var d = client.Deployment.BaseDecimals;
        var symbol = client.Deployment.BaseSymbol;
        string Market(BigInteger id) => client.Deployment.PerpMarketName(id);
        foreach (var l in liqs.OrderBy(x => x.Log.BlockNumber.Value).ThenBy(x => x.Log.LogIndex.Value))
        {
            var e = l.Event;
            Liquidations.Add(e);
            var side = e.ClosedSize.Sign < 0 ? "long" : "short"; // closedSize is the closing trade: a long closes by selling
            AnsiConsole.MarkupLine(
                $"  [green]position liquidated[/] {e.Owner[..8]}…/{e.SubId} {side} {new PerpSize(Market(e.MarketId), BigInteger.Abs(e.ClosedSize)).Format()} by {e.Liquidator[..8]}… in block {l.Log.BlockNumber.Value}: " +
                $"health {new Wad(e.HealthBefore)} → {new Wad(e.HealthAfter)}, at {new TokenAmount(e.PriceWad, 18).Format(symbol)}, penalty {new TokenAmount(e.Penalty, d).Format(symbol)} ({new TokenAmount(e.ToInsurance, d).Format(symbol)} to insurance)");
        }

        foreach (var x in defs)
        {
            Deficits.Add(x.Event);
            AnsiConsole.MarkupLine($"  [red]perp deficit[/] {x.Event.Owner[..8]}…/{x.Event.SubId} {Market(x.Event.MarketId)}: {new TokenAmount(x.Event.Deficit, d).Format(symbol)} (insurance covered {new TokenAmount(x.Event.Covered, d).Format(symbol)})");
        }

        foreach (var x in adls)
        {
            Deleveraged.Add(x.Event);
            AnsiConsole.MarkupLine($"  [orange1]deleveraged[/] {x.Event.Owner[..8]}…/{x.Event.SubId} {Market(x.Event.MarketId)}: profit cut by {new TokenAmount(x.Event.Haircut, d).Format(symbol)}");
        }

        return liqs.Count + defs.Count + adls.Count;
    }
}
