using System.Numerics;

namespace MarginInsurance.Sdk.Amounts;

/// <summary>
/// A position size of one perp market: a magnitude in WAD of the underlying (1e18 = one ETH of ETH-PERP, whatever the
/// token's decimals), tagged with the market's symbol. It is not a <see cref="TokenAmount"/>, so a size can never be
/// passed where a base-asset amount is expected, and a flow of one market rejects the size of another.
/// </summary>
public readonly record struct PerpSize
{
    /// <summary>Decimals of a size (WAD).</summary>
    public const int Decimals = 18;

    /// <summary>A size of <paramref name="raw"/> WAD units of <paramref name="market"/>'s underlying.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or beyond int128 (the vault's storage).</exception>
    public PerpSize(string market, BigInteger raw)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        if (raw.Sign < 0 || raw > MaxRaw)
        {
            throw new ArgumentOutOfRangeException(nameof(raw), raw, "a size is a magnitude 0..2^127-1 (WAD of the underlying); the side says long or short");
        }

        Market = market;
        Raw = raw;
    }

    /// <summary>Largest size the vault stores (int128).</summary>
    public static readonly BigInteger MaxRaw = (BigInteger.One << 127) - 1;

    /// <summary>The market symbol, e.g. ETH-PERP.</summary>
    public string Market { get; }

    /// <summary>WAD of the underlying.</summary>
    public BigInteger Raw { get; }

    /// <summary>Whether the size is zero.</summary>
    public bool IsZero => Raw.IsZero;

    /// <summary>Parses a human size such as "1.5" (units of the underlying) for <paramref name="market"/>.</summary>
    /// <exception cref="FormatException">Not a non-negative decimal with at most 18 decimals.</exception>
    public static PerpSize Parse(string market, string text) => new(market, TokenAmount.Parse(text, Decimals).Raw);

    /// <summary>The size in units, e.g. "1.5".</summary>
    public override string ToString() => new TokenAmount(Raw, Decimals).ToString();

    /// <summary>For people: "1.5 ETH-PERP" with at most <paramref name="places"/> decimals.</summary>
    public string Format(int places = 4) => new TokenAmount(Raw, Decimals).Format(Market, places);

    /// <summary>Signed WAD: positive for <see cref="PositionSide.Long"/>, negative for <see cref="PositionSide.Short"/>.</summary>
    public BigInteger Signed(PositionSide side) => side == PositionSide.Long ? Raw : -Raw;

}

/// <summary>The side of a perp position.</summary>
public enum PositionSide
{
    /// <summary>No position.</summary>
    None,

    /// <summary>Long: gains when the index rises (size &gt; 0).</summary>
    Long,

    /// <summary>Short: gains when the index falls (size &lt; 0).</summary>
    Short,
}
