using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk;

public sealed partial class MarginClient
{
    /// <summary>Accounts per <c>healthBatch</c> call in <see cref="GetHealthsAsync"/>.</summary>
    public const int HealthBatchSize = 500;

    /// <summary>An account's full margin state (one view call plus one per held asset for add-on state).</summary>
    public Task<AccountView> GetAccountAsync(AccountId account, BlockParameter? block = null, CancellationToken cancellationToken = default) =>
        RpcAnswer("GetAccount", () => GetAccountCoreAsync(account, block, cancellationToken));

    private async Task<AccountView> GetAccountCoreAsync(AccountId account, BlockParameter? block, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var state = (await Vault.AccountStateQueryAsync(new AccountStateFunction { Owner = account.Owner, SubId = account.SubId }, block).ConfigureAwait(false)).S;
        var holdings = new List<CollateralHolding>();
        foreach (var position in state.Assets)
        {
            var collateral = Deployment.Collateral(position.Asset);
            var addOn = await Vault.AddOnStateQueryAsync(new AddOnStateFunction { Asset = position.Asset }, block).ConfigureAwait(false);
            var effective = await Vault.EffectiveAddOnQueryAsync(new EffectiveAddOnFunction { Asset = position.Asset }, block).ConfigureAwait(false);
            PendingAddOn? pending = null;
            if (addOn.EffectiveAt > 0 && (int)addOn.Pending != (int)effective)
            {
                pending = new PendingAddOn((int)addOn.Pending, DateTimeOffset.FromUnixTimeSeconds((long)addOn.EffectiveAt));
            }

            holdings.Add(new CollateralHolding(
                collateral.Symbol, collateral.Token,
                new TokenAmount(position.Balance, collateral.Decimals), position.PriceWad,
                BaseAmount(position.Value), BaseAmount(position.LiquidationValue), BaseAmount(position.BorrowValue),
                (int)effective, pending));
        }

        return new AccountView(account, BaseAmount(state.Debt), BaseAmount(state.LiquidationCapacity), BaseAmount(state.BorrowCapacity),
            new Wad(state.Health), new Wad(state.Utilization), holdings);
    }

    /// <summary>Health and debt of many accounts, <see cref="HealthBatchSize"/> per RPC call, all at one block.</summary>
    public async Task<IReadOnlyList<AccountHealth>> GetHealthsAsync(IReadOnlyList<AccountId> accounts, BlockParameter? block = null, CancellationToken cancellationToken = default)
    {
        block ??= new BlockParameter(await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false));
        var result = new List<AccountHealth>(accounts.Count);
        foreach (var chunk in accounts.Chunk(HealthBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await Vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Owner).ToList(),
                SubIds = chunk.Select(a => a.SubId).ToList(),
            }, block).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                result.Add(new AccountHealth(chunk[i], new Wad(batch.Healths[i]), BaseAmount(batch.Debts[i]), (int)batch.UnpricedMasks[i]));
            }
        }

        return result;
    }

    /// <summary>Market-wide state and the insurance pool's coverage.</summary>
    public Task<MarketView> GetMarketAsync(CancellationToken cancellationToken = default) =>
        RpcAnswer("GetMarket", () => GetMarketCoreAsync(cancellationToken));

    private async Task<MarketView> GetMarketCoreAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var supply = await Vault.TotalSupplyAssetsQueryAsync().ConfigureAwait(false);
        var borrows = await Vault.TotalBorrowAssetsQueryAsync().ConfigureAwait(false);
        var cash = await Vault.CashQueryAsync().ConfigureAwait(false);
        var reserves = await Vault.ReservesQueryAsync().ConfigureAwait(false);
        var pausedUntil = await Vault.PausedUntilQueryAsync().ConfigureAwait(false);
        var latest = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()).ConfigureAwait(false);
        var paused = pausedUntil > (ulong)latest.Timestamp.Value;
        var insuranceAssets = await Insurance.TotalAssetsQueryAsync().ConfigureAwait(false);
        var coverage = borrows.IsZero ? Wad.Infinite : await Insurance.CoverageRatioQueryAsync().ConfigureAwait(false);
        var utilization = supply.IsZero ? BigInteger.Zero : borrows * Wad.One / supply;
        return new MarketView(BaseAmount(supply), BaseAmount(borrows), BaseAmount(cash), BaseAmount(reserves),
            new Wad(utilization), BaseAmount(insuranceAssets), new Wad(coverage), paused);
    }

    /// <summary>The signer's balance of a token (base asset or collateral symbol).</summary>
    public async Task<TokenAmount> BalanceAsync(string symbol, string? holder = null)
    {
        var isBase = string.Equals(symbol, Deployment.BaseSymbol, StringComparison.OrdinalIgnoreCase);
        var (token, decimals) = isBase ? (Deployment.BaseAsset, Deployment.BaseDecimals) : (Deployment.Collateral(symbol).Token, Deployment.Collateral(symbol).Decimals);
        var raw = await Web3.Eth.ERC20.GetContractService(token).BalanceOfQueryAsync(holder ?? Signer).ConfigureAwait(false);
        return new TokenAmount(raw, decimals);
    }

    private TokenAmount BaseAmount(BigInteger raw) => new(raw, Deployment.BaseDecimals);
}
