using BenchmarkDotNet.Attributes;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Benchmarks;

/// <summary>Monte Carlo (100,000 scenarios x 5 assets x 10,000 accounts) and historical (full shipped history x 10,000 accounts) VaR/ES.</summary>
public class RiskBenchmarks
{
    private const int Scenarios = 100_000;
    private const int Accounts = 10_000;
    private AlignedReturns _history = null!;
    private ScenarioGenerator _generator = null!;
    private ScenarioSet _scenarios = null!;
    private ScenarioSet _historicalScenarios = null!;
    private AccountBook _book = null!;
    private BookEvaluator _evaluator = null!;
    private double[] _prices = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), "data", "prices");
        var series = PriceCsvReader.ReadFolder(folder);
        _history = AlignedReturns.Create(series.Select(s => ReturnSeries.FromPrices(s, GapPolicy.Drop)).ToList());
        _prices = series.Select(s => s.Prices[^1]).ToArray();
        var lt = _history.Assets.Select(a => a is "ETH" or "BTC" ? 0.85 : 0.75).ToArray();
        _generator = new ScenarioGenerator(_history.Assets, EwmaVolatility.Covariance(_history.Values), 4);
        _scenarios = _generator.Generate(Scenarios, 42);
        _historicalScenarios = PerAccountRisk.FromHistory(_history);
        _book = AccountBook.Synthetic(_history.Assets, _prices, lt, Accounts, 42);
        _evaluator = new BookEvaluator(_book, _prices, lt, new LiquidationTerms());
    }

    /// <summary>Draw 100,000 correlated multivariate-t scenarios over 5 assets (Cholesky, seeded).</summary>
    [Benchmark]
    public int McScenarioGeneration() => _generator.Generate(Scenarios, 7).Count;

    /// <summary>Per-account 99% VaR and ES for 10,000 accounts over 100,000 Monte Carlo scenarios (1e9 account-scenario losses).</summary>
    [Benchmark]
    public double McVarEsPerAccount() => PerAccountRisk.Compute(_book, _prices, _scenarios, 0.99)[^1].Es;

    /// <summary>Book-wide one-day bad debt over 100,000 scenarios x 10,000 accounts (liquidation below health 1), with coverage statistics.</summary>
    [Benchmark]
    public double McInsuranceBadDebt() => InsuranceAdequacy.Run(_evaluator, _generator, Scenarios, 7, 1e6).PoolFor999.Value;

    /// <summary>Per-account historical 99% VaR/ES for 10,000 accounts over the full common history of the 5 shipped assets.</summary>
    [Benchmark]
    public double HistoricalVarEsPerAccount() => PerAccountRisk.Compute(_book, _prices, _historicalScenarios, 0.99)[^1].Var;
}
