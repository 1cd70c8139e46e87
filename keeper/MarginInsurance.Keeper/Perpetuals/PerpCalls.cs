using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Perps;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>
/// The vault's perp entry points (§13.12): an <c>IPerpMarkets</c> function message ABI-encoded into
/// <c>perp(bytes)</c> (writes) or <c>perpView(bytes)</c> (views). Keeper transactions for positions are stored as
/// liquidations (kind <c>liquidate</c>, so one in flight blocks the account everywhere a spot liquidation would) with
/// the asset column <c>perp:&lt;market&gt;</c>.
/// </summary>
internal static class PerpCalls
{
    /// <summary>Prefix of the asset column of a position liquidation or deleveraging.</summary>
    public const string AssetPrefix = "perp:";

    /// <summary>The asset column of a keeper transaction on market <paramref name="marketId"/>.</summary>
    public static string Asset(int marketId) => AssetPrefix + marketId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="tx"/> is a position liquidation or a deleveraging.</summary>
    public static bool IsPerp(SentTx tx) => tx.Asset?.StartsWith(AssetPrefix, StringComparison.Ordinal) == true;

    /// <summary>The market of a perp transaction's asset column.</summary>
    public static int MarketOf(SentTx tx) => int.Parse(tx.Asset![AssetPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Call data of <c>perp(bytes)</c> wrapping <paramref name="inner"/> (the SDK's <see cref="PerpCall"/> encoding).</summary>
    public static string WriteData<T>(T inner)
        where T : FunctionMessage, new() => PerpCall.Write(inner).GetCallData().ToHex(true);

    /// <summary><c>perpView(bytes)</c> asking <paramref name="inner"/>.</summary>
    public static PerpViewFunction View<T>(T inner)
        where T : FunctionMessage, new() => new() { Call = PerpCall.Encode(inner) };

    /// <summary>Decodes the bytes a perp entry point returned as <typeparamref name="TOut"/>.</summary>
    public static TOut Decode<TOut>(byte[] returned)
        where TOut : Nethereum.ABI.FunctionEncoding.Attributes.IFunctionOutputDTO, new() => PerpCall.Decode<TOut>(returned);
}
