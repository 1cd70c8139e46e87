using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.Sdk.Errors;

/// <summary>
/// What a revert message can name: the deployment's assets (by symbol, amounts in token units) and the
/// token the failed call transferred (ERC-20 errors carry no token address). Without a deployment,
/// assets are shown by address and amounts in raw units.
/// </summary>
/// <param name="Deployment">The deployment whose assets the message names; null shows addresses and raw units.</param>
/// <param name="Token">Address of the token the call transferred (for ERC20InsufficientBalance and the like).</param>
public sealed record ErrorContext(DeploymentFile? Deployment, string? Token = null)
{
    /// <summary>No deployment known: addresses and raw units.</summary>
    public static readonly ErrorContext None = new(Deployment: null);

    /// <summary>The asset's symbol, or its address when the deployment does not list it.</summary>
    internal string Name(object? address)
    {
        var text = Convert.ToString(address, CultureInfo.InvariantCulture) ?? "?";
        return Find(text)?.Symbol ?? text;
    }

    /// <summary>An amount of <paramref name="address"/> in token units with its symbol, e.g. "1.5 WETH".</summary>
    internal string Amount(object? raw, object? address) =>
        Format(raw, Find(Convert.ToString(address, CultureInfo.InvariantCulture)));

    /// <summary>A base-asset amount, e.g. "16000 USDC".</summary>
    internal string Base(object? raw) => Format(raw, Deployment is { } d ? (d.BaseSymbol, d.BaseDecimals) : null, "base units");

    /// <summary>A perp market by symbol and id, e.g. "ETH-PERP (market 0)", or "market 7" when the deployment does not list it.</summary>
    internal string Market(object? marketId)
    {
        var id = Convert.ToString(marketId, CultureInfo.InvariantCulture) ?? "?";
        var market = Deployment?.PerpMarkets.FirstOrDefault(m => m.MarketId.ToString(CultureInfo.InvariantCulture) == id);
        return market is null ? $"market {id}" : $"{market.Symbol} (market {id})";
    }

    /// <summary>A signed base-asset amount, e.g. "-12.5 USDC".</summary>
    internal string SignedBase(object? raw) =>
        raw is BigInteger value && value.Sign < 0 ? "-" + Base(-value) : Base(raw);

    /// <summary>An amount of the token the call transferred, e.g. "2 WETH".</summary>
    internal string Transferred(object? raw) => Format(raw, Find(Token));

    private (string Symbol, int Decimals)? Find(string? address)
    {
        if (Deployment is not { } d || address is null)
        {
            return null;
        }

        if (string.Equals(d.BaseAsset, address, StringComparison.OrdinalIgnoreCase))
        {
            return (d.BaseSymbol, d.BaseDecimals);
        }

        return d.Collaterals.FirstOrDefault(c => string.Equals(c.Token, address, StringComparison.OrdinalIgnoreCase)) is { } c
            ? (c.Symbol, c.Decimals)
            : null;
    }

    private static string Format(object? raw, (string Symbol, int Decimals)? asset, string unknownUnit = "raw units") =>
        raw is BigInteger value && asset is { } a && value.Sign >= 0
            ? $"{new TokenAmount(value, a.Decimals)} {a.Symbol}"
            : $"{Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "?"} {unknownUnit}";
}
