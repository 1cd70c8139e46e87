using System.Text.Json;
using System.Text.Json.Serialization;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Sdk.Deployments;

/// <summary>One collateral asset of a deployment.</summary>
/// <param name="Symbol">Token symbol (e.g. WETH).</param>
/// <param name="Token">Token address.</param>
/// <param name="Decimals">Token decimals.</param>
/// <param name="Feed">Chainlink-style price feed address.</param>
public sealed record DeployedCollateral(string Symbol, string Token, int Decimals, string Feed);

/// <summary>
/// The addresses and facts of one deployment, stored as <c>deployments/&lt;network&gt;.json</c>
/// by the deployer and read by the SDK, the keeper and the CLI.
/// </summary>
public sealed record DeploymentFile
{
    /// <summary>Network name (the file's name without .json).</summary>
    public required string Network { get; init; }

    /// <summary>EVM chain id the contracts live on.</summary>
    public required long ChainId { get; init; }

    /// <summary>Block of the first deployment transaction (log indexing starts here).</summary>
    public required long DeploymentBlock { get; init; }

    /// <summary>SHA-256 of the deploy configuration used, hex.</summary>
    public required string ConfigHash { get; init; }

    /// <summary>The market (MarginVault).</summary>
    public required string MarginVault { get; init; }

    /// <summary>The insurance pool.</summary>
    public required string InsurancePool { get; init; }

    /// <summary>The oracle router.</summary>
    public required string OracleRouter { get; init; }

    /// <summary>The rate model.</summary>
    public required string RateModel { get; init; }

    /// <summary>
    /// The logic libraries linked into the vault's bytecode (name to address: ConfigLogic, LiquidationLogic,
    /// ViewLogic, PerpLogic, PerpLiquidationLogic, PerpViewLogic). Users never call them; they are recorded so the deployed bytecode can be verified.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Libraries { get; init; }

    /// <summary>Multicall3 used for batched reads.</summary>
    public required string Multicall3 { get; init; }

    /// <summary>The base asset token.</summary>
    public required string BaseAsset { get; init; }

    /// <summary>Symbol of the base asset.</summary>
    public required string BaseSymbol { get; init; }

    /// <summary>Decimals of the base asset.</summary>
    public required int BaseDecimals { get; init; }

    /// <summary>Listed collateral assets.</summary>
    public required IReadOnlyList<DeployedCollateral> Collaterals { get; init; }

    /// <summary>The Uniswap v3 market and the periphery contracts; null when the deployment has none.</summary>
    public DeployedUniswap? Uniswap { get; init; }

    /// <summary>The PerpLiquidityVault (ERC-4626 counterparty of the perps); null when the deployment has no perps.</summary>
    public string? PerpLiquidityVault { get; init; }

    /// <summary>Listed perpetual futures markets, by market id (empty without perps).</summary>
    public IReadOnlyList<DeployedPerpMarket> PerpMarkets { get; init; } = [];

    /// <summary>UTC time the deployment was written.</summary>
    public DateTimeOffset DeployedAt { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // null for a non-nullable field, or a collateral missing symbol/token/decimals/feed, is an error, not a silent default
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Finds a collateral by symbol or address.</summary>
    /// <exception cref="UnknownAssetException">No such collateral in this deployment.</exception>
    public DeployedCollateral Collateral(string symbolOrAddress) =>
        Collaterals.FirstOrDefault(c =>
            string.Equals(c.Symbol, symbolOrAddress, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.Token, symbolOrAddress, StringComparison.OrdinalIgnoreCase))
        ?? throw new UnknownAssetException(symbolOrAddress, Collaterals.Select(c => c.Symbol));

    /// <summary>Finds a perp market by symbol (ETH-PERP), underlying symbol (WETH) or market id ("0").</summary>
    /// <exception cref="UnknownPerpMarketException">No such market in this deployment.</exception>
    public DeployedPerpMarket PerpMarket(string symbolOrId) =>
        PerpMarkets.FirstOrDefault(m => string.Equals(m.Symbol, symbolOrId, StringComparison.OrdinalIgnoreCase))
        ?? PerpMarkets.FirstOrDefault(m => string.Equals(m.Underlying, symbolOrId, StringComparison.OrdinalIgnoreCase)
                                           || m.MarketId.ToString(System.Globalization.CultureInfo.InvariantCulture) == symbolOrId)
        ?? throw new UnknownPerpMarketException(symbolOrId, PerpMarkets.Select(m => m.Symbol));

    /// <summary>
    /// The symbol of the market an event names. A <c>PerpDeficit</c> left once an account's collateral is exhausted names
    /// no market (id 2^256 − 1, docs/protocol.md §13.8); that and any id this deployment does not list read as words.
    /// </summary>
    public string PerpMarketName(System.Numerics.BigInteger marketId) =>
        marketId >= int.MaxValue
            ? "no market (account's collateral exhausted)"
            : PerpMarkets.FirstOrDefault(m => m.MarketId == (int)marketId)?.Symbol ?? $"market {marketId}";

    /// <summary>Reads and validates a deployment file.</summary>
    /// <exception cref="DeploymentFileException">Missing, unreadable, or a field is invalid (the message names it).</exception>
    public static DeploymentFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DeploymentFileException(path, "file not found; deploy the protocol first (ProtocolDeployer writes deployments/<network>.json) or give the path of an existing deployment file");
        }

        DeploymentFile? file;
        try
        {
            file = JsonSerializer.Deserialize<DeploymentFile>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new DeploymentFileException(path, $"not valid deployment JSON at {ex.Path ?? "$"} (line {ex.LineNumber + 1}): {ex.Message}");
        }

        if (file is null)
        {
            throw new DeploymentFileException(path, "the file is empty");
        }

        file.Validate(path);
        return file;
    }

    /// <summary>Writes the file (indented JSON, camelCase).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
    }

    private void Validate(string path)
    {
        void RequireAddress(string? value, string field)
        {
            try
            {
                Address.Require(value, field);
            }
            catch (ArgumentException ex)
            {
                throw new DeploymentFileException(path, ex.Message);
            }
        }

        if (ChainId <= 0)
        {
            throw new DeploymentFileException(path, $"chainId: {ChainId} is not a chain id (must be positive)");
        }

        RequireAddress(MarginVault, "marginVault");
        RequireAddress(InsurancePool, "insurancePool");
        RequireAddress(OracleRouter, "oracleRouter");
        RequireAddress(RateModel, "rateModel");
        RequireAddress(Multicall3, "multicall3");
        RequireAddress(BaseAsset, "baseAsset");
        foreach (var (name, address) in Libraries ?? new Dictionary<string, string>())
        {
            RequireAddress(address, $"libraries.{name}");
        }

        if (BaseDecimals is < 0 or > 18)
        {
            throw new DeploymentFileException(path, $"baseDecimals: {BaseDecimals} must be 0..18");
        }

        if (Collaterals is null)
        {
            throw new DeploymentFileException(path, "collaterals: missing");
        }

        if (DeploymentBlock < 0)
        {
            throw new DeploymentFileException(path, $"deploymentBlock: {DeploymentBlock} must not be negative");
        }

        if (string.IsNullOrWhiteSpace(Network) || string.IsNullOrWhiteSpace(BaseSymbol))
        {
            throw new DeploymentFileException(path, string.IsNullOrWhiteSpace(Network) ? "network: missing or empty" : "baseSymbol: missing or empty");
        }

        for (var i = 0; i < Collaterals.Count; i++)
        {
            if (Collaterals[i] is not { } collateral)
            {
                throw new DeploymentFileException(path, $"collaterals[{i}]: null; expected {{ symbol, token, decimals, feed }}");
            }

            if (string.IsNullOrWhiteSpace(collateral.Symbol))
            {
                throw new DeploymentFileException(path, $"collaterals[{i}].symbol: missing or empty");
            }

            if (collateral.Decimals is < 0 or > 18)
            {
                throw new DeploymentFileException(path, $"collaterals[{i}].decimals: {collateral.Decimals} must be 0..18");
            }

            RequireAddress(Collaterals[i].Token, $"collaterals[{i}].token");
            RequireAddress(Collaterals[i].Feed, $"collaterals[{i}].feed");
        }

        if (PerpLiquidityVault is not null)
        {
            RequireAddress(PerpLiquidityVault, "perpLiquidityVault");
        }

        for (var i = 0; i < (PerpMarkets?.Count ?? 0); i++)
        {
            if (PerpMarkets![i] is not { } market || string.IsNullOrWhiteSpace(market.Symbol) || market.MarketId != i)
            {
                throw new DeploymentFileException(path, $"perpMarkets[{i}]: expected {{ marketId: {i}, symbol, underlying, asset }} in market-id order");
            }

            RequireAddress(market.Asset, $"perpMarkets[{i}].asset");
            if (!Collaterals.Any(c => string.Equals(c.Symbol, market.Underlying, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Token, market.Asset, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DeploymentFileException(path, $"perpMarkets[{i}].asset: {market.Asset} is not the token of its underlying '{market.Underlying}' among the collaterals; give the collateral's token address");
            }
        }

        if ((PerpMarkets?.Count ?? 0) > 0 && PerpLiquidityVault is null)
        {
            throw new DeploymentFileException(path, "perpMarkets are listed but perpLiquidityVault is missing; add the liquidity vault's address");
        }
    }

    /// <summary>The conventional path of a network's deployment file under a repository or app folder.</summary>
    public static string PathFor(string folder, string network) => Path.Combine(folder, "deployments", $"{network}.json");

}

/// <summary>A deployment file is missing or invalid.</summary>
public sealed class DeploymentFileException(string path, string problem)
    : Exception($"deployment file '{path}': {problem}")
{
    /// <summary>The file's path.</summary>
    public string Path { get; } = path;
}

/// <summary>An asset that the deployment does not list.</summary>
public sealed class UnknownAssetException(string asset, IEnumerable<string> known)
    : Exception($"unknown collateral '{asset}'; this deployment lists: {string.Join(", ", known)}")
{
    /// <summary>The asset asked for.</summary>
    public string Asset { get; } = asset;
}
