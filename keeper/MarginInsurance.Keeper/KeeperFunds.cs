using System.Numerics;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;

namespace MarginInsurance.Keeper;

/// <summary>
/// The keeper's funds in plain sight: its base-asset inventory (liquidations repay debts from it) and its gas balance,
/// as gauges (<c>keeper_inventory_base</c>, <c>keeper_gas_balance_eth</c>, <c>keeper_inventory_low</c>,
/// <c>keeper_gas_low</c>) and as warnings at start and whenever either falls below Keeper:LowInventoryWarning /
/// Keeper:LowGasWarning (once per fall, not every block). Also formats amounts for people.
/// </summary>
public sealed class KeeperFunds(IWeb3 web3, DeploymentFile deployment, string address, KeeperOptions options, KeeperMetrics metrics, ILogger logger)
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(60);
    private readonly BigInteger _lowInventory = KeeperOptions.BaseUnits(options.LowInventoryWarning, deployment.BaseDecimals);
    private readonly BigInteger _lowGas = KeeperOptions.BaseUnits(options.LowGasWarning, 18);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private bool _inventoryWasLow;
    private bool _gasWasLow;

    /// <summary>
    /// Whether a pool can settle liquidations (swap mode through the SwapLiquidator): then a low base inventory is a
    /// choice, not a fault, and raises no warning.
    /// </summary>
    public bool SwapSettles { get; init; }

    /// <summary>Base-asset inventory at the last read (null before the first).</summary>
    public BigInteger? Inventory { get; private set; }

    /// <summary>Gas balance (wei) at the last read (null before the first).</summary>
    public BigInteger? GasBalance { get; private set; }

    /// <summary>Whether the last read is older than a minute.</summary>
    public bool Stale => DateTimeOffset.UtcNow - _readAt > RefreshEvery;

    /// <summary>An amount of the base asset for people: "695,000.61 USDC" (negative profits keep their sign).</summary>
    public string Base(BigInteger raw) =>
        raw.Sign < 0 ? "-" + Base(-raw) : new TokenAmount(raw, deployment.BaseDecimals).Format(deployment.BaseSymbol);

    /// <summary>Wei as ether for people: "0.9985 ETH".</summary>
    public static string Ether(BigInteger wei) => new TokenAmount(BigInteger.Max(wei, BigInteger.Zero), 18).Format("ETH", 4);

    /// <summary>Reads both balances (2 RPC calls) into the gauges, warning when low.</summary>
    public async Task RefreshAsync(bool atStart)
    {
        var inventory = await web3.Eth.ERC20.GetContractService(deployment.BaseAsset).BalanceOfQueryAsync(address).ConfigureAwait(false);
        var gas = (await web3.Eth.GetBalance.SendRequestAsync(address).ConfigureAwait(false)).Value;
        _readAt = DateTimeOffset.UtcNow;
        SetInventory(inventory, atStart);
        GasBalance = gas;
        metrics.GasBalance.Set((double)gas / 1e18);
        var gasLow = gas < _lowGas;
        metrics.GasLow.Set(gasLow ? 1 : 0);
        if (gasLow && (atStart || !_gasWasLow))
            logger.LogWarning("low gas: the keeper {Address} holds {Gas} < Keeper:LowGasWarning {Min}; send it ether or it cannot pay for liquidations (keeper/README.md, Funding)",
                address, Ether(gas), Ether(_lowGas));
        _gasWasLow = gasLow;
    }

    /// <summary>Records an inventory the keeper read or computed (after its sends of a block).</summary>
    public void SetInventory(BigInteger inventory, bool atStart = false)
    {
        Inventory = inventory;
        metrics.Inventory.Set((double)inventory / Math.Pow(10, deployment.BaseDecimals));
        var low = inventory < _lowInventory && !SwapSettles;
        metrics.InventoryLow.Set(low ? 1 : 0);
        if (low && (atStart || !_inventoryWasLow))
            logger.LogWarning("low inventory: the keeper {Address} holds {Have} < Keeper:LowInventoryWarning {Min}; liquidations repay the debt from it, so top it up (keeper/README.md, Funding)",
                address, Base(inventory), Base(_lowInventory));
        _inventoryWasLow = low;
    }

    /// <summary>A liquidation the inventory cannot pay: counted, warned, and the inventory marked low.</summary>
    public void SkipForInventory(string account, BigInteger inventory, string why)
    {
        metrics.SkippedNoInventory.Inc();
        metrics.InventoryLow.Set(1);
        logger.LogWarning("skip {Account}: inventory {Have} cannot pay {Why}; top up the keeper's {Base} (keeper/README.md, Funding)",
            account, Base(inventory), why, deployment.BaseSymbol);
    }
}
