using BenchmarkDotNet.Attributes;
using MarginInsurance.Risk.Simulation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace MarginInsurance.Risk.Benchmarks;

/// <summary>
/// The scenario generator's draws (standard normals and chi-squared for the multivariate t), with the engine's own
/// <see cref="Xoshiro256"/> and with MathNet's Xoshiro256StarStar and samplers: the measurement behind keeping Xoshiro256.
/// </summary>
public class RngBenchmarks
{
    /// <summary>Draws per benchmark call.</summary>
    public const int Draws = 10_000_000;

    /// <summary>10,000,000 standard normals from <see cref="Xoshiro256.NextNormal"/>.</summary>
    [Benchmark]
    public double EngineNormals()
    {
        var rng = new Xoshiro256(7);
        var sum = 0.0;
        for (var i = 0; i < Draws; i++) sum += rng.NextNormal();
        return sum;
    }

    /// <summary>10,000,000 standard normals from MathNet (Normal.Sample over Xoshiro256StarStar).</summary>
    [Benchmark]
    public double MathNetNormals()
    {
        var rng = new Xoshiro256StarStar(7, threadSafe: false);
        var sum = 0.0;
        for (var i = 0; i < Draws; i++) sum += Normal.Sample(rng, 0, 1);
        return sum;
    }

    /// <summary>1,000,000 chi-squared(4) draws from <see cref="Xoshiro256.NextChiSquared"/>.</summary>
    [Benchmark]
    public double EngineChiSquared()
    {
        var rng = new Xoshiro256(7);
        var sum = 0.0;
        for (var i = 0; i < Draws / 10; i++) sum += rng.NextChiSquared(4);
        return sum;
    }

    /// <summary>1,000,000 chi-squared(4) draws from MathNet (ChiSquared.Sample over Xoshiro256StarStar).</summary>
    [Benchmark]
    public double MathNetChiSquared()
    {
        var rng = new Xoshiro256StarStar(7, threadSafe: false);
        var sum = 0.0;
        for (var i = 0; i < Draws / 10; i++) sum += ChiSquared.Sample(rng, 4);
        return sum;
    }
}
