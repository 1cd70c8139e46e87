using System.Numerics;
using MarginInsurance.Contracts.ConfigLogic.ContractDefinition;
using MarginInsurance.Contracts.InsurancePool;
using MarginInsurance.Contracts.InsurancePool.ContractDefinition;
using MarginInsurance.Contracts.KinkedRateModel;
using MarginInsurance.Contracts.LiquidationLogic.ContractDefinition;
using MarginInsurance.Contracts.KinkedRateModel.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.Multicall3;
using MarginInsurance.Contracts.Multicall3.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Contracts.OracleRouter.ContractDefinition;
using MarginInsurance.Contracts.PerpLiquidationLogic.ContractDefinition;
using MarginInsurance.Contracts.PerpLogic.ContractDefinition;
using MarginInsurance.Contracts.PerpViewLogic.ContractDefinition;
using MarginInsurance.Contracts.ViewLogic.ContractDefinition;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using AccountAddress = MarginInsurance.Sdk.Accounts.Address;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// Deploys the whole protocol through Nethereum from a <see cref="DeployConfig"/>: tokens and feeds
/// (mocks on local chains, existing addresses elsewhere), the rate model, the oracle router with its
/// guards, the vault's logic libraries and the vault linked to them, the insurance pool, Multicall3 and (with a <c>perps</c> section) the
/// PerpLiquidityVault and the perp markets; wires roles and parameters; reads every
/// parameter back to verify it; and writes deployments/&lt;network&gt;.json. Mock tokens and feeds (<c>deployMock</c>) come
/// from <c>mocks</c> and the tokens of local pool liquidity from <c>poolLiquidity</c> (default: the deployer's holdings);
/// both live outside the SDK (MarginInsurance.LocalMocks).
/// </summary>
public sealed partial class ProtocolDeployer(
    IWeb3 web3, ILogger<ProtocolDeployer>? logger = null, IPoolLiquiditySource? poolLiquidity = null, IMockContractDeployer? mocks = null)
{
    private static readonly int WadDecimals = 18;
    private readonly ILogger _log = logger ?? NullLogger<ProtocolDeployer>.Instance;

    /// <summary>Deploys, verifies and returns the deployment (not yet saved).</summary>
    public async Task<DeploymentFile> DeployAsync(DeployConfig config, string configHash, CancellationToken cancellationToken = default)
    {
        var deployer = web3.TransactionManager.Account?.Address
            ?? throw new InvalidOperationException("the Web3 instance has no signing account; load a key first");
        var chainId = (long)(await web3.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
        var startBlock = (long)(await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
        _log.LogInformation("deploying MarginInsurance to chain {ChainId} from {Deployer} at block {Block}", chainId, deployer, startBlock);

        var baseToken = await TokenAsync(config.Base, "base", cancellationToken).ConfigureAwait(false);
        var rate = config.RateModel;
        var rateModel = await DeployAsync(new KinkedRateModelDeployment
        {
            Baserateperyear = Ratio(rate.BaseRatePerYear, "rateModel.baseRatePerYear"),
            Slope1peryear = Ratio(rate.Slope1PerYear, "rateModel.slope1PerYear"),
            Slope2peryear = Ratio(rate.Slope2PerYear, "rateModel.slope2PerYear"),
            Kinkwad = Ratio(rate.Kink, "rateModel.kink"),
        }, "KinkedRateModel", cancellationToken).ConfigureAwait(false);
        var router = new OracleRouterService(web3, await DeployAsync(new OracleRouterDeployment { Admin = deployer }, "OracleRouter", cancellationToken).ConfigureAwait(false));
        var marketParams = ToMarketParams(config.Market, config.Base.Decimals);
        var libraries = new Dictionary<string, string>
        {
            ["ConfigLogic"] = await DeployAsync(new ConfigLogicDeployment(), "ConfigLogic", cancellationToken).ConfigureAwait(false),
            ["LiquidationLogic"] = await DeployAsync(new LiquidationLogicDeployment(), "LiquidationLogic", cancellationToken).ConfigureAwait(false),
            ["ViewLogic"] = await DeployAsync(new ViewLogicDeployment(), "ViewLogic", cancellationToken).ConfigureAwait(false),
            ["PerpLogic"] = await DeployAsync(new PerpLogicDeployment(), "PerpLogic", cancellationToken).ConfigureAwait(false),
            ["PerpLiquidationLogic"] = await DeployAsync(new PerpLiquidationLogicDeployment(), "PerpLiquidationLogic", cancellationToken).ConfigureAwait(false),
            ["PerpViewLogic"] = await DeployAsync(new PerpViewLogicDeployment(), "PerpViewLogic", cancellationToken).ConfigureAwait(false),
        };
        var vault = new MarginVaultService(web3, await DeployAsync(new MarginVaultDeployment(VaultLibraries.Link(MarginVaultDeploymentBase.BYTECODE, libraries))
        {
            Baseasset = baseToken,
            Oracle = router.ContractAddress,
            Ratemodel = rateModel,
            Admin = deployer,
            Params = marketParams,
        }, "MarginVault", cancellationToken).ConfigureAwait(false));
        var pool = new InsurancePoolService(web3, await DeployAsync(new InsurancePoolDeployment { Asset = baseToken, Admin = deployer }, "InsurancePool", cancellationToken).ConfigureAwait(false));
        var multicall = config.Multicall3 is { } existing
            ? AccountAddress.Require(existing, "multicall3")
            : await DeployAsync(new Multicall3Deployment(), "Multicall3", cancellationToken).ConfigureAwait(false);

        await SendAsync(() => pool.SetVaultRequestAndWaitForReceiptAsync(vault.ContractAddress), "insurance.setVault").ConfigureAwait(false);
        var ins = config.Insurance;
        await SendAsync(() => pool.SetPoolParamsRequestAndWaitForReceiptAsync(ins.CooldownSeconds, ins.WindowSeconds, ins.CoverCapBps), "insurance.setPoolParams").ConfigureAwait(false);
        await SendAsync(() => vault.SetInsurancePoolRequestAndWaitForReceiptAsync(pool.ContractAddress), "vault.setInsurancePool").ConfigureAwait(false);

        var collaterals = new List<DeployedCollateral>();
        var listed = new List<(string Token, Contracts.MarginVault.ContractDefinition.CollateralConfig Config, FeedConfig Feed)>();
        for (var i = 0; i < config.Collaterals.Count; i++)
        {
            var entry = config.Collaterals[i];
            var where = $"collaterals[{i}] ({entry.Token.Symbol})";
            var token = await TokenAsync(entry.Token, where, cancellationToken).ConfigureAwait(false);
            var feed = await FeedAsync(entry.Feed, where, cancellationToken).ConfigureAwait(false);
            var feedConfig = new FeedConfig
            {
                Feed = feed,
                Heartbeat = entry.Feed.HeartbeatSeconds,
                MinPrice = Ratio(entry.Feed.MinPrice, $"{where}.feed.minPrice"),
                MaxPrice = Ratio(entry.Feed.MaxPrice, $"{where}.feed.maxPrice"),
                MaxDeviationBps = entry.Feed.MaxDeviationBps,
                CoolOff = entry.Feed.CoolOffSeconds,
            };
            await SendAsync(() => router.SetFeedRequestAndWaitForReceiptAsync(token, feedConfig), $"{where}: oracle.setFeed").ConfigureAwait(false);
            var collateral = new Contracts.MarginVault.ContractDefinition.CollateralConfig
            {
                Decimals = (byte)entry.Token.Decimals,
                BorrowFactorBps = entry.BorrowFactorBps,
                LiquidationThresholdBps = entry.LiquidationThresholdBps,
                LiquidationBonusBps = entry.LiquidationBonusBps,
                CrossAllowed = entry.CrossAllowed,
                SupplyCap = Amount(entry.SupplyCap, entry.Token.Decimals, $"{where}.supplyCap"),
                TierBreak1 = Amount(entry.TierBreak1, config.Base.Decimals, $"{where}.tierBreak1"),
                TierBreak2 = Amount(entry.TierBreak2, config.Base.Decimals, $"{where}.tierBreak2"),
                TierCut2Bps = entry.TierCut2Bps,
                TierCut3Bps = entry.TierCut3Bps,
            };
            await SendAsync(() => vault.ListCollateralRequestAndWaitForReceiptAsync(token, collateral), $"{where}: vault.listCollateral").ConfigureAwait(false);
            listed.Add((token, collateral, feedConfig));
            collaterals.Add(new DeployedCollateral(entry.Token.Symbol, token, entry.Token.Decimals, feed));
        }

        var riskOracle = Holder(config.Roles.RiskOracle, deployer, "roles.riskOracle");
        var guardian = Holder(config.Roles.Guardian, deployer, "roles.guardian");
        var riskRole = await vault.RiskOracleRoleQueryAsync().ConfigureAwait(false);
        var guardianRole = await vault.GuardianRoleQueryAsync().ConfigureAwait(false);
        await SendAsync(() => vault.GrantRoleRequestAndWaitForReceiptAsync(riskRole, riskOracle), "vault.grantRole(RISK_ORACLE)").ConfigureAwait(false);
        await SendAsync(() => vault.GrantRoleRequestAndWaitForReceiptAsync(guardianRole, guardian), "vault.grantRole(GUARDIAN)").ConfigureAwait(false);

        await VerifyAsync(vault, pool, router, marketParams, listed, riskRole, riskOracle, guardianRole, guardian).ConfigureAwait(false);
        var perps = config.Perps is { } p
            ? await DeployPerpsAsync(p, vault, baseToken, deployer, config.Base.Decimals, collaterals, cancellationToken).ConfigureAwait(false)
            : ((string? LiquidityVault, IReadOnlyList<DeployedPerpMarket> Markets))(null, []);
        var uniswap = config.Uniswap is { } u
            ? await new UniswapDeployer(web3, _log, poolLiquidity).DeployAsync(u, new UniswapDeployContext(vault.ContractAddress, router.ContractAddress, baseToken, config.Base.Decimals, collaterals), cancellationToken).ConfigureAwait(false)
            : null;
        _log.LogInformation("verified: parameters, feeds, collaterals and roles read back as configured");

        return new DeploymentFile
        {
            Network = config.Network,
            ChainId = chainId,
            DeploymentBlock = startBlock + 1,
            ConfigHash = configHash,
            MarginVault = vault.ContractAddress,
            InsurancePool = pool.ContractAddress,
            OracleRouter = router.ContractAddress,
            RateModel = rateModel,
            Multicall3 = multicall,
            Libraries = libraries,
            BaseAsset = baseToken,
            BaseSymbol = config.Base.Symbol,
            BaseDecimals = config.Base.Decimals,
            Collaterals = collaterals,
            Uniswap = uniswap,
            PerpLiquidityVault = perps.LiquidityVault,
            PerpMarkets = perps.Markets,
            DeployedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>
    /// Refuses to overwrite a deployment file of another chain id unless <paramref name="force"/> is set.
    /// </summary>
    public static void CheckOverwrite(string path, long chainId, bool force)
    {
        if (!File.Exists(path) || force)
        {
            return;
        }

        var existing = DeploymentFile.Load(path);
        if (existing.ChainId != chainId)
        {
            throw new DeployConfigException(
                $"'{path}' holds a deployment on chain {existing.ChainId}, but the RPC is chain {chainId}; deploy under another network name, or overwrite it explicitly (force: true)");
        }
    }

    private async Task VerifyAsync(
        MarginVaultService vault, InsurancePoolService pool, OracleRouterService router, MarketParams expectedParams,
        IEnumerable<(string Token, Contracts.MarginVault.ContractDefinition.CollateralConfig Config, FeedConfig Feed)> listed,
        byte[] riskRole, string riskOracle, byte[] guardianRole, string guardian)
    {
        static void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw new InvalidOperationException($"deployment verification failed: {what} does not read back as configured");
            }
        }

        var onChainParams = (await vault.MarketParamsQueryAsync().ConfigureAwait(false)).ReturnValue1;
        Check(Same(onChainParams, expectedParams), "vault.marketParams");
        Check(string.Equals(await vault.InsurancePoolQueryAsync().ConfigureAwait(false), pool.ContractAddress, StringComparison.OrdinalIgnoreCase), "vault.insurancePool");
        Check(string.Equals(await pool.VaultQueryAsync().ConfigureAwait(false), vault.ContractAddress, StringComparison.OrdinalIgnoreCase), "insurancePool.vault");
        foreach (var (token, config, feed) in listed)
        {
            var onChain = (await vault.CollateralConfigQueryAsync(token).ConfigureAwait(false)).ReturnValue1;
            Check(Same(onChain, config), $"vault.collateralConfig({token})");
            var onChainFeed = (await router.FeedConfigQueryAsync(token).ConfigureAwait(false)).ReturnValue1;
            Check(Same(onChainFeed, feed), $"oracle.feedConfig({token})");
        }

        Check(await vault.HasRoleQueryAsync(riskRole, riskOracle).ConfigureAwait(false), "RISK_ORACLE role");
        Check(await vault.HasRoleQueryAsync(guardianRole, guardian).ConfigureAwait(false), "GUARDIAN role");
    }

    private static bool Same<T>(T a, T b) =>
        typeof(T).GetProperties().All(p => Equals(p.GetValue(a)?.ToString()?.ToLowerInvariant(), p.GetValue(b)?.ToString()?.ToLowerInvariant()));

    private async Task<string> TokenAsync(TokenConfig token, string where, CancellationToken cancellationToken)
    {
        if (token.Decimals is < 0 or > 18)
        {
            throw new DeployConfigException($"{where}.decimals: {token.Decimals} is not supported; use 0..18");
        }

        if (token.DeployMock)
        {
            var mock = Mocks($"{where}.deployMock");
            return await DeployAsync(() => mock.DeployTokenAsync(token.Symbol, token.Decimals), $"MockERC20 {token.Symbol}", cancellationToken).ConfigureAwait(false);
        }

        var address = AccountAddress.Require(token.Address, $"{where}.address (or set deployMock: true)");
        var decimals = await web3.Eth.ERC20.GetContractService(address).DecimalsQueryAsync().ConfigureAwait(false);
        if (decimals != token.Decimals)
        {
            throw new DeployConfigException($"{where}.decimals: config says {token.Decimals} but token {address} has {decimals}");
        }

        return address;
    }

    private async Task<string> FeedAsync(FeedConfigEntry feed, string where, CancellationToken cancellationToken)
    {
        if (!feed.DeployMock)
        {
            return AccountAddress.Require(feed.Address, $"{where}.feed.address (or set deployMock: true)");
        }

        var price = feed.InitialPrice ?? throw new DeployConfigException($"{where}.feed.initialPrice: required for a mock feed (e.g. \"2000\")");
        var answer = Amount(price, feed.Decimals, $"{where}.feed.initialPrice");
        var mock = Mocks($"{where}.feed.deployMock");
        return await DeployAsync(() => mock.DeployFeedAsync(feed.Decimals, answer), "MockAggregator", cancellationToken).ConfigureAwait(false);
    }

    private IMockContractDeployer Mocks(string field) => mocks ?? throw new DeployConfigException(
        $"{field}: this deployer was given no mock contracts (mocks are for local chains); give the address of the real contract instead, " +
        "or deploy with the margin-insurance deploy command, which deploys the mocks a local config asks for");

    private static string Holder(string value, string deployer, string field) =>
        string.Equals(value, "deployer", StringComparison.OrdinalIgnoreCase) ? deployer : AccountAddress.Require(value, field);

    private static MarketParams ToMarketParams(MarketConfig m, int baseDecimals) => new()
    {
        CloseFactorBps = m.CloseFactorBps,
        DeepHealthThresholdWad = (ulong)Ratio(m.DeepHealthThreshold, "market.deepHealthThreshold"),
        DustThreshold = Amount(m.DustThreshold, baseDecimals, "market.dustThreshold"),
        ProtocolShareBps = m.ProtocolShareBps,
        ReserveFactorBps = m.ReserveFactorBps,
        MaxAddOnBps = m.MaxAddOnBps,
        MaxAddOnStepBps = m.MaxAddOnStepBps,
        AddOnMinInterval = m.AddOnMinIntervalSeconds,
        AddOnGrace = m.AddOnGraceSeconds,
        MaxPauseDuration = m.MaxPauseDurationSeconds,
        PauseCooldown = m.PauseCooldownSeconds,
    };

    private static BigInteger Ratio(string value, string field) => Amount(value, WadDecimals, field);

    private static BigInteger Amount(string value, int decimals, string field)
    {
        try
        {
            return TokenAmount.Parse(value, decimals).Raw;
        }
        catch (FormatException ex)
        {
            throw new DeployConfigException($"{field}: {ex.Message}");
        }
    }

    private Task<string> DeployAsync<TDeployment>(TDeployment deployment, string name, CancellationToken cancellationToken)
        where TDeployment : Nethereum.Contracts.ContractDeploymentMessage, new() =>
        DeployAsync(() => web3.Eth.GetContractDeploymentHandler<TDeployment>().SendRequestAndWaitForReceiptAsync(deployment), name, cancellationToken);

    private async Task<string> DeployAsync(Func<Task<TransactionReceipt>> send, string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var receipt = await ProtocolErrors.Guard(send).ConfigureAwait(false);
        EnsureSuccess(receipt, $"deploy {name}");
        _log.LogInformation("deployed {Name} at {Address} (gas {Gas})", name, receipt.ContractAddress, receipt.GasUsed.Value);
        return receipt.ContractAddress;
    }

    private async Task SendAsync(Func<Task<TransactionReceipt>> send, string what)
    {
        var receipt = await ProtocolErrors.Guard(send).ConfigureAwait(false);
        EnsureSuccess(receipt, what);
        _log.LogDebug("{What}: tx {Hash}", what, receipt.TransactionHash);
    }

    private static void EnsureSuccess(TransactionReceipt receipt, string what)
    {
        if (receipt.Status?.Value != 1)
        {
            throw new InvalidOperationException($"{what}: transaction {receipt.TransactionHash} failed (status {receipt.Status?.Value})");
        }
    }
}
