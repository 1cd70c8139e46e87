namespace MarginInsurance.Risk.Simulation;

/// <summary>
/// xoshiro256** generator seeded by SplitMix64: fast, and bit-for-bit reproducible for a seed on every platform and runtime
/// (unlike <see cref="Random"/>, whose algorithm may change).
/// </summary>
/// <remarks>
/// Kept instead of MathNet's <c>Xoshiro256StarStar</c> for determinism: MathNet seeds it from an <c>int</c> (32 bits), while
/// <see cref="ScenarioGenerator"/> derives a 64-bit seed per block (seed × φ + block + 1) so that parallel blocks draw
/// independent, reproducible streams; folding those to 32 bits would change every seeded stream (and every expected
/// value the risk tests read from them) and make distinct (seed, block) pairs collide. MathNet's Normal/Gamma samplers
/// also consume the bit stream in their own order, which MathNet does not promise to keep across releases. And for speed,
/// measured with <c>scripts/bench-risk --rng</c> (CPU time of one call, shared 2-core machine, 2026-11-29): 1e7 standard
/// normals 71 ms here against 185 ms with MathNet's Xoshiro256StarStar + Normal.Sample; 1e6 chi-squared(4) draws 14 ms
/// against 162 ms with ChiSquared.Sample.
/// </remarks>
public sealed class Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    /// <summary>Creates a generator for a seed.</summary>
    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix(ref seed); _s1 = SplitMix(ref seed); _s2 = SplitMix(ref seed); _s3 = SplitMix(ref seed);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Marsaglia polar method).</summary>
    public double NextNormal()
    {
        if (_hasSpare) { _hasSpare = false; return _spareNormal; }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * f;
        _hasSpare = true;
        return u * f;
    }

    /// <summary>Gamma(shape, 1) for shape ≥ 1 (Marsaglia–Tsang).</summary>
    public double NextGamma(double shape)
    {
        if (shape < 1) throw new ArgumentOutOfRangeException(nameof(shape), shape, "shape must be at least 1");
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do { x = NextNormal(); v = 1 + c * x; } while (v <= 0);
            v = v * v * v;
            var u = NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }

    /// <summary>Chi-squared with nu degrees of freedom (nu ≥ 2).</summary>
    public double NextChiSquared(double nu) => 2 * NextGamma(nu / 2);

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
