using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Simulation;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>
/// Many accounts in structure-of-arrays layout for fast scenario evaluation: Units[a][k] = units of asset a held by account k.
/// </summary>
/// <param name="Assets">Asset symbols.</param>
/// <param name="Ids">Account ids.</param>
/// <param name="Units">Units[asset][account].</param>
/// <param name="Debt">Debt[account] in base units.</param>
public sealed record AccountBook(IReadOnlyList<string> Assets, IReadOnlyList<string> Ids, double[][] Units, double[] Debt)
{
    /// <summary>Number of accounts.</summary>
    public int Count => Debt.Length;

    /// <summary>Total debt.</summary>
    public double TotalDebt => Debt.Sum();

    /// <summary>Account k as a record.</summary>
    public Account this[int k] => new(Ids[k],
        Enumerable.Range(0, Assets.Count).Where(a => Units[a][k] != 0).ToDictionary(a => Assets[a], a => Units[a][k]), Debt[k]);

    /// <summary>Builds a book from account records.</summary>
    public static AccountBook From(IReadOnlyList<string> assets, IReadOnlyList<Account> accounts)
    {
        var units = assets.Select(a => accounts.Select(acc => acc.Collateral.GetValueOrDefault(a)).ToArray()).ToArray();
        return new AccountBook(assets, accounts.Select(a => a.Id).ToList(), units, accounts.Select(a => a.Debt).ToArray());
    }

    /// <summary>
    /// Deterministic synthetic book (no real positions ship with the repo): each account holds 1–3 collateral assets
    /// (ETH/BTC twice as likely), a log-normal USD size (median 20,000), and a starting health 1.02 + Exp(mean 0.5) under
    /// the given liquidation thresholds, so a few percent of accounts sit close to liquidation.
    /// </summary>
    public static AccountBook Synthetic(IReadOnlyList<string> assets, IReadOnlyList<double> prices, IReadOnlyList<double> liquidationThresholds, int count, ulong seed)
    {
        var rng = new Xoshiro256(seed);
        var d = assets.Count;
        var weights = assets.Select(a => a is "ETH" or "BTC" ? 2.0 : 1.0).ToArray();
        var units = Enumerable.Range(0, d).Select(_ => new double[count]).ToArray();
        var debt = new double[count];
        var ids = new string[count];
        var mix = new double[d];
        for (var k = 0; k < count; k++)
        {
            ids[k] = "acct-" + k.ToString("D5", CultureInfo.InvariantCulture);
            Array.Clear(mix);
            var held = 1 + (int)(rng.NextDouble() * 3);
            for (var h = 0; h < held; h++) mix[Pick(rng, weights)] += rng.NextDouble() + 0.2;
            var total = mix.Sum();
            var size = 20_000 * Math.Exp(1.2 * rng.NextNormal());
            var weighted = 0.0;
            for (var a = 0; a < d; a++)
            {
                units[a][k] = size * mix[a] / total / prices[a];
                weighted += units[a][k] * prices[a] * liquidationThresholds[a];
            }
            var health = 1.02 - 0.5 * Math.Log(1 - rng.NextDouble());
            debt[k] = weighted / health;
        }
        return new AccountBook(assets, ids, units, debt);
    }

    /// <summary>
    /// Reads accounts from CSV: header <c>id,debt,ASSET1,ASSET2,...</c> (units per asset; assets must be known); errors name file and line.
    /// </summary>
    public static AccountBook ReadCsv(string path, IReadOnlyList<string> assets)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length < 2) throw new PriceDataException(path, 1, "expected header 'id,debt,<ASSET>...' and at least one account");
        var header = lines[0].Split(',').Select(h => h.Trim()).ToArray();
        if (header.Length < 3 || header[0] != "id" || header[1] != "debt")
            throw new PriceDataException(path, 1, "header must start with 'id,debt' followed by asset symbols");
        var columns = header.Skip(2).Select(h => (Symbol: h.ToUpperInvariant(), Index: assets.ToList().IndexOf(h.ToUpperInvariant()))).ToArray();
        foreach (var c in columns)
            if (c.Index < 0) throw new PriceDataException(path, 1, $"unknown asset column '{c.Symbol}' (known: {string.Join(", ", assets)})");
        var accounts = new List<Account>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var f = lines[i].Split(',');
            if (f.Length != header.Length) throw new PriceDataException(path, i + 1, $"expected {header.Length} fields, found {f.Length}");
            if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var debtValue) || debtValue < 0)
                throw new PriceDataException(path, i + 1, $"invalid debt '{f[1]}'");
            var collateral = new Dictionary<string, double>();
            for (var c = 0; c < columns.Length; c++)
            {
                if (!double.TryParse(f[c + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out var u) || u < 0)
                    throw new PriceDataException(path, i + 1, $"invalid units '{f[c + 2]}' for {columns[c].Symbol}");
                collateral[columns[c].Symbol] = u;
            }
            accounts.Add(new Account(f[0], collateral, debtValue));
        }
        return From(assets, accounts);
    }

    private static int Pick(Xoshiro256 rng, double[] weights)
    {
        var u = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.Length - 1;
    }
}
