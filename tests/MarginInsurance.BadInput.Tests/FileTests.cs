using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.BadInput.Tests;

/// <summary>Random mutations of a valid deployments file and of deploy/local.json: typed errors naming the file and field.</summary>
public sealed class FileTests
{
    private static readonly string[] DeploymentFields =
        ["network", "chainId", "deploymentBlock", "configHash", "marginVault", "insurancePool", "oracleRouter", "rateModel", "multicall3", "baseAsset", "baseSymbol", "baseDecimals", "collaterals"];

    private static readonly string[] AddressFields = ["marginVault", "insurancePool", "oracleRouter", "rateModel", "multicall3", "baseAsset"];

    private static readonly string[] CollateralFields = ["symbol", "token", "decimals", "feed"];

    /// <summary>A JSON value of a type no field of the file has where it appears (string where a number is due and so on).</summary>
    private static JsonNode? WrongType(JsonNode? original, int pick) => original?.GetValueKind() switch
    {
        JsonValueKind.Number => (pick % 4) switch { 0 => JsonValue.Create("12"), 1 => JsonValue.Create(true), 2 => new JsonArray(), _ => null },
        JsonValueKind.String => (pick % 4) switch { 0 => JsonValue.Create(12), 1 => JsonValue.Create(false), 2 => new JsonObject(), _ => null },
        JsonValueKind.Array => (pick % 3) switch { 0 => JsonValue.Create("WETH"), 1 => JsonValue.Create(3), _ => new JsonObject() },
        _ => JsonValue.Create(1.5),
    };

    private sealed record Mutation(string Description, string Text, string? Field);

    private static Gen<Mutation> DeploymentMutations(string valid)
    {
        JsonObject Doc() => JsonNode.Parse(valid)!.AsObject();
        var dropField = Gen.OneOf(DeploymentFields).Select(f =>
        {
            var d = Doc();
            d.Remove(f);
            return new Mutation($"drop {f}", d.ToJsonString(), f);
        });
        var wrongType = Gen.Select(Gen.OneOf(DeploymentFields), Gen.Int[0, 11]).Select((f, pick) =>
        {
            var d = Doc();
            d[f] = WrongType(d[f], pick);
            return new Mutation($"wrong type {f}", d.ToJsonString(), f);
        });
        var dropCollateralField = Gen.Select(Gen.Int[0, 2], Gen.OneOf(CollateralFields)).Select((i, f) =>
        {
            var d = Doc();
            d["collaterals"]![i]!.AsObject().Remove(f);
            return new Mutation($"drop collaterals[{i}].{f}", d.ToJsonString(), f);
        });
        var wrongCollateralType = Gen.Select(Gen.Int[0, 2], Gen.OneOf(CollateralFields), Gen.Int[0, 11], (i, f, pick) =>
        {
            var d = Doc();
            var c = d["collaterals"]![i]!.AsObject();
            c[f] = WrongType(c[f], pick);
            return new Mutation($"wrong type collaterals[{i}].{f}", d.ToJsonString(), f);
        });
        var nullCollateral = Gen.Int[0, 2].Select(i =>
        {
            var d = Doc();
            d["collaterals"]![i] = null;
            return new Mutation($"collaterals[{i}] null", d.ToJsonString(), $"collaterals[{i}]");
        });
        var badAddress = Gen.Select(Gen.OneOf(AddressFields), Gen.OneOf(Inputs.Hex.Select(h => "0x" + h), Inputs.Garbage), Gen.Bool, (a, b, c) => (a, b, c))
            .Where((f, v, _) => !Nethereum.Util.AddressUtil.Current.IsValidEthereumAddressHexFormat(v))
            .Select((f, v, mutateCase) =>
            {
                var d = Doc();
                if (mutateCase)
                {
                    // a wrong EIP-55 checksum: mixed case that is not the checksum
                    var good = Nethereum.Util.AddressUtil.Current.ConvertToChecksumAddress((string)d[f]!);
                    var flipped = "0x" + new string(good[2..].Select(ch => char.IsAsciiLetterUpper(ch) ? char.ToLowerInvariant(ch) : char.IsAsciiLetterLower(ch) ? char.ToUpperInvariant(ch) : ch).ToArray());
                    d[f] = flipped;
                }
                else
                {
                    d[f] = v;
                }

                return new Mutation($"bad address {f}", d.ToJsonString(), f);
            });
        var badCollateralAddress = Gen.Select(Gen.Int[0, 2], Gen.OneOf("token", "feed"), Inputs.Hex.Where(h => h.Length != 40), (i, f, h) =>
        {
            var d = Doc();
            d["collaterals"]![i]![f] = "0x" + h;
            return new Mutation($"bad collaterals[{i}].{f}", d.ToJsonString(), $"collaterals[{i}].{f}");
        });
        var badNumbers = Gen.Select(Gen.OneOf("chainId", "baseDecimals", "collaterals[1].decimals", "deploymentBlock"), Gen.Long[long.MinValue, -1], Gen.Int[19, int.MaxValue], Gen.Bool,
            (f, negative, big, useBig) =>
            {
                var d = Doc();
                var value = f == "chainId" || f == "deploymentBlock" || !useBig ? negative : big;
                if (f.StartsWith("collaterals", StringComparison.Ordinal))
                {
                    d["collaterals"]![1]!["decimals"] = (int)Math.Max(int.MinValue, value);
                    value = (int)Math.Max(int.MinValue, value);
                }
                else if (f == "baseDecimals")
                {
                    d[f] = (int)Math.Max(int.MinValue, value);
                }
                else
                {
                    d[f] = value;
                }

                return new Mutation($"{f} = {value}", d.ToJsonString(), f.Replace("collaterals[1].", "collaterals[1].", StringComparison.Ordinal));
            });
        var truncated = Gen.Int[0, valid.Length - 2].Select(n => new Mutation($"truncated at {n}", valid[..n], null));
        var garbage = Gen.OneOf(Inputs.Garbage, Gen.OneOf("null", "[]", "{}", "42", "\"text\"", "{\"collaterals\":[]}"))
            .Select(g => new Mutation("garbage", g, null));
        return Gen.OneOf(dropField, wrongType, dropCollateralField, wrongCollateralType, nullCollateral, badAddress, badCollateralAddress, badNumbers, truncated, garbage);
    }

    [Fact]
    public void MutatedDeploymentFilesAreDeploymentFileErrorsNamingFileAndField()
    {
        using var temp = new Inputs.TempDir();
        var good = temp.File("good.json");
        Inputs.Deployment().Save(good);
        Assert.Equal(Inputs.Deployment().MarginVault, DeploymentFile.Load(good).MarginVault);
        var valid = File.ReadAllText(good);
        var n = 0;

        DeploymentMutations(valid).Sample(m =>
        {
            var path = temp.File($"m{Interlocked.Increment(ref n)}.json");
            File.WriteAllText(path, m.Text);
            DeploymentFileException ex;
            try
            {
                DeploymentFile.Load(path);
                throw new Xunit.Sdk.XunitException($"{m.Description}: loaded without error");
            }
            catch (DeploymentFileException e)
            {
                ex = e;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{m.Description}: {e.GetType().Name}: {e.Message}");
            }

            Assert.Equal(path, ex.Path);
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
            if (m.Field is { } field)
            {
                Assert.True(ex.Message.Contains(field, StringComparison.OrdinalIgnoreCase), $"{m.Description}: '{ex.Message}' does not name {field}");
            }
        }, iter: Inputs.Iter * 2, print: m => m.Description);
    }

    private static string LocalJson => Path.Combine(AppContext.BaseDirectory, "data", "local.json");

    /// <summary>(description, mutate, the field the error must name).</summary>
    private static readonly (string Path, Func<int, JsonNode?> Value)[] ConfigMutations =
    [
        ("network", p => p % 2 == 0 ? null : 5),
        ("base.decimals", p => p % 2 == 0 ? -1 - p : 19 + p),
        ("base.symbol", p => p % 2 == 0 ? null : new JsonArray()),
        ("rateModel.kink", p => p % 3 == 0 ? "abc" : p % 3 == 1 ? "-0.5" : "1e3"),
        ("rateModel.baseRatePerYear", p => p % 2 == 0 ? "2%" : null),
        ("market.closeFactorBps", p => p % 2 == 0 ? -1 : 70_000),
        ("market.deepHealthThreshold", p => p % 2 == 0 ? "ninety" : "0,95"),
        ("market.dustThreshold", p => p % 2 == 0 ? "1.0000001" : "-10"),
        ("insurance.cooldownSeconds", p => p % 2 == 0 ? -5 : "soon"),
        ("collaterals[0].token.decimals", p => 19 + p),
        ("collaterals[1].token.address", p => p % 2 == 0 ? "0x1234" : "0x" + new string('g', 40)),
        ("collaterals[1].feed.initialPrice", p => p % 2 == 0 ? null : "lots"),
        ("collaterals[2].feed.minPrice", p => p % 2 == 0 ? "-1" : "1..2"),
        ("collaterals[0].feed.maxDeviationBps", p => -p - 1),
        ("collaterals[0].supplyCap", p => p % 2 == 0 ? "infinite" : ""),
        ("collaterals[2].tierBreak1", p => "1e6"),
        ("collaterals[0].borrowFactorBps", p => "8000"),
        ("collaterals[1].feed.address", p => "0xnothex"),
        ("roles.guardian", p => p % 2 == 0 ? "0x1234" : "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
        ("roles.riskOracle", p => p % 2 == 0 ? "nobody" : ""),
        ("multicall3", p => p % 2 == 0 ? "0x12" : 7),
        ("collaterals[1].feed.unknownSetting", p => 1),
        ("market.surprise", p => "x"),
    ];

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        var last = parts[^1];
        if (last is "address" && node is JsonObject o)
        {
            o["deployMock"] = false; // an address is only read when the mock is off
        }

        node[last] = value;
    }

    [Fact]
    public void MutatedDeployConfigsAreDeployConfigErrorsNamingTheField()
    {
        using var temp = new Inputs.TempDir();
        var valid = File.ReadAllText(LocalJson);
        Assert.Equal("localhost", DeployConfig.Load(LocalJson).Config.Network);
        var n = 0;

        var dropped = Gen.OneOf("network", "base", "rateModel", "market", "insurance", "collaterals", "collaterals[0].token", "collaterals[0].feed", "collaterals[1].supplyCap", "collaterals[2].feed.heartbeatSeconds", "base.symbol", "rateModel.kink")
            .Select(f => (f, (Func<JsonNode, bool>)(root =>
            {
                var parts = f.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
                var node = root;
                foreach (var part in parts[..^1]) node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
                return node.AsObject().Remove(parts[^1]);
            })));
        var changed = Gen.Select(Gen.Int[0, ConfigMutations.Length - 1], Gen.Int[0, 1000])
            .Select((k, p) => (ConfigMutations[k].Path, (Func<JsonNode, bool>)(root => { Set(root, ConfigMutations[k].Path, ConfigMutations[k].Value(p)); return true; })));

        Gen.OneOf(dropped, changed).Sample(m =>
        {
            var (field, mutate) = m;
            var root = JsonNode.Parse(valid, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
            Assert.True(mutate(root));
            var path = temp.File($"c{Interlocked.Increment(ref n)}.json");
            File.WriteAllText(path, root.ToJsonString());
            try
            {
                DeployConfig.Load(path);
                throw new Xunit.Sdk.XunitException($"{field}: loaded without error");
            }
            catch (DeployConfigException ex)
            {
                Assert.Contains(path, ex.Message, StringComparison.Ordinal);
                var leaf = field.Split('.')[^1];
                Assert.True(ex.Message.Contains(field, StringComparison.OrdinalIgnoreCase) || ex.Message.Contains(leaf, StringComparison.OrdinalIgnoreCase),
                    $"{field}: '{ex.Message}' does not name it");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{field}: {ex.GetType().Name}: {ex.Message}");
            }
        }, iter: Inputs.Iter, print: m => m.Item1);

        // Truncated or garbage files: DeployConfigException naming the file.
        Gen.OneOf(Gen.Int[0, valid.Length - 2].Select(k => valid[..k]), Inputs.Garbage).Sample(text =>
        {
            var path = temp.File($"t{Interlocked.Increment(ref n)}.json");
            File.WriteAllText(path, text);
            var ex = Assert.Throws<DeployConfigException>(() => DeployConfig.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);
    }
}
