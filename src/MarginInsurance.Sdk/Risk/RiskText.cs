using System.Globalization;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Risk;

/// <summary>How a risk report writes numbers for people: token units with symbols and digit groups, percentages, ISO dates, health to 4 decimals.</summary>
public static class RiskText
{
    /// <summary>"1,234,567.5 USDC".</summary>
    public static string Amount(TokenAmount amount, string symbol)
    {
        var text = amount.ToString();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var grouped = string.Join(",", Enumerable.Range(0, (whole.Length + 2) / 3).Select(i => whole.Length - 3 * (i + 1))
            .Reverse().Select(start => whole[Math.Max(0, start)..(start + 3)]));
        return $"{grouped}{(dot < 0 ? string.Empty : text[dot..])} {symbol}";
    }

    /// <summary>
    /// Health to 4 decimals, truncated (never rounded up: a health of 0.99996 reads 0.9999, not 1.0000); "∞" without debt.
    /// </summary>
    public static string Health(Wad health) => Truncated(health, 4);

    /// <summary>Health to 8 decimals, truncated: shows the crossing of 1 at a liquidation price and one tick above it.</summary>
    public static string HealthPrecise(Wad health) => Truncated(health, 8);

    /// <summary>Basis points as a percentage: 8500 → "85.00%".</summary>
    public static string Bps(int bps) => (bps / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A WAD ratio as a percentage ("∞" when unbounded): 0.9056e18 → "90.56%".</summary>
    public static string Percent(Wad ratio) => ratio.IsInfinite ? "∞" : (ratio.ToDouble() * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A fraction as a signed percentage: −0.166 → "-16.60%".</summary>
    public static string Change(double fraction) => (fraction * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%";

    private static string Truncated(Wad ratio, int decimals)
    {
        if (ratio.IsInfinite) return "∞";
        var scaled = ratio.Raw / System.Numerics.BigInteger.Pow(10, 18 - decimals);
        var unit = System.Numerics.BigInteger.Pow(10, decimals);
        return $"{(scaled / unit).ToString(CultureInfo.InvariantCulture)}.{(scaled % unit).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0')}";
    }

    /// <summary>ISO 8601 UTC: "2026-11-29T18:00:00Z".</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
