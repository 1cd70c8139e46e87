using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Volatility;
using MarginInsurance.Sdk.Deploy;

namespace MarginInsurance.Cli.Commands;

/// <summary>Options shared by the risk commands, with validation messages that name the option and the fix.</summary>
internal sealed class RiskOptions
{
    public Option<DirectoryInfo> Data { get; } = new("--data")
    {
        Description = "Folder of date,value price CSVs (one per asset, e.g. ETH-USD.csv).",
        DefaultValueFactory = _ => new DirectoryInfo("data/prices"),
    };

    public Option<string[]> Assets { get; } = new("--asset")
    {
        Description = "Assets to include (default: every CSV in --data). Repeat or comma-separate: --asset ETH,BTC.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Gaps { get; } = new("--gaps")
    {
        Description = "Missing-day rule: drop (exclude returns spanning a gap; default), refuse (fail listing gaps), interpolate (geometric fill).",
        DefaultValueFactory = _ => "drop",
    };

    public Option<double> Confidence { get; } = new("--confidence")
    {
        Description = "VaR confidence for forecasts and backtests.",
        DefaultValueFactory = _ => 0.99,
    };

    public Option<double> EsConfidence { get; } = new("--es-confidence")
    {
        Description = "ES confidence used for margin.",
        DefaultValueFactory = _ => 0.975,
    };

    public Option<double> Lambda { get; } = new("--lambda")
    {
        Description = "EWMA decay (RiskMetrics 0.94).",
        DefaultValueFactory = _ => EwmaVolatility.DefaultLambda,
    };

    public Option<int> Scenarios { get; } = new("--scenarios")
    {
        Description = "Monte Carlo scenarios.",
        DefaultValueFactory = _ => 100_000,
    };

    public Option<ulong> Seed { get; } = new("--seed")
    {
        Description = "Seed of every random draw (same seed, same numbers).",
        DefaultValueFactory = _ => 42UL,
    };

    public Option<int> Accounts { get; } = new("--synthetic-accounts")
    {
        Description = "Size of the synthetic account book used when --accounts is not given.",
        DefaultValueFactory = _ => 10_000,
    };

    public Option<FileInfo?> AccountsFile { get; } = new("--accounts")
    {
        Description = "CSV of accounts: id,debt,<ASSET>... (units per asset).",
    };

    public Option<FileInfo?> DepthCurves { get; } = new("--depth-curves")
    {
        Description = "CSV of price-impact points per collateral (asset,sale_value,impact_bps; docs/uniswap.md) for a chain with no pools to measure: the slippage of each listed asset is read from its curve at --liquidation-size, and the liquidity stress thins that curve (depth down 80%).",
    };

    public Option<string[]> LiquidationSize { get; } = new("--liquidation-size")
    {
        Description = $"Liquidation-sized sale per asset in USD, where its depth curve is read, e.g. --liquidation-size LINK=125000 (default {DefaultLiquidationSize:N0}: close factor 50% x tier break 1,000,000 of deploy/local.json).",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Default liquidation-sized sale: the close-factor share (50 %) of a position at the first size tier (1,000,000 USD) of deploy/local.json.</summary>
    public const double DefaultLiquidationSize = 500_000;

    public Option<double?> Pool { get; } = new("--pool-usd")
    {
        Description = "Insurance pool size in USD (default: 1% of total debt).",
    };

    public Option<double> HorizonDays { get; } = new("--horizon-days")
    {
        Description = "Liquidation horizon in days (ES scaled by sqrt-time).",
        DefaultValueFactory = _ => 1.0,
    };

    public Option<int> MaxAddOn { get; } = new("--max-addon-bps")
    {
        Description = "On-chain maximum add-on, bps.",
        DefaultValueFactory = _ => 3000,
    };

    public Option<int> MaxStep { get; } = new("--max-step-bps")
    {
        Description = "On-chain maximum add-on change per update, bps.",
        DefaultValueFactory = _ => 500,
    };

    public Option<string[]> BaseLt { get; } = new("--base-lt")
    {
        Description = "Base liquidation threshold per asset in bps, e.g. --base-lt ETH=8500 --base-lt LINK=7500.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> CurrentAddOn { get; } = new("--current-addon")
    {
        Description = "Current on-chain add-on per asset in bps, e.g. --current-addon SOL=300.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Liquidity { get; } = new("--liquidity-multiplier")
    {
        Description = "ES multiplier per asset for market depth, e.g. --liquidity-multiplier LINK=1.5.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> PerpVolume { get; } = new("--perp-volume")
    {
        Description = "Daily volume (USD) a perp liquidation can trade into, per asset, for the square-root impact of the perp tiers, e.g. --perp-volume ETH=1.5e9 (defaults: docs/risk.md §11).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<FileInfo?> DeployConfigFile { get; } = new("--deploy-config")
    {
        Description = "Deployment config whose \"perps\" markets are the current perp tiers and penalties the recommendation is compared with (default: deploy/local.json beside --data's repository, if present).",
    };

    public Option<string[]> ImpliedVol { get; } = new("--implied-vol")
    {
        Description = "Implied volatility per asset: a constant annualized % (ETH=65), a DVOL-style index CSV (date,value), or a surface CSV (date,expiry,strike,forward,iv or date,expiry,delta,iv), e.g. --implied-vol ETH=data/vol-surfaces/ETH-2025-01-16-synthetic.csv.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output: table (for people; default), json or csv (full precision, units stated per column).",
        DefaultValueFactory = _ => "table",
    };

    public Option<int> Window { get; } = new("--window")
    {
        Description = "Historical window: most recent daily returns a model uses.",
        DefaultValueFactory = _ => 1000,
    };

    public Option<int> MinHistory { get; } = new("--min-history")
    {
        Description = "Daily returns needed before a forecast is made.",
        DefaultValueFactory = _ => 250,
    };

    public Option<string[]> Bonus { get; } = new("--bonus-bps")
    {
        Description = "Liquidation bonus per asset in bps, e.g. --bonus-bps ETH=500.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> Slippage { get; } = new("--slippage-bps")
    {
        Description = "Expected slippage selling seized collateral per asset in bps, e.g. --slippage-bps LINK=150.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> SurfaceArbitrage { get; } = new("--surface-arbitrage")
    {
        Description = "When a fitted implied-vol surface has butterfly or calendar arbitrage: refuse (default; names the expiry) or repair (refit under no-arbitrage constraints, repairs printed).",
        DefaultValueFactory = _ => "refuse",
    };

    public Option<string> ImpliedRule { get; } = new("--implied-rule")
    {
        Description = "How implied volatility combines with EWMA: max (default) or blend:W (W = weight of implied, 0..1).",
        DefaultValueFactory = _ => "max",
    };

    public RiskOptions()
    {
        Gaps.AcceptOnlyFromAmong("drop", "refuse", "interpolate");
        Format.AcceptOnlyFromAmong("table", "json", "csv");
        SurfaceArbitrage.AcceptOnlyFromAmong("refuse", "repair");
        MinHistory.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 30) r.AddError($"{MinHistory.Name} must be at least 30 daily returns (default 250); e.g. --min-history 250.");
        });
        Window.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 30) r.AddError($"{Window.Name} must be at least 30 daily returns (default 1000); e.g. --window 1000.");
        });
        Confidence.Validators.Add(r => Probability(r, Confidence.Name, "0.99"));
        EsConfidence.Validators.Add(r => Probability(r, EsConfidence.Name, "0.975"));
        Lambda.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (!(v > 0 && v < 1)) r.AddError($"{Lambda.Name} must be between 0 and 1 exclusive (RiskMetrics uses 0.94); got {v}.");
        });
        Scenarios.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1000) r.AddError($"{Scenarios.Name} must be at least 1000 for stable tails; e.g. --scenarios 100000.");
        });
        Accounts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError($"{Accounts.Name} must be at least 1; e.g. --synthetic-accounts 10000.");
        });
        HorizonDays.Validators.Add(r =>
        {
            if (!(r.GetValueOrDefault<double>() > 0)) r.AddError($"{HorizonDays.Name} must be a positive number of days; e.g. --horizon-days 1.");
        });
        MaxAddOn.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v is < 0 or > 10_000) r.AddError($"{MaxAddOn.Name} must be 0..10000 bps (contract default 3000); got {v}.");
        });
        MaxStep.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<int>();
            if (v is < 1 or > 10_000) r.AddError($"{MaxStep.Name} must be 1..10000 bps (contract default 500); got {v}.");
        });
        ImpliedRule.Validators.Add(r =>
        {
            if (ParseImpliedRule(r.GetValueOrDefault<string>() ?? "") is null)
                r.AddError($"{ImpliedRule.Name} must be 'max' or 'blend:W' with 0 <= W <= 1, e.g. --implied-rule blend:0.5.");
        });
        foreach (var option in new[] { BaseLt, CurrentAddOn, Liquidity, ImpliedVol, Bonus, Slippage, LiquidationSize, PerpVolume })
            option.Validators.Add(r =>
            {
                foreach (var item in Split(r.GetValueOrDefault<string[]>()))
                    if (!item.Contains('=', StringComparison.Ordinal) || item.StartsWith('='))
                        r.AddError($"{option.Name} expects ASSET=VALUE (e.g. {option.Name} ETH=...); got '{item}'.");
            });
    }

    public IEnumerable<Option> All =>
    [
        Data, Assets, Gaps, Confidence, EsConfidence, Lambda, Window, MinHistory, Scenarios, Seed, Accounts, AccountsFile, Pool, HorizonDays, MaxAddOn, MaxStep,
        BaseLt, CurrentAddOn, Liquidity, Bonus, Slippage, DepthCurves, LiquidationSize, PerpVolume, DeployConfigFile, ImpliedVol, ImpliedRule, SurfaceArbitrage, Format,
    ];

    /// <summary>The output format chosen.</summary>
    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) switch { "json" => OutputFormat.Json, "csv" => OutputFormat.Csv, _ => OutputFormat.Table };

    /// <summary>Every setting with its value; defaults used are marked, so nothing is silent.</summary>
    public string SettingsNote(ParseResult parse, IEnumerable<Option>? only = null)
    {
        var shown = (only ?? [Gaps, Confidence, EsConfidence, Lambda, Window, MinHistory, HorizonDays, ImpliedRule, SurfaceArbitrage]).ToList();
        var parts = shown.Select(o =>
        {
            var result = parse.GetResult(o);
            var value = result is OptionResult r && r.Tokens.Count > 0 ? string.Join(" ", r.Tokens.Select(t => t.Value)) : DefaultText(o, parse);
            return $"{o.Name} {value}{(result is null || (result is OptionResult or && or.Implicit) ? " (default)" : "")}";
        });
        return "Settings: " + string.Join(", ", parts) + ".";
    }

    private static string DefaultText(Option o, ParseResult parse) => o switch
    {
        Option<double> d => parse.GetValue(d).ToString(CultureInfo.InvariantCulture),
        Option<int> i => parse.GetValue(i).ToString(CultureInfo.InvariantCulture),
        Option<string> s => parse.GetValue(s) ?? "",
        _ => "",
    };

    public void AddTo(Command command)
    {
        foreach (var option in All) command.Options.Add(option);
    }

    /// <summary>Loads prices and builds analysis options; throws <see cref="CliUsageException"/> with a fix on bad input.</summary>
    public RiskAnalysisOptions Build(ParseResult parse, bool needsMarginInputs = true)
    {
        var folder = parse.GetValue(Data)!;
        if (!folder.Exists)
            throw new CliUsageException($"--data: folder '{folder.FullName}' does not exist. Fix: point --data at a folder of date,value CSVs, e.g. --data data/prices.");
        var prices = PriceCsvReader.ReadFolder(folder.FullName).ToList();
        var wanted = Split(parse.GetValue(Assets)).Select(a => a.ToUpperInvariant()).ToList();
        if (wanted.Count > 0)
        {
            var missing = wanted.Except(prices.Select(p => p.Asset)).ToList();
            if (missing.Count > 0)
                throw new CliUsageException($"--asset: no price file for {string.Join(", ", missing)} in {folder.FullName}. Fix: use one of {string.Join(", ", prices.Select(p => p.Asset))}.");
            prices = prices.Where(p => wanted.Contains(p.Asset)).ToList();
        }
        var gaps = parse.GetValue(Gaps) switch { "refuse" => GapPolicy.Refuse, "interpolate" => GapPolicy.Interpolate, _ => GapPolicy.Drop };
        var names = prices.Select(p => p.Asset).ToList();
        var inputs = new Dictionary<string, AssetMarginInputs>();
        InputsSource.Clear();
        var given = new Dictionary<string, List<string>>();
        void Set(string asset, string option, Func<AssetMarginInputs, AssetMarginInputs> change)
        {
            inputs[asset] = change(inputs.TryGetValue(asset, out var i) ? i : DefaultMarginInputs.For(asset));
            (given.TryGetValue(asset, out var l) ? l : given[asset] = []).Add(option);
        }
        foreach (var (asset, v) in Pairs(parse.GetValue(BaseLt), BaseLt.Name, names))
            Set(asset, BaseLt.Name, i => i with { BaseLiquidationThresholdBps = Bps(v, BaseLt.Name) });
        foreach (var (asset, v) in Pairs(parse.GetValue(CurrentAddOn), CurrentAddOn.Name, names))
            Set(asset, CurrentAddOn.Name, i => i with { CurrentAddOnBps = Bps(v, CurrentAddOn.Name) });
        foreach (var (asset, v) in Pairs(parse.GetValue(Liquidity), Liquidity.Name, names))
            Set(asset, Liquidity.Name, i => i with { LiquidityMultiplier = Number(v, Liquidity.Name, 0.1, 10) });
        foreach (var (asset, v) in Pairs(parse.GetValue(Bonus), Bonus.Name, names))
            Set(asset, Bonus.Name, i => i with { BonusBps = Bps(v, Bonus.Name) });
        foreach (var (asset, v) in Pairs(parse.GetValue(Slippage), Slippage.Name, names))
            Set(asset, Slippage.Name, i => i with { SlippageBps = Bps(v, Slippage.Name) });
        foreach (var asset in names)
        {
            var options = given.TryGetValue(asset, out var l) ? l : [];
            if (!DefaultMarginInputs.IsShipped(asset))
            {
                var missing = new[] { BaseLt.Name, Liquidity.Name, Bonus.Name, Slippage.Name }.Except(options).ToList();
                if (missing.Count > 0)
                {
                    if (needsMarginInputs)
                        throw new CliUsageException($"{asset}: no margin inputs (shipped defaults exist only for {string.Join(", ", DefaultMarginInputs.ByAsset.Keys)}); missing {string.Join(", ", missing)}. Fix: {string.Join(" ", missing.Select(m => $"{m} {asset}=..."))}.");
                    continue;
                }
            }
            inputs.TryAdd(asset, DefaultMarginInputs.For(asset));
            InputsSource[asset] = options.Count == 0 ? "shipped defaults" : $"shipped defaults + {string.Join(", ", options.Distinct())}";
            if (!DefaultMarginInputs.IsShipped(asset)) InputsSource[asset] = $"command line ({string.Join(", ", options.Distinct())})";
        }
        var depth = Depth(parse, names, given);
        foreach (var asset in depth.Keys.Where(InputsSource.ContainsKey)) InputsSource[asset] += $" + {DepthCurves.Name}";
        var arbitrage = parse.GetValue(SurfaceArbitrage) == "repair" ? ArbitragePolicy.Repair : ArbitragePolicy.Refuse;
        var implied = new Dictionary<string, ImpliedVolatilitySource>();
        foreach (var (asset, v) in Pairs(parse.GetValue(ImpliedVol), ImpliedVol.Name, names))
        {
            try
            {
                implied[asset] = ImpliedVolatilityInput.Parse(asset, v, arbitrage, ImpliedVol.Name);
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException(e.Message);
            }
        }
        var settings = new RiskEngineSettings(parse.GetValue(Confidence), parse.GetValue(EsConfidence), parse.GetValue(Lambda), parse.GetValue(MinHistory), parse.GetValue(Window));
        if (settings.MaxWindow < settings.MinHistory)
            throw new CliUsageException($"--window {settings.MaxWindow} is shorter than --min-history {settings.MinHistory}. Fix: e.g. --window 1000 --min-history 250.");
        AccountBook? book = null;
        if (parse.GetValue(AccountsFile) is { } file)
        {
            if (!file.Exists) throw new CliUsageException($"--accounts: file '{file.FullName}' does not exist. Fix: pass a CSV with header id,debt,<ASSET>... or omit --accounts for a synthetic book.");
            book = AccountBook.ReadCsv(file.FullName, prices.Select(p => p.Asset).ToList());
        }
        return new RiskAnalysisOptions(
            prices,
            gaps,
            settings,
            new MarginPolicy(parse.GetValue(EsConfidence), parse.GetValue(HorizonDays)),
            new AddOnBounds(parse.GetValue(MaxAddOn), parse.GetValue(MaxStep)),
            inputs,
            book,
            parse.GetValue(Accounts),
            parse.GetValue(Scenarios),
            parse.GetValue(Seed),
            parse.GetValue(Pool),
            implied,
            ParseImpliedRule(parse.GetValue(ImpliedRule)!),
            Depth: depth,
            PerpInputs: PerpInputs(parse, names));
    }

    /// <summary>Perp inputs: the shipped ones with --perp-volume applied; an asset without shipped perp inputs needs a volume.</summary>
    private Dictionary<string, PerpInstrumentInputs> PerpInputs(ParseResult parse, IReadOnlyList<string> names)
    {
        var inputs = DefaultPerpInputs.ByAsset.Where(kv => names.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var given = parse.GetValue(DeployConfigFile);
        if (given is { Exists: false })
            throw new CliUsageException($"{DeployConfigFile.Name}: file '{given.FullName}' does not exist. Fix: pass a deployment config such as deploy/local.json, or omit the option.");
        var data = parse.GetValue(Data)!;
        var config = given ?? new FileInfo(Path.Combine(data.FullName, "..", "..", "deploy", "local.json"));
        if (config.Exists && DeployConfig.Load(config.FullName).Config.Perps is { } perps)
        {
            foreach (var m in perps.Markets)
            {
                var asset = AssetSeries.Underlying(m.Underlying);
                if (!inputs.TryGetValue(asset, out var i)) continue;
                var tier = new PerpTier(m.ImfBps, m.MmfBps, decimal.Parse(m.NotionalBreak1, CultureInfo.InvariantCulture),
                    decimal.Parse(m.NotionalBreak2, CultureInfo.InvariantCulture), m.Step2Bps, m.Step3Bps);
                inputs[asset] = i with { Current = tier, LiquidationPenaltyBps = m.LiquidationPenaltyBps, CurrentSource = $"{m.Symbol} of {config.Name}" };
            }
        }

        foreach (var (asset, v) in Pairs(parse.GetValue(PerpVolume), PerpVolume.Name, names))
        {
            var volume = Number(v, PerpVolume.Name, 1e3, 1e13);
            inputs[asset] = inputs.TryGetValue(asset, out var i)
                ? i with { Impact = i.Impact with { DailyVolumeUsd = volume } }
                : new PerpInstrumentInputs(asset, new SquareRootImpact(1.0, volume), 100, PerpTier.SpecExample);
        }
        return inputs;
    }

    /// <summary>The depth curves of --depth-curves matched to the analysed assets, with their liquidation sizes.</summary>
    private Dictionary<string, LiquidationDepth> Depth(ParseResult parse, IReadOnlyList<string> names, Dictionary<string, List<string>> given)
    {
        var sizes = Pairs(parse.GetValue(LiquidationSize), LiquidationSize.Name, names).ToDictionary(p => p.Asset, p => Number(p.Value, LiquidationSize.Name, 1, 1e12));
        var depth = new Dictionary<string, LiquidationDepth>();
        if (parse.GetValue(DepthCurves) is not { } file)
        {
            if (sizes.Count > 0)
                throw new CliUsageException($"{LiquidationSize.Name} is where a depth curve is read, but no {DepthCurves.Name} was given. Fix: add {DepthCurves.Name} FILE (docs/uniswap.md) or drop {LiquidationSize.Name}.");
            return depth;
        }

        var curves = DepthCurveFile.Read(file.FullName, DepthCurves.Name);
        foreach (var asset in names)
        {
            if (DepthCurveFile.For(curves, asset) is not { } curve) continue;
            if (given.TryGetValue(asset, out var options) && options.Contains(Slippage.Name))
                throw new CliUsageException($"{Slippage.Name} {asset} and the {curve.Asset} curve of {DepthCurves.Name} both set {asset}'s slippage. Fix: drop {Slippage.Name} {asset}=... or the {curve.Asset} rows.");
            depth[asset] = new LiquidationDepth(curve, sizes.GetValueOrDefault(asset, DefaultLiquidationSize), $"{DepthCurves.Name} {file.Name} ({curve.Asset} rows)");
        }

        if (depth.Count == 0)
            throw new CliUsageException($"{DepthCurves.Name}: {file.FullName} has curves for {string.Join(", ", curves.Keys)} but none of the analysed assets ({string.Join(", ", names)}) matches. Fix: name the rows after the assets (ETH or WETH) or analyse those assets with --asset.");
        var unused = sizes.Keys.Where(a => !depth.ContainsKey(a)).ToList();
        if (unused.Count > 0)
            throw new CliUsageException($"{LiquidationSize.Name} {string.Join(", ", unused)}: no depth curve for it in {file.Name}. Fix: add its rows to the file or drop {LiquidationSize.Name} for it.");
        return depth;
    }

    /// <summary>Where each asset's margin inputs came from (filled by <see cref="Build"/>).</summary>
    public Dictionary<string, string> InputsSource { get; } = new();

    internal static ImpliedVolatilityRule? ParseImpliedRule(string text)
    {
        if (text == "max") return new ImpliedVolatilityRule();
        if (text.StartsWith("blend:", StringComparison.Ordinal)
            && double.TryParse(text["blend:".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) && w is >= 0 and <= 1)
            return new ImpliedVolatilityRule(ImpliedVolatilityCombination.Blend, w);
        return null;
    }

    private static void Probability(OptionResult r, string name, string example)
    {
        var v = r.GetValueOrDefault<double>();
        if (!(v > 0 && v < 1)) r.AddError($"{name} must be a probability strictly between 0 and 1, e.g. {name} {example}; got {v.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IEnumerable<(string Asset, string Value)> Pairs(string[]? values, string option, IEnumerable<string> known)
    {
        var knownList = known.ToList();
        foreach (var item in Split(values))
        {
            var parts = item.Split('=', 2);
            var asset = parts[0].Trim().ToUpperInvariant();
            if (!knownList.Contains(asset))
                throw new CliUsageException($"{option}: unknown asset '{asset}'. Fix: use one of {string.Join(", ", knownList)}.");
            yield return (asset, parts[1].Trim());
        }
    }

    private static int Bps(string value, string option)
    {
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bps) || bps is < 0 or > 10_000)
            throw new CliUsageException($"{option}: '{value}' is not a whole number of bps in 0..10000. Fix: e.g. {option} ETH=8500.");
        return bps;
    }

    private static double Number(string value, string option, double min, double max)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new CliUsageException($"{option}: '{value}' must be a number in {min}..{max}. Fix: e.g. {option} LINK=1.5.");
        return v;
    }
}

/// <summary>A user error with the fix in its message.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
