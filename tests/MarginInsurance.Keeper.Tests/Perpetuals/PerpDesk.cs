using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.InsurancePool;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.PerpLiquidityVault;
using MarginInsurance.Core;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Keeper.Tests.Perpetuals;

/// <summary>
/// Traders and LPs of the fixture's perp markets (listed by ProtocolDeployer from deploy/local.json), through the
/// generated bindings and the SDK's perp(bytes) encoding: real ERC-20 transfers and signed transactions.
/// </summary>
internal sealed class PerpDesk(KeeperFixture fixture)
{
    /// <summary>An LP deposits <paramref name="usdc"/> into the liquidity vault.</summary>
    public async Task FundLiquidityVaultAsync(decimal usdc)
    {
        var amount = fixture.ParseAmount("USDC", Text(usdc));
        var lp = await fixture.CreateActorAsync(("USDC", Text(usdc)));
        var plv = fixture.Deployment.PerpLiquidityVault!;
        await lp.Web3.Eth.ERC20.GetContractService(fixture.Deployment.BaseAsset).ApproveRequestAndWaitForReceiptAsync(plv, amount);
        await new PerpLiquidityVaultService(lp.Web3, plv).DepositRequestAndWaitForReceiptAsync(amount, lp.Signer);
    }

    /// <summary>
    /// Opens a position on (trader, <paramref name="subId"/>): <paramref name="cash"/> USDC of perp margin, optionally a
    /// collateral deposit first (cross margin), then <paramref name="size"/> (signed, whole units) of <paramref name="market"/>.
    /// </summary>
    public async Task<AccountId> OpenAsync(string market, decimal size, decimal cash, int subId = 1, (string Symbol, string Amount)? collateral = null)
    {
        var trader = await fixture.CreateActorAsync(("USDC", Text(cash)));
        var account = new AccountId(trader.Signer, subId);
        if (collateral is { } c)
        {
            await fixture.MintAsync(trader.Signer, c.Symbol, fixture.ParseAmount(c.Symbol, c.Amount));
            await trader.DepositCollateralAsync(account, c.Symbol, trader.Collateral(c.Symbol, c.Amount));
        }

        await AddPositionAsync(trader, account, market, size, cash);
        return account;
    }

    /// <summary>On an existing account of <paramref name="trader"/> (who holds the USDC): <paramref name="cash"/> of perp margin, then <paramref name="size"/> of <paramref name="market"/>.</summary>
    public async Task AddPositionAsync(Sdk.MarginClient trader, AccountId account, string market, decimal size, decimal cash)
    {
        var subId = account.SubId;
        var vault = new MarginVaultService(trader.Web3, fixture.Deployment.MarginVault);
        var raw = fixture.ParseAmount("USDC", Text(cash));
        await trader.Web3.Eth.ERC20.GetContractService(fixture.Deployment.BaseAsset).ApproveRequestAndWaitForReceiptAsync(fixture.Deployment.MarginVault, raw);
        await PerpCall.SendAsync(vault, new TransferMarginFunction { Owner = trader.Signer, SubId = subId, Amount = raw, Receiver = trader.Signer });
        await PerpCall.SendAsync(vault, new ModifyPositionFunction
        {
            Owner = trader.Signer, SubId = subId, MarketId = fixture.Deployment.PerpMarket(market).MarketId, SizeDelta = Wad(size), MaxFee = WadMath.MaxUint256,
        });
    }

    /// <summary>The insurance pool covers nothing any more (cover cap 0): negative equity goes to auto-deleveraging.</summary>
    public async Task ExhaustInsuranceAsync()
    {
        var pool = new InsurancePoolService(fixture.Admin.Web3, fixture.Deployment.InsurancePool);
        await pool.SetPoolParamsRequestAndWaitForReceiptAsync(await pool.CooldownQueryAsync(), await pool.WindowQueryAsync(), 0);
    }

    /// <summary>The market's state now.</summary>
    public async Task<PerpMarketState> MarketAsync(string market) =>
        (await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(
            new MarginVaultService(fixture.Admin.Web3, fixture.Deployment.MarginVault), new PerpMarketFunction { MarketId = fixture.Deployment.PerpMarket(market).MarketId })).ReturnValue2;

    /// <summary>A size in WAD of the underlying.</summary>
    public static BigInteger Wad(decimal units) => new BigInteger(decimal.Round(units * 1_000_000m)) * BigInteger.Pow(10, 12);

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
