using System.Globalization;
using System.Numerics;
using MarginInsurance.Core;

namespace MarginInsurance.Sdk.Amounts;

/// <summary>
/// An amount of one token in its smallest unit, carrying the token's decimals so that a 6-decimal
/// amount can never be mixed up with an 18-decimal one. Arithmetic and comparison between amounts
/// of different decimals throw.
/// </summary>
public readonly record struct TokenAmount : IComparable<TokenAmount>
{
    /// <summary>Largest decimals an EVM token may use here.</summary>
    public const int MaxDecimals = 36;

    /// <summary>Creates an amount from raw smallest units.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, above 2^256-1, or decimals outside 0..36.</exception>
    public TokenAmount(BigInteger raw, int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"token decimals must be 0..{MaxDecimals}");
        }

        if (raw.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(raw), raw, "a token amount cannot be negative");
        }

        if (raw > WadMath.MaxUint256)
        {
            throw new ArgumentOutOfRangeException(nameof(raw), raw, "a token amount cannot exceed 2^256-1");
        }

        Raw = raw;
        Decimals = decimals;
    }

    /// <summary>The amount in smallest units (what the contracts take).</summary>
    public BigInteger Raw { get; }

    /// <summary>Decimals of the token this amount is of.</summary>
    public int Decimals { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Raw.IsZero;

    /// <summary>Zero of a token with <paramref name="decimals"/>.</summary>
    public static TokenAmount Zero(int decimals) => new(BigInteger.Zero, decimals);

    /// <summary>Parses a human amount such as "1234.5" for a token with <paramref name="decimals"/>.</summary>
    /// <exception cref="FormatException">Not a plain non-negative decimal, or more fractional digits than the token has.</exception>
    public static TokenAmount Parse(string text, int decimals)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var parts = trimmed.Split('.');
        if (trimmed.Length == 0 || parts.Length > 2 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit)))
        {
            throw new FormatException($"'{text}' is not a non-negative decimal amount such as 1234.5");
        }

        var fraction = parts.Length == 2 ? parts[1] : string.Empty;
        if (fraction.Length > decimals)
        {
            throw new FormatException($"'{text}' has {fraction.Length} decimal places but the token has only {decimals}");
        }

        var raw = BigInteger.Parse(parts[0] + fraction.PadRight(decimals, '0'), CultureInfo.InvariantCulture);
        return new TokenAmount(raw, decimals);
    }

    /// <summary>Converts a human amount for a token with <paramref name="decimals"/>; fractions beyond the token's precision throw.</summary>
    public static TokenAmount FromDecimal(decimal value, int decimals) =>
        Parse(value.ToString(CultureInfo.InvariantCulture), decimals);

    /// <summary>Sum of two amounts of the same token decimals.</summary>
    public static TokenAmount operator +(TokenAmount left, TokenAmount right) =>
        new(left.Raw + right.Raw, SameDecimals(left, right));

    /// <summary>Difference of two amounts of the same token decimals (throws if negative).</summary>
    public static TokenAmount operator -(TokenAmount left, TokenAmount right) =>
        new(left.Raw - right.Raw, SameDecimals(left, right));

    /// <summary>Compares amounts of the same token decimals.</summary>
    public int CompareTo(TokenAmount other) => Raw.CompareTo(new TokenAmount(other.Raw, SameDecimals(this, other)).Raw);

    /// <summary>Less than, for amounts of the same decimals.</summary>
    public static bool operator <(TokenAmount left, TokenAmount right) => left.CompareTo(right) < 0;

    /// <summary>Greater than, for amounts of the same decimals.</summary>
    public static bool operator >(TokenAmount left, TokenAmount right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal, for amounts of the same decimals.</summary>
    public static bool operator <=(TokenAmount left, TokenAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal, for amounts of the same decimals.</summary>
    public static bool operator >=(TokenAmount left, TokenAmount right) => left.CompareTo(right) >= 0;

    /// <summary>The amount as a human decimal string, e.g. "1234.5".</summary>
    public override string ToString()
    {
        if (Decimals == 0)
        {
            return Raw.ToString(CultureInfo.InvariantCulture);
        }

        var digits = Raw.ToString(CultureInfo.InvariantCulture).PadLeft(Decimals + 1, '0');
        var whole = digits[..^Decimals];
        var fraction = digits[^Decimals..].TrimEnd('0');
        return fraction.Length == 0 ? whole : $"{whole}.{fraction}";
    }

    /// <summary>
    /// The amount for people: thousands separators, at most <paramref name="places"/> decimals (rounded half up, trailing
    /// zeros kept to the token's precision), and the symbol — "695,000.61 USDC", "0.9985 WETH" with 4 places.
    /// </summary>
    public string Format(string symbol, int places = 2)
    {
        places = Math.Clamp(places, 0, Decimals);
        var scale = BigInteger.Pow(10, Decimals - places);
        var rounded = (Raw + scale / 2) / scale;
        var digits = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        var whole = BigInteger.Parse(places == 0 ? digits : digits[..^places], CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);
        var text = places == 0 ? whole : $"{whole}.{digits[^places..]}";
        return string.IsNullOrEmpty(symbol) ? text : $"{text} {symbol}";
    }

    private static int SameDecimals(TokenAmount left, TokenAmount right) =>
        left.Decimals == right.Decimals
            ? left.Decimals
            : throw new InvalidOperationException(
                $"cannot combine an amount with {left.Decimals} decimals and one with {right.Decimals} decimals; they are different tokens");
}
