using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// What <see cref="ProtocolDeployer"/> deploys, from a JSON file such as <c>deploy/local.json</c>.
/// Amounts and prices are human decimal strings ("2000.5") in the token's or the base asset's units;
/// ratios are decimal strings ("0.95"). A token or feed is either deployed as a mock (local chains) or
/// given by address (testnets, mainnet).
/// </summary>
public sealed record DeployConfig
{
    /// <summary>Network name; the deployment is written to deployments/&lt;network&gt;.json.</summary>
    public required string Network { get; init; }

    /// <summary>The base asset (lent and borrowed).</summary>
    public required TokenConfig Base { get; init; }

    /// <summary>Kinked borrow-rate model.</summary>
    public required RateModelConfig RateModel { get; init; }

    /// <summary>Market-wide parameters.</summary>
    public required MarketConfig Market { get; init; }

    /// <summary>Insurance pool parameters.</summary>
    public required InsuranceConfig Insurance { get; init; }

    /// <summary>Collateral assets to list.</summary>
    public required IReadOnlyList<CollateralConfigEntry> Collaterals { get; init; }

    /// <summary>Role holders ("deployer" or an address).</summary>
    public RolesConfig Roles { get; init; } = new();

    /// <summary>Existing Multicall3 address; null deploys one.</summary>
    public string? Multicall3 { get; init; }

    /// <summary>The Uniswap v3 market beside the vault; null: none.</summary>
    public UniswapConfig? Uniswap { get; init; }

    /// <summary>Perpetual futures: the liquidity vault and the markets to list; null: none.</summary>
    public PerpsConfig? Perps { get; init; }

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// Checks everything that can be checked without a chain (amounts, ratios, decimals, addresses, roles),
    /// so that a bad config fails before the deployer sends its first transaction.
    /// </summary>
    private void Validate(string path)
    {
        void Fail(string field, string problem) => throw new DeployConfigException($"deploy config '{path}': {field}: {problem}");

        void Decimal(string? value, int decimals, string field)
        {
            if (value is null)
            {
                Fail(field, "missing");
            }

            try
            {
                Amounts.TokenAmount.Parse(value!, decimals);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                Fail(field, ex.Message);
            }
        }

        void AddressOf(string? value, string field)
        {
            try
            {
                Accounts.Address.Require(value, field);
            }
            catch (ArgumentException ex)
            {
                Fail(field, ex.Message);
            }
        }

        void Token(TokenConfig? token, string field)
        {
            if (token is null)
            {
                Fail(field, "missing");
            }

            if (string.IsNullOrWhiteSpace(token!.Symbol))
            {
                Fail($"{field}.symbol", "missing or empty");
            }

            if (token.Decimals is < 0 or > 18)
            {
                Fail($"{field}.decimals", $"{token.Decimals} is not supported; use 0..18");
            }

            if (!token.DeployMock)
            {
                AddressOf(token.Address, $"{field}.address");
            }
        }

        const int wad = 18;
        if (string.IsNullOrWhiteSpace(Network))
        {
            Fail("network", "missing or empty");
        }

        Token(Base, "base");
        Decimal(RateModel?.BaseRatePerYear, wad, "rateModel.baseRatePerYear");
        Decimal(RateModel?.Slope1PerYear, wad, "rateModel.slope1PerYear");
        Decimal(RateModel?.Slope2PerYear, wad, "rateModel.slope2PerYear");
        Decimal(RateModel?.Kink, wad, "rateModel.kink");
        Decimal(Market?.DeepHealthThreshold, wad, "market.deepHealthThreshold");
        Decimal(Market?.DustThreshold, Base.Decimals, "market.dustThreshold");
        for (var i = 0; i < (Collaterals?.Count ?? 0); i++)
        {
            var where = $"collaterals[{i}]";
            if (Collaterals![i] is not { } entry)
            {
                Fail(where, "null; expected a collateral listing");
                return;
            }

            Token(entry.Token, $"{where}.token");
            var feed = entry.Feed;
            if (feed.Decimals is < 0 or > 18)
            {
                Fail($"{where}.feed.decimals", $"{feed.Decimals} is not supported; use 0..18");
            }

            if (feed.DeployMock)
            {
                Decimal(feed.InitialPrice, feed.Decimals, $"{where}.feed.initialPrice");
            }
            else
            {
                AddressOf(feed.Address, $"{where}.feed.address");
            }

            Decimal(feed.MinPrice, wad, $"{where}.feed.minPrice");
            Decimal(feed.MaxPrice, wad, $"{where}.feed.maxPrice");
            Decimal(entry.SupplyCap, entry.Token.Decimals, $"{where}.supplyCap");
            Decimal(entry.TierBreak1, Base.Decimals, $"{where}.tierBreak1");
            Decimal(entry.TierBreak2, Base.Decimals, $"{where}.tierBreak2");
        }

        foreach (var (holder, field) in new[] { (Roles?.RiskOracle, "roles.riskOracle"), (Roles?.Guardian, "roles.guardian") })
        {
            if (!string.Equals(holder, "deployer", StringComparison.OrdinalIgnoreCase))
            {
                AddressOf(holder, field);
            }
        }

        if (Multicall3 is not null)
        {
            AddressOf(Multicall3, "multicall3");
        }

        var listed = Collaterals?.Select(c => c?.Token?.Symbol ?? string.Empty).ToArray() ?? [];
        Uniswap?.Validate(listed, Fail);
        Perps?.Validate(listed, Base.Decimals, Amounts.TokenAmount.Parse(Market!.DeepHealthThreshold, wad).Raw, Fail);
    }

    /// <summary>Reads a config file; errors name the file, the JSON path and the problem.</summary>
    public static (DeployConfig Config, string Sha256) Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DeployConfigException($"deploy config '{path}' not found (try deploy/local.json)");
        }

        var bytes = File.ReadAllBytes(path);
        try
        {
            var config = JsonSerializer.Deserialize<DeployConfig>(bytes, Json)
                ?? throw new DeployConfigException($"deploy config '{path}' is empty");
            config.Validate(path);
            return (config, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        catch (JsonException ex)
        {
            throw new DeployConfigException($"deploy config '{path}': {ex.Path ?? "$"} (line {ex.LineNumber + 1}): {ex.Message}");
        }
    }
}

/// <summary>A token: a mock to deploy, or an existing address.</summary>
public sealed record TokenConfig
{
    /// <summary>Symbol (used as the asset's name in the deployment file and CLI).</summary>
    public required string Symbol { get; init; }

    /// <summary>Decimals (checked against the token when an address is given).</summary>
    public required int Decimals { get; init; }

    /// <summary>Deploy a mintable mock token.</summary>
    public bool DeployMock { get; init; }

    /// <summary>Existing token address (when not deploying a mock).</summary>
    public string? Address { get; init; }
}

/// <summary>A Chainlink-style feed and its guards (docs/protocol.md §9).</summary>
public sealed record FeedConfigEntry
{
    /// <summary>Deploy a mock aggregator.</summary>
    public bool DeployMock { get; init; }

    /// <summary>Existing aggregator address.</summary>
    public string? Address { get; init; }

    /// <summary>Decimals of the mock aggregator's answer.</summary>
    public int Decimals { get; init; } = 8;

    /// <summary>Initial price of the mock, in base-asset units per whole token.</summary>
    public string? InitialPrice { get; init; }

    /// <summary>Maximum age of an answer.</summary>
    public required uint HeartbeatSeconds { get; init; }

    /// <summary>Lowest usable price.</summary>
    public required string MinPrice { get; init; }

    /// <summary>Highest usable price.</summary>
    public required string MaxPrice { get; init; }

    /// <summary>Round-to-round move that trips the circuit breaker.</summary>
    public required ushort MaxDeviationBps { get; init; }

    /// <summary>How long a tripped breaker freezes new risk.</summary>
    public required uint CoolOffSeconds { get; init; }
}

/// <summary>One collateral listing (docs/protocol.md §3).</summary>
public sealed record CollateralConfigEntry
{
    /// <summary>The collateral token.</summary>
    public required TokenConfig Token { get; init; }

    /// <summary>Its price feed.</summary>
    public required FeedConfigEntry Feed { get; init; }

    /// <summary>Borrow factor (initial margin), bps.</summary>
    public required ushort BorrowFactorBps { get; init; }

    /// <summary>Liquidation threshold (maintenance margin), bps.</summary>
    public required ushort LiquidationThresholdBps { get; init; }

    /// <summary>Liquidation bonus, bps.</summary>
    public required ushort LiquidationBonusBps { get; init; }

    /// <summary>May back cross-margin accounts.</summary>
    public bool CrossAllowed { get; init; } = true;

    /// <summary>Maximum total deposits, whole tokens.</summary>
    public required string SupplyCap { get; init; }

    /// <summary>Tier break B1, base-asset units.</summary>
    public required string TierBreak1 { get; init; }

    /// <summary>Tier break B2, base-asset units.</summary>
    public required string TierBreak2 { get; init; }

    /// <summary>Factor cut in bracket 2, bps.</summary>
    public required ushort TierCut2Bps { get; init; }

    /// <summary>Factor cut in bracket 3, bps.</summary>
    public required ushort TierCut3Bps { get; init; }
}

/// <summary>Kinked rate model, yearly rates as decimal strings ("0.02" = 2%).</summary>
public sealed record RateModelConfig(string BaseRatePerYear, string Slope1PerYear, string Slope2PerYear, string Kink);

/// <summary>Market parameters (docs/protocol.md, Parameters).</summary>
public sealed record MarketConfig
{
    /// <summary>Close factor above the deep threshold, bps.</summary>
    public ushort CloseFactorBps { get; init; } = 5_000;

    /// <summary>Health below which the whole debt may be repaid, decimal.</summary>
    public string DeepHealthThreshold { get; init; } = "0.95";

    /// <summary>Remainder of debt closed in full, base-asset units.</summary>
    public string DustThreshold { get; init; } = "10";

    /// <summary>Share of the liquidation bonus paid to the insurance pool, bps.</summary>
    public ushort ProtocolShareBps { get; init; } = 1_000;

    /// <summary>Share of interest kept as reserves (swept to insurance), bps.</summary>
    public ushort ReserveFactorBps { get; init; } = 1_000;

    /// <summary>Add-on ceiling, bps.</summary>
    public ushort MaxAddOnBps { get; init; } = 3_000;

    /// <summary>Add-on step per update, bps.</summary>
    public ushort MaxAddOnStepBps { get; init; } = 500;

    /// <summary>Minimum seconds between add-on updates of one asset.</summary>
    public uint AddOnMinIntervalSeconds { get; init; } = 3_600;

    /// <summary>Grace before an add-on increase applies.</summary>
    public uint AddOnGraceSeconds { get; init; } = 86_400;

    /// <summary>Longest pause.</summary>
    public uint MaxPauseDurationSeconds { get; init; } = 259_200;

    /// <summary>Cooldown between pauses.</summary>
    public uint PauseCooldownSeconds { get; init; } = 86_400;
}

/// <summary>Insurance pool parameters.</summary>
public sealed record InsuranceConfig
{
    /// <summary>Cooldown between a withdrawal request and its window.</summary>
    public uint CooldownSeconds { get; init; } = 604_800;

    /// <summary>Length of the withdrawal window.</summary>
    public uint WindowSeconds { get; init; } = 172_800;

    /// <summary>Largest cover per bad-debt event, bps of pool assets.</summary>
    public ushort CoverCapBps { get; init; } = 3_000;
}

/// <summary>Role holders: "deployer" or an address.</summary>
public sealed record RolesConfig
{
    /// <summary>Posts volatility add-ons (the keeper's risk loop).</summary>
    public string RiskOracle { get; init; } = "deployer";

    /// <summary>May pause new risk.</summary>
    public string Guardian { get; init; } = "deployer";
}

/// <summary>The deploy configuration is missing or invalid; the message names the field and the fix.</summary>
public sealed class DeployConfigException(string message) : Exception(message);
