using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Surfaces;

namespace MarginInsurance.Risk.Volatility;

/// <summary>
/// Turns one configured implied-volatility value into a source: a number is a constant annualized percent (<c>ETH=65</c>); a file is
/// a surface if its header has an <c>expiry</c> column (<see cref="SurfaceCsvReader"/>), else a DVOL-style <c>date,value</c> index.
/// Used by the CLI (<c>--implied-vol</c>) and the keeper (<c>Keeper:Risk:ImpliedVolatility</c>).
/// </summary>
public static class ImpliedVolatilityInput
{
    /// <summary>Parses <paramref name="value"/> for <paramref name="asset"/>.</summary>
    /// <exception cref="ArgumentException">Neither a number in (0, 1000) nor an existing file (message names the setting and the fix).</exception>
    /// <exception cref="PriceDataException">The file is malformed.</exception>
    /// <exception cref="SurfaceArbitrageException">The surface has arbitrage (refused, or not repairable).</exception>
    public static ImpliedVolatilitySource Parse(string asset, string value, ArbitragePolicy policy, string setting)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
        {
            if (!(percent > 0 && percent < 1000))
                throw new ArgumentException($"{setting}: {asset}={value} must be annualized implied volatility in percent, in (0, 1000), e.g. {asset}=65.");
            return new ConstantImpliedVolatility(asset, percent);
        }
        if (!File.Exists(value))
            throw new ArgumentException($"{setting}: '{value}' for {asset} is neither a number nor an existing file. Fix: pass {asset}=65 (annualized %), {asset}=index.csv (date,value) or {asset}=surface.csv (date,expiry,strike,forward,iv).");
        if (SurfaceCsvReader.LooksLikeSurface(value))
            return new SurfaceImpliedVolatility(VolSurface.Fit(asset, SurfaceCsvReader.Read(value), policy, value));
        return new IndexImpliedVolatility(ImpliedVolatilitySeries.Read(value, asset));
    }
}
