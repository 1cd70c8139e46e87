using MarginInsurance.Risk.Simulation;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>An account whose health would fall below 1 after a tail move: it should receive a margin call.</summary>
/// <param name="AccountId">Account id.</param>
/// <param name="Health">Health today.</param>
/// <param name="StressedHealth">Health after losing the ES of its LT-weighted collateral.</param>
public sealed record MarginCall(string AccountId, double Health, double StressedHealth);

/// <summary>
/// Margin calls from risk: for each account, ES (at the given confidence) of the one-day loss of its LT-weighted collateral
/// Σ_a units·price·LT_a, over the scenario set; stressed health = (weighted collateral − ES) / debt. Accounts with stressed
/// health below 1 (but healthy today) are called, worst first.
/// </summary>
public static class MarginCalls
{
    /// <summary>Finds the accounts to call.</summary>
    public static IReadOnlyList<MarginCall> Find(BookEvaluator evaluator, ScenarioSet scenarios, double confidence)
    {
        var book = evaluator.Book;
        var weightedUnits = book.Units.Select((u, a) => u.Select(x => x * evaluator.LiquidationThresholds[a]).ToArray()).ToArray();
        var weightedBook = book with { Units = weightedUnits };
        var es = PerAccountRisk.Compute(weightedBook, evaluator.Prices, scenarios, confidence);
        var health = evaluator.Healths();
        var calls = new List<MarginCall>();
        for (var k = 0; k < book.Count; k++)
        {
            if (book.Debt[k] <= 0 || health[k] < 1) continue;
            var stressed = (health[k] * book.Debt[k] - es[k].Es) / book.Debt[k];
            if (stressed < 1) calls.Add(new MarginCall(book.Ids[k], health[k], stressed));
        }
        return calls.OrderBy(c => c.StressedHealth).ToList();
    }
}
