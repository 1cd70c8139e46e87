using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.PerpLiquidityVault;
using MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>The perps part of the deployment (docs/protocol.md §13): the liquidity vault, its wiring and the markets.</summary>
public sealed partial class ProtocolDeployer
{
    /// <summary>
    /// Deploys the PerpLiquidityVault over the base asset, links it to the vault both ways (<c>setVault</c>,
    /// <c>setPerpParams</c>), sets its withdrawal cooldown and window, lists every market of <paramref name="perps"/> in order
    /// (market id = position in the list) and reads it all back. The underlyings' feeds must already be set.
    /// </summary>
    private async Task<(string LiquidityVault, IReadOnlyList<DeployedPerpMarket> Markets)> DeployPerpsAsync(
        PerpsConfig perps, MarginVaultService vault, string baseToken, string deployer, int baseDecimals,
        IReadOnlyList<DeployedCollateral> collaterals, CancellationToken cancellationToken)
    {
        var plv = new PerpLiquidityVaultService(web3, await DeployAsync(new PerpLiquidityVaultDeployment { Asset = baseToken, Admin = deployer }, "PerpLiquidityVault", cancellationToken).ConfigureAwait(false));
        await SendAsync(() => plv.SetVaultRequestAndWaitForReceiptAsync(vault.ContractAddress), "perpLiquidityVault.setVault").ConfigureAwait(false);
        var lv = perps.LiquidityVault;
        await SendAsync(() => plv.SetPoolParamsRequestAndWaitForReceiptAsync(lv.CooldownSeconds, lv.WindowSeconds, 0), "perpLiquidityVault.setPoolParams").ConfigureAwait(false);
        await SendAsync(() => PerpCall.SendAsync(vault, new SetPerpParamsFunction { LiquidityVault = plv.ContractAddress, MaxNetExposureBps = perps.MaxNetExposureBps }), "vault.perp(setPerpParams)").ConfigureAwait(false);

        var markets = new List<DeployedPerpMarket>();
        var configs = new List<PerpMarketConfig>();
        for (var i = 0; i < perps.Markets.Count; i++)
        {
            var entry = perps.Markets[i];
            var underlying = collaterals.FirstOrDefault(c => string.Equals(c.Symbol, entry.Underlying, StringComparison.OrdinalIgnoreCase))
                ?? throw new DeployConfigException($"perps.markets[{i}].underlying: '{entry.Underlying}' is not a listed collateral; use one of {string.Join(", ", collaterals.Select(c => c.Symbol))}");
            var cfg = entry.ToChain(underlying.Token, baseDecimals);
            var id = i;
            await SendAsync(() => PerpCall.SendAsync(vault, new SetPerpMarketFunction { MarketId = id, Cfg = cfg }), $"perps.markets[{i}] ({entry.Symbol}): vault.perp(setPerpMarket)").ConfigureAwait(false);
            configs.Add(cfg);
            markets.Add(new DeployedPerpMarket(i, entry.Symbol, underlying.Symbol, underlying.Token));
        }

        await VerifyPerpsAsync(vault, plv, perps, configs).ConfigureAwait(false);
        _log.LogInformation("perps: liquidity vault {Vault}, markets {Markets}", plv.ContractAddress, string.Join(", ", markets.Select(m => $"{m.MarketId}={m.Symbol}")));
        return (plv.ContractAddress, markets);
    }

    private static async Task VerifyPerpsAsync(MarginVaultService vault, PerpLiquidityVaultService plv, PerpsConfig perps, IReadOnlyList<PerpMarketConfig> configs)
    {
        static void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw new InvalidOperationException($"deployment verification failed: {what} does not read back as configured");
            }
        }

        var globals = await PerpCall.QueryAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(vault, new PerpGlobalsFunction()).ConfigureAwait(false);
        Check(string.Equals(globals.LiquidityVault, plv.ContractAddress, StringComparison.OrdinalIgnoreCase), "vault.perpGlobals.liquidityVault");
        Check(globals.MarketCount == configs.Count, "vault.perpGlobals.marketCount");
        Check(globals.MaxNetExposureBps == perps.MaxNetExposureBps, "vault.perpGlobals.maxNetExposureBps");
        Check(string.Equals(await plv.VaultQueryAsync().ConfigureAwait(false), vault.ContractAddress, StringComparison.OrdinalIgnoreCase), "perpLiquidityVault.vault");
        for (var i = 0; i < configs.Count; i++)
        {
            var onChain = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(vault, new PerpMarketFunction { MarketId = i }).ConfigureAwait(false);
            Check(Same(onChain.ReturnValue1, configs[i]), $"vault.perpMarket({i})");
        }
    }
}
