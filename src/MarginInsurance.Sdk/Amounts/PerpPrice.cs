using System.Numerics;

namespace MarginInsurance.Sdk.Amounts;

/// <summary>
/// A perp price: base-asset value of one whole unit of the underlying as a WAD (what the vault's index, entry and
/// settlement prices are), e.g. 2000.5e18 for 2,000.5 USDC per ETH.
/// </summary>
/// <param name="Wad">The price, WAD.</param>
public readonly record struct PerpPrice(BigInteger Wad)
{
    /// <summary>The price as a human decimal, e.g. "2000.5".</summary>
    public override string ToString() => new TokenAmount(Wad, PerpSize.Decimals).ToString();

    /// <summary>For people: "2,000.50 USDC".</summary>
    public string Format(string baseSymbol, int places = 2) => new TokenAmount(Wad, PerpSize.Decimals).Format(baseSymbol, places);

    /// <summary>As a double (display only).</summary>
    public double ToDouble() => (double)Wad / 1e18;
}
