namespace MarginInsurance.Sdk.Deployments;

/// <summary>One listed perpetual futures market of a deployment (docs/protocol.md §13).</summary>
/// <param name="MarketId">The vault's market id (listing order, 0..15).</param>
/// <param name="Symbol">Market symbol, e.g. ETH-PERP.</param>
/// <param name="Underlying">Symbol of the collateral whose oracle price is the index, e.g. WETH.</param>
/// <param name="Asset">Address of that underlying (the OracleRouter asset).</param>
public sealed record DeployedPerpMarket(int MarketId, string Symbol, string Underlying, string Asset);

/// <summary>A perp market that the deployment does not list.</summary>
public sealed class UnknownPerpMarketException(string market, IEnumerable<string> known)
    : Exception($"unknown perp market '{market}'; this deployment lists: {(known.Any() ? string.Join(", ", known) : "none (deploy with a \"perps\" section, see deploy/local.json)")}")
{
    /// <summary>The market asked for.</summary>
    public string Market { get; } = market;
}
