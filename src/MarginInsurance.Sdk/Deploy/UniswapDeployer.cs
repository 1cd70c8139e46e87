using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.LeverageRouter.ContractDefinition;
using MarginInsurance.Contracts.NonfungiblePositionManager;
using MarginInsurance.Contracts.NonfungiblePositionManager.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Contracts.QuoterV2.ContractDefinition;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using MarginInsurance.Contracts.SwapRouter.ContractDefinition;
using MarginInsurance.Contracts.UniswapV3Factory;
using MarginInsurance.Contracts.UniswapV3Factory.ContractDefinition;
using MarginInsurance.Contracts.UniswapV3Pool;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Uniswap;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using AccountAddress = MarginInsurance.Sdk.Accounts.Address;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>What the Uniswap deployment needs from the protocol deployment.</summary>
/// <param name="Vault">MarginVault.</param>
/// <param name="Oracle">OracleRouter (pools start at its prices).</param>
/// <param name="BaseAsset">Base asset token.</param>
/// <param name="BaseDecimals">Its decimals.</param>
/// <param name="Collaterals">Listed collaterals.</param>
public sealed record UniswapDeployContext(string Vault, string Oracle, string BaseAsset, int BaseDecimals, IReadOnlyList<DeployedCollateral> Collaterals);

/// <summary>
/// Puts Uniswap v3 beside the vault: on a local chain the factory, NonfungiblePositionManager, SwapRouter and QuoterV2
/// from the compiled artifacts of the npm packages (their own bytecode, never recompiled), one pool per collateral
/// initialized at the oracle price, and liquidity in the configured bands; on a testnet the configured addresses.
/// Then deploys the protocol's SwapLiquidator and LeverageRouter. Called by <see cref="ProtocolDeployer"/>. The range
/// tokens come from <paramref name="liquidity"/> (default <see cref="DeployerHoldings"/>: the deployer's own balance).
/// </summary>
public sealed class UniswapDeployer(IWeb3 web3, ILogger logger, IPoolLiquiditySource? liquidity = null)
{
    private readonly IPoolLiquiditySource _liquidity = liquidity ?? new DeployerHoldings(web3);

    private static readonly BigInteger Deadline = BigInteger.Pow(2, 64);

    /// <summary>Deploys (or takes) the market and the periphery contracts.</summary>
    public async Task<DeployedUniswap> DeployAsync(UniswapConfig config, UniswapDeployContext context, CancellationToken cancellationToken)
    {
        var deployer = web3.TransactionManager.Account?.Address
            ?? throw new InvalidOperationException("the Web3 instance has no signing account; load a key first");
        string factory, router, quoter;
        string? positionManager = null;
        var pools = new List<DeployedPool>();
        if (config.Deploy)
        {
            factory = await DeployAsync(new UniswapV3FactoryDeployment(), "UniswapV3Factory", cancellationToken).ConfigureAwait(false);
            // WETH9 is only used by the periphery to wrap ether; the vault's WETH-like collateral stands in for it.
            var weth9 = context.Collaterals.FirstOrDefault(c => c.Symbol.Contains("ETH", StringComparison.OrdinalIgnoreCase))?.Token ?? context.BaseAsset;
            positionManager = await DeployAsync(new NonfungiblePositionManagerDeployment { Factory = factory, Weth9 = weth9, Tokendescriptor = "0x0000000000000000000000000000000000000000" }, "NonfungiblePositionManager", cancellationToken).ConfigureAwait(false);
            router = await DeployAsync(new SwapRouterDeployment { Factory = factory, Weth9 = weth9 }, "SwapRouter", cancellationToken).ConfigureAwait(false);
            quoter = await DeployAsync(new QuoterV2Deployment { Factory = factory, Weth9 = weth9 }, "QuoterV2", cancellationToken).ConfigureAwait(false);
            foreach (var pool in config.Pools)
            {
                pools.Add(await CreatePoolAsync(pool, factory, positionManager, deployer, context, cancellationToken).ConfigureAwait(false));
            }
        }
        else
        {
            factory = AccountAddress.Require(config.Factory, "uniswap.factory (or set deploy: true on a local chain)");
            router = AccountAddress.Require(config.SwapRouter, "uniswap.swapRouter");
            quoter = AccountAddress.Require(config.QuoterV2, "uniswap.quoterV2");
            foreach (var pool in config.Pools)
            {
                var address = AccountAddress.Require(pool.Address, $"uniswap.pools[{pool.Collateral}].address");
                var collateral = context.Collaterals.FirstOrDefault(c => string.Equals(c.Symbol, pool.Collateral, StringComparison.OrdinalIgnoreCase))
                    ?? throw new DeployConfigException($"uniswap.pools: '{pool.Collateral}' is not a listed collateral");
                var service = new UniswapV3PoolService(web3, address);
                var tokens = new[] { await service.Token0QueryAsync().ConfigureAwait(false), await service.Token1QueryAsync().ConfigureAwait(false) };
                if (!tokens.Contains(collateral.Token, StringComparer.OrdinalIgnoreCase) || !tokens.Contains(context.BaseAsset, StringComparer.OrdinalIgnoreCase))
                {
                    throw new DeployConfigException($"uniswap.pools[{pool.Collateral}].address: {address} does not trade {pool.Collateral} against the base asset");
                }

                pools.Add(new DeployedPool(collateral.Symbol, address, pool.Fee));
            }
        }

        var liquidator = await DeployAsync(new SwapLiquidatorDeployment { Vault = context.Vault, Base = context.BaseAsset }, "SwapLiquidator", cancellationToken).ConfigureAwait(false);
        var leverage = await DeployAsync(new LeverageRouterDeployment { Vault = context.Vault, Base = context.BaseAsset }, "LeverageRouter", cancellationToken).ConfigureAwait(false);
        return new DeployedUniswap(factory, router, quoter, positionManager, liquidator, leverage, pools);
    }

    private async Task<DeployedPool> CreatePoolAsync(
        UniswapPoolConfig pool, string factory, string positionManager, string deployer, UniswapDeployContext context, CancellationToken cancellationToken)
    {
        var where = $"uniswap.pools[{pool.Collateral}]";
        var collateral = context.Collaterals.FirstOrDefault(c => string.Equals(c.Symbol, pool.Collateral, StringComparison.OrdinalIgnoreCase))
            ?? throw new DeployConfigException($"{where}.collateral: '{pool.Collateral}' is not a listed collateral; use one of {string.Join(", ", context.Collaterals.Select(c => c.Symbol))}");
        var priceWad = await new OracleRouterService(web3, context.Oracle).GetPriceQueryAsync(collateral.Token).ConfigureAwait(false);
        var price = (double)priceWad / 1e18;
        var collateralIsToken0 = BigInteger.Parse("0" + collateral.Token[2..], NumberStyles.HexNumber) < BigInteger.Parse("0" + context.BaseAsset[2..], NumberStyles.HexNumber);
        var (token0, token1) = collateralIsToken0 ? (collateral.Token, context.BaseAsset) : (context.BaseAsset, collateral.Token);
        var poolPrice = PoolMath.PoolPrice(price, collateral.Decimals, context.BaseDecimals, collateralIsToken0);
        var manager = new NonfungiblePositionManagerService(web3, positionManager);
        await SendAsync(() => manager.CreateAndInitializePoolIfNecessaryRequestAndWaitForReceiptAsync(token0, token1, pool.Fee, PoolMath.SqrtPriceX96(poolPrice)), $"{where}: createAndInitializePool").ConfigureAwait(false);
        var factoryService = new UniswapV3FactoryService(web3, factory);
        var address = await factoryService.GetPoolQueryAsync(token0, token1, pool.Fee).ConfigureAwait(false);
        var spacing = await factoryService.FeeAmountTickSpacingQueryAsync(pool.Fee).ConfigureAwait(false);
        if (spacing == 0)
        {
            throw new DeployConfigException($"{where}.fee: {pool.Fee} is not a Uniswap v3 fee tier; use 100, 500, 3000 or 10000");
        }

        await LayRangesAsync(pool, address, positionManager, spacing, collateral, context.BaseDecimals).ConfigureAwait(false);
        logger.LogInformation("pool {Collateral}/base at {Address} (fee {Fee}, {Ranges} ranges) initialized at {Price}", collateral.Symbol, address, pool.Fee, pool.Ranges.Count, price);
        return new DeployedPool(collateral.Symbol, address, pool.Fee);
    }

    /// <summary>
    /// Mints the configured bands of <paramref name="pool"/> around the pool's current price, with tokens from the
    /// <see cref="IPoolLiquiditySource"/>. The demo lays them again after moving a pool to a scenario's first price.
    /// </summary>
    public async Task LayRangesAsync(UniswapPoolConfig pool, string address, string positionManager, int spacing, DeployedCollateral collateral, int baseDecimals)
    {
        var where = $"uniswap.pools[{pool.Collateral}]";
        var deployer = web3.TransactionManager.Account?.Address
            ?? throw new InvalidOperationException("the Web3 instance has no signing account; load a key first");
        var poolService = new UniswapV3PoolService(web3, address);
        var token0 = await poolService.Token0QueryAsync().ConfigureAwait(false);
        var token1 = await poolService.Token1QueryAsync().ConfigureAwait(false);
        var collateralIsToken0 = string.Equals(token0, collateral.Token, StringComparison.OrdinalIgnoreCase);
        var poolPrice = PoolMath.Price((await poolService.Slot0QueryAsync().ConfigureAwait(false)).SqrtPriceX96);
        var manager = new NonfungiblePositionManagerService(web3, positionManager);
        foreach (var range in pool.Ranges)
        {
            var (lower, upper) = Ticks(range.Width, poolPrice, spacing, $"{where}.ranges.width");
            var value = double.Parse(range.Value, CultureInfo.InvariantCulture) * Math.Pow(10, baseDecimals); // raw base
            var valueInToken1 = collateralIsToken0 ? value : value * poolPrice;
            var (amount0, amount1) = PoolMath.AmountsForValue(poolPrice, lower, upper, valueInToken1);
            foreach (var (token, amount) in new[] { (token0, amount0), (token1, amount1) })
            {
                await _liquidity.ProvideAsync(token, deployer, amount, where).ConfigureAwait(false);
                var erc20 = web3.Eth.ERC20.GetContractService(token);
                await SendAsync(() => erc20.ApproveRequestAndWaitForReceiptAsync(positionManager, amount), $"{where}: approve").ConfigureAwait(false);
            }

            await SendAsync(() => manager.MintRequestAndWaitForReceiptAsync(new MintParams
            {
                Token0 = token0, Token1 = token1, Fee = pool.Fee, TickLower = lower, TickUpper = upper,
                Amount0Desired = amount0, Amount1Desired = amount1, Amount0Min = 0, Amount1Min = 0,
                Recipient = deployer, Deadline = Deadline,
            }), $"{where}: mint position ±{range.Width}").ConfigureAwait(false);
        }
    }

    private static (int Lower, int Upper) Ticks(string width, double poolPrice, int spacing, string field)
    {
        if (string.Equals(width, "full", StringComparison.OrdinalIgnoreCase))
        {
            return (PoolMath.MinUsableTick(spacing), PoolMath.MaxUsableTick(spacing));
        }

        if (!double.TryParse(width, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || w <= 0)
        {
            throw new DeployConfigException($"{field}: '{width}' is not a positive ratio (\"0.02\" = ±2 %) or \"full\"");
        }

        var lower = PoolMath.Tick(poolPrice / (1 + w), spacing, roundUp: false);
        var upper = PoolMath.Tick(poolPrice * (1 + w), spacing, roundUp: true);
        return (lower, Math.Max(upper, lower + spacing));
    }

    private async Task<string> DeployAsync<TDeployment>(TDeployment deployment, string name, CancellationToken cancellationToken)
        where TDeployment : ContractDeploymentMessage, new()
    {
        cancellationToken.ThrowIfCancellationRequested();
        var receipt = await ProtocolErrors.Guard(() => web3.Eth.GetContractDeploymentHandler<TDeployment>().SendRequestAndWaitForReceiptAsync(deployment)).ConfigureAwait(false);
        Ensure(receipt, $"deploy {name}");
        logger.LogInformation("deployed {Name} at {Address} (gas {Gas})", name, receipt.ContractAddress, receipt.GasUsed.Value);
        return receipt.ContractAddress;
    }

    private static async Task SendAsync(Func<Task<TransactionReceipt>> send, string what) =>
        Ensure(await ProtocolErrors.Guard(send).ConfigureAwait(false), what);

    private static void Ensure(TransactionReceipt receipt, string what)
    {
        if (receipt.Status?.Value != 1)
        {
            throw new InvalidOperationException($"{what}: transaction {receipt.TransactionHash} failed (status {receipt.Status?.Value})");
        }
    }
}
