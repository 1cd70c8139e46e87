using System.Numerics;
using MarginInsurance.Contracts.QuoterV2.ContractDefinition;
using MarginInsurance.Contracts.UniswapV3Pool;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Uniswap;

/// <summary>A quote for selling collateral into its pool (QuoterV2 through <c>eth_call</c>).</summary>
/// <param name="AmountIn">Collateral sold (raw).</param>
/// <param name="AmountOut">Base received (raw).</param>
/// <param name="PriceAfter">Pool price after the sale (base per whole collateral).</param>
/// <param name="GasEstimate">QuoterV2's gas estimate of the swap.</param>
public sealed record SwapQuote(BigInteger AmountIn, BigInteger AmountOut, double PriceAfter, BigInteger GasEstimate);

/// <summary>
/// Reads the Uniswap v3 pools beside the vault: the pool price, quotes of a collateral sale (QuoterV2 by <c>eth_call</c>)
/// and the depth to a price move. (Moving a pool on a local chain with minted mock tokens is local-development code:
/// MarginInsurance.LocalMocks.)
/// </summary>
public sealed class UniswapMarket(IWeb3 web3, DeploymentFile deployment)
{
    private DeployedUniswap Market => deployment.Uniswap ?? throw new NoMarketException("uniswap");

    /// <summary>The pool of a collateral.</summary>
    public DeployedPool Pool(string collateral) =>
        Market.PoolFor(deployment.Collateral(collateral).Symbol) ?? throw new NoMarketException(collateral);

    /// <summary>The pool's price, base per whole collateral.</summary>
    public async Task<double> PriceAsync(string collateral)
    {
        var (token, pool, colIsToken0) = await ResolveAsync(collateral).ConfigureAwait(false);
        var slot0 = await new UniswapV3PoolService(web3, pool.Address).Slot0QueryAsync().ConfigureAwait(false);
        return PoolMath.HumanPrice(PoolMath.Price(slot0.SqrtPriceX96), token.Decimals, deployment.BaseDecimals, colIsToken0);
    }

    /// <summary>Quotes selling <paramref name="amountIn"/> raw collateral for base (no limit).</summary>
    public Task<SwapQuote> QuoteSellAsync(string collateral, BigInteger amountIn) => QuoteSellAsync(collateral, amountIn, null);

    /// <summary>
    /// Base (raw) the pool pays for collateral sold until its price falls by <paramref name="move"/> (e.g. 0.02): the
    /// bid-side depth at −2 %. Priced through QuoterV2 with a price limit.
    /// </summary>
    public async Task<BigInteger> DepthAsync(string collateral, double move)
    {
        var price = await PriceAsync(collateral).ConfigureAwait(false);
        var quote = await QuoteSellAsync(collateral, BigInteger.Pow(10, 40), price * (1 - move)).ConfigureAwait(false);
        return quote.AmountOut;
    }

    /// <summary>
    /// Base (raw) worth of collateral the pool sells until its price rises by <paramref name="move"/>: the ask-side depth at
    /// +2 %, valued at the current pool price. Priced through QuoterV2 with a price limit.
    /// </summary>
    public async Task<BigInteger> AskDepthAsync(string collateral, double move)
    {
        var (token, pool, colIsToken0) = await ResolveAsync(collateral).ConfigureAwait(false);
        var price = await PriceAsync(collateral).ConfigureAwait(false);
        var function = new QuoteExactInputSingleFunction
        {
            Params = new QuoteExactInputSingleParams
            {
                TokenIn = deployment.BaseAsset, TokenOut = token.Token, AmountIn = BigInteger.Pow(10, 40), Fee = pool.Fee,
                SqrtPriceLimitX96 = PoolMath.SqrtPriceX96(PoolMath.PoolPrice(price * (1 + move), token.Decimals, deployment.BaseDecimals, colIsToken0)),
            },
        };
        var output = await web3.Eth.GetContractQueryHandler<QuoteExactInputSingleFunction>()
            .QueryDeserializingToObjectAsync<QuoteExactInputSingleOutputDTO>(function, Market.QuoterV2).ConfigureAwait(false);
        return new BigInteger((double)output.AmountOut / Math.Pow(10, token.Decimals) * price * Math.Pow(10, deployment.BaseDecimals));
    }

    /// <summary>
    /// The price impact of selling collateral worth each of <paramref name="saleValues"/> (whole base units at the oracle
    /// price <paramref name="oraclePriceWad"/>) into the pool, in basis points, fee included: the larger of 1 − proceeds /
    /// oracle value and 1 − proceeds / value at the pool's own price. The second is the depth alone, so a pool that
    /// trades above the oracle for a moment (the gap arbitrage closes) does not read as free to sell into.
    /// </summary>
    public async Task<IReadOnlyList<(double SaleValue, double ImpactBps)>> ImpactCurveAsync(string collateral, BigInteger oraclePriceWad, IReadOnlyList<double> saleValues)
    {
        var token = deployment.Collateral(collateral);
        var price = (double)oraclePriceWad / 1e18;
        var poolPrice = await PriceAsync(collateral).ConfigureAwait(false);
        var points = new List<(double, double)>();
        foreach (var value in saleValues)
        {
            var amount = new BigInteger(value / price * Math.Pow(10, token.Decimals));
            var quote = await QuoteSellAsync(collateral, amount).ConfigureAwait(false);
            var proceeds = (double)quote.AmountOut / Math.Pow(10, deployment.BaseDecimals);
            var units = (double)amount / Math.Pow(10, token.Decimals);
            var reference = Math.Max(price, poolPrice);
            points.Add((value, Math.Max(0, (1 - (proceeds / (units * reference))) * 10_000)));
        }

        return points;
    }

    private async Task<SwapQuote> QuoteSellAsync(string collateral, BigInteger amountIn, double? stopAtPrice)
    {
        var (token, pool, colIsToken0) = await ResolveAsync(collateral).ConfigureAwait(false);
        var function = new QuoteExactInputSingleFunction
        {
            Params = new QuoteExactInputSingleParams
            {
                TokenIn = token.Token, TokenOut = deployment.BaseAsset, AmountIn = amountIn, Fee = pool.Fee,
                SqrtPriceLimitX96 = stopAtPrice is { } p ? PoolMath.SqrtPriceX96(PoolMath.PoolPrice(p, token.Decimals, deployment.BaseDecimals, colIsToken0)) : 0,
            },
        };
        // QuoterV2 is not a view: it runs the swap and reverts with the result; eth_call returns it.
        var output = await web3.Eth.GetContractQueryHandler<QuoteExactInputSingleFunction>()
            .QueryDeserializingToObjectAsync<QuoteExactInputSingleOutputDTO>(function, Market.QuoterV2).ConfigureAwait(false);
        var after = PoolMath.HumanPrice(PoolMath.Price(output.SqrtPriceX96After), token.Decimals, deployment.BaseDecimals, colIsToken0);
        return new SwapQuote(amountIn, output.AmountOut, after, output.GasEstimate);
    }

    /// <summary>The collateral, its pool, and whether the collateral is the pool's token0 (the pool's price orientation).</summary>
    public async Task<(DeployedCollateral Token, DeployedPool Pool, bool CollateralIsToken0)> ResolveAsync(string collateral)
    {
        var token = deployment.Collateral(collateral);
        var pool = Pool(collateral);
        var token0 = await new UniswapV3PoolService(web3, pool.Address).Token0QueryAsync().ConfigureAwait(false);
        return (token, pool, string.Equals(token0, token.Token, StringComparison.OrdinalIgnoreCase));
    }
}
