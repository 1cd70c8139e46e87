using CsCheck;
using MarginInsurance.Keeper;

namespace MarginInsurance.BadInput.Tests;

/// <summary>Random invalid keeper settings: the validator fails, naming every bad setting, and never throws.</summary>
public sealed class KeeperOptionsTests
{
    /// <summary>Each entry: the setting's name and a generator of an edit that makes only that setting invalid.</summary>
    private static readonly (string Setting, Gen<Action<KeeperOptions>> Break)[] Breakers =
    [
        ("RpcUrl", Gen.OneOf(Inputs.Garbage.Where(s => !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)), Gen.OneOf("ws://127.0.0.1:8545", "ftp://node", "localhost:8545", "127.0.0.1:8545", "file:///etc/passwd", "http//x")).Select(v => (Action<KeeperOptions>)(o => o.RpcUrl = v))),
        ("Network", Gen.OneOf("", " ", "\t").Select(v => (Action<KeeperOptions>)(o => o.Network = v))),
        ("DeploymentPath", Gen.String[Gen.Char.AlphaNumeric, 1, 20].Select(v => (Action<KeeperOptions>)(o => o.DeploymentPath = Path.Combine(Path.GetTempPath(), "mi-missing-" + v, "deployment.json")))),
        ("StatePath", Gen.OneOf("", "  ").Select(v => (Action<KeeperOptions>)(o => o.StatePath = v))),
        ("KeystorePath", Gen.String[Gen.Char.AlphaNumeric, 1, 20].Select(v => (Action<KeeperOptions>)(o => o.KeystorePath = Path.Combine(Path.GetTempPath(), "mi-missing-" + v, "key.json")))),
        ("PollIntervalMilliseconds", Gen.OneOf(Gen.Int[int.MinValue, 49], Gen.Int[60_001, int.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.PollIntervalMilliseconds = v))),
        ("ReorgDepth", Gen.OneOf(Gen.Int[int.MinValue, -1], Gen.Int[1001, int.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.ReorgDepth = v))),
        ("MaxFeePerGasGwei", Gen.Decimal[-1_000_000m, 0m].Select(v => (Action<KeeperOptions>)(o => { o.MaxFeePerGasGwei = v; }))),
        ("MinPriorityFeeGwei", Gen.OneOf(Gen.Decimal[-1_000m, -0.0001m], Gen.Decimal[200.0001m, 100_000m]).Select(v => (Action<KeeperOptions>)(o => o.MinPriorityFeeGwei = v))),
        ("ReplaceAfterBlocks", Gen.Int[int.MinValue, 0].Select(v => (Action<KeeperOptions>)(o => o.ReplaceAfterBlocks = v))),
        ("FeeBumpPercent", Gen.OneOf(Gen.Int[int.MinValue, 9], Gen.Int[501, int.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.FeeBumpPercent = v))),
        ("MinProfit", BadAmount.Select(v => (Action<KeeperOptions>)(o => o.MinProfit = v))),
        ("LowInventoryWarning", BadAmount.Select(v => (Action<KeeperOptions>)(o => o.LowInventoryWarning = v))),
        ("WarningHealth", Gen.OneOf(Gen.Decimal[-100m, 1m], Gen.Decimal[10.0001m, 1_000_000m]).Select(v => (Action<KeeperOptions>)(o => o.WarningHealth = v))),
        ("MaxLiquidationsPerBlock", Gen.OneOf(Gen.Int[int.MinValue, 0], Gen.Int[10_001, int.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.MaxLiquidationsPerBlock = v))),
        ("LiquidationGasLimit", Gen.OneOf(Gen.Long[long.MinValue, 99_999L], Gen.Long[10_000_001L, long.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.LiquidationGasLimit = v))),
        ("WebhookUrl", Gen.OneOf("not a url", "hooks/margin", "example.com/hook").Select(v => (Action<KeeperOptions>)(o => o.WebhookUrl = v))),
        ("HttpUrl", Gen.OneOf("9464", "127.0.0.1 9464", "metrics").Select(v => (Action<KeeperOptions>)(o => o.HttpUrl = v))),
        ("Risk:IntervalSeconds", Gen.Int[int.MinValue, 0].Select(v => (Action<KeeperOptions>)(o => o.Risk.IntervalSeconds = v))),
        ("Risk:ThresholdBps", Gen.OneOf(Gen.Int[int.MinValue, 0], Gen.Int[10_001, int.MaxValue]).Select(v => (Action<KeeperOptions>)(o => o.Risk.ThresholdBps = v))),
        ("Risk:HistoryDays", Gen.Int[int.MinValue, 1].Select(v => (Action<KeeperOptions>)(o => o.Risk.HistoryDays = v))),
        ("Risk:MinReturns", Gen.Int[int.MinValue, 1].Select(v => (Action<KeeperOptions>)(o => o.Risk.MinReturns = v))),
    ];

    /// <summary>
    /// Amount settings are whole base tokens in the SDK's amount grammar (digits[.digits]): anything else must
    /// fail validation, because the engine parses them with <c>TokenAmount.Parse</c> at start-up.
    /// </summary>
    private static Gen<string> BadAmount => Gen.OneOf(
        Inputs.Garbage.Where(s => !System.Text.RegularExpressions.Regex.IsMatch(s.Trim(), @"^[0-9]+(\.[0-9]+)?$")),
        Gen.OneOf("-1", "-0.5", "1,000", "+1", ".5", "1.", "1e3", "(1)", " 1 000 "));

    private static readonly Gen<(string Setting, Action<KeeperOptions> Edit)> AnyBreak =
        Gen.Int[0, Breakers.Length - 1].SelectMany(i => Breakers[i].Break.Select(b => (Breakers[i].Setting, b)));

    private static KeeperOptions Valid() => new();

    /// <summary>The engine's start-up parse of amount settings (internal to the keeper).</summary>
    private static void BaseUnits(string amount, int decimals) =>
        typeof(KeeperOptions).GetMethod("BaseUnits", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, [amount, decimals]);

    [Fact]
    public void TheDefaultsAreValid() => Assert.True(new KeeperOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void EachInvalidSettingIsNamed()
    {
        AnyBreak.Sample(c =>
        {
            var (setting, edit) = c;
            var o = Valid();
            edit(o);
            var result = new KeeperOptionsValidator().Validate(null, o);
            Assert.True(result.Failed, $"{setting}: accepted");
            var failures = result.Failures!.ToList();
            Assert.StartsWith($"Keeper:{setting}", failures[0], StringComparison.Ordinal);
            // Only that setting is blamed (a non-positive fee cap also puts the default priority fee above it).
            Assert.All(failures.Skip(1), f => Assert.StartsWith(setting == "MaxFeePerGasGwei" ? "Keeper:MinPriorityFeeGwei" : "-", f, StringComparison.Ordinal));
        }, iter: Inputs.Iter * 2, print: c => c.Setting);
    }

    [Fact]
    public void SeveralInvalidSettingsAreAllNamed()
    {
        // An explicit DeploymentPath makes an empty Network legitimate, so those two are not combined.
        AnyBreak.Array[2, 8].Where(e => !(e.Any(x => x.Setting == "Network") && e.Any(x => x.Setting == "DeploymentPath"))).Sample(edits =>
            {
                var o = Valid();
                foreach (var (_, edit) in edits) edit(o);
                var result = new KeeperOptionsValidator().Validate(null, o);
                Assert.True(result.Failed);
                var text = string.Join("\n", result.Failures!);
                foreach (var (setting, _) in edits)
                {
                    // MaxFeePerGasGwei <= 0 also makes any positive MinPriorityFeeGwei invalid; the named one must still appear.
                    Assert.Contains($"Keeper:{setting}", text, StringComparison.Ordinal);
                }
            }, iter: Inputs.Iter);
    }

    [Fact]
    public void AmountSettingsTheValidatorAcceptsParseAsBaseUnits()
    {
        // Whatever passes validation must not crash the engine's start-up parse (6-decimal base asset).
        Gen.OneOf(Inputs.Garbage, Gen.Decimal[0m, 1_000_000m].Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Sample(v =>
            {
                var o = Valid();
                o.MinProfit = v;
                var result = new KeeperOptionsValidator().Validate(null, o);
                if (result.Succeeded)
                {
                    try
                    {
                        BaseUnits(v, 6);
                    }
                    catch (System.Reflection.TargetInvocationException tie) when (tie.InnerException is ArgumentException ex)
                    {
                        // More fraction digits than the base asset: a typed error naming the setting (exit 2, no crash).
                        Assert.Contains("Keeper:MinProfit", ex.Message, StringComparison.Ordinal);
                    }
                }
            }, iter: Inputs.Iter);
    }

    /// <summary>The depth-curve file of a testnet is read at start: a bad or missing file names the setting, the line and the fix.</summary>
    [Fact]
    public void DepthCurveFileIsValidatedAtStart()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "asset,sale_value,impact_bps\nWETH,250000,20\nWETH,10000,5\n");
            var options = Valid();
            options.Risk.DepthCurves = file;
            var text = string.Join("\n", new KeeperOptionsValidator().Validate(null, options).Failures ?? []);
            Assert.Contains($"Keeper:Risk:DepthCurves: {file} line 3: sale_value 10000 is not above the previous WETH point (250000). Fix: list each asset's points by increasing sale_value", text, StringComparison.Ordinal);

            options.Risk.DepthCurves = file + ".missing";
            Assert.Contains(new KeeperOptionsValidator().Validate(null, options).Failures!, f => f.StartsWith($"Keeper:Risk:DepthCurves: file '{file}.missing' does not exist. Fix:", StringComparison.Ordinal));

            File.WriteAllText(file, "# testnet\nasset,sale_value,impact_bps\nWETH,10000,5\nWETH,250000,20\n");
            options.Risk.DepthCurves = file;
            Assert.True(new KeeperOptionsValidator().Validate(null, options).Succeeded);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
