using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk;

// Perps trading (docs/protocol.md §13): position changes through perp(modifyPosition) and perp cash through
// perp(transferMargin).
public sealed partial class MarginClient
{
    /// <summary>Headroom of the default fee bound over the quote: 5 % (the skew or the index may move before mining).</summary>
    public const int DefaultFeeHeadroomBps = 500;

    /// <summary>A size of <paramref name="market"/> from a human decimal in units of the underlying, e.g. <c>PerpSize("ETH-PERP", "1.5")</c>.</summary>
    public PerpSize PerpSize(string market, string size) => Amounts.PerpSize.Parse(Deployment.PerpMarket(market).Symbol, size);

    /// <summary>
    /// Opens a new position: <paramref name="side"/> <paramref name="size"/> of <paramref name="market"/> at the index, paying at
    /// most <paramref name="maxFee"/> (default: the quote plus <see cref="DefaultFeeHeadroomBps"/>). The account must hold
    /// no position in that market yet (use <see cref="IncreasePositionAsync"/> / <see cref="ReducePositionAsync"/>), and
    /// its initial health must stay ≥ 1 (<c>InsufficientPerpMargin</c>).
    /// </summary>
    public async Task<PerpTradeResult> OpenPositionAsync(AccountId account, string market, PositionSide side, PerpSize size, TokenAmount? maxFee = null, CancellationToken cancellationToken = default)
    {
        var m = RequirePerpSize(market, size, nameof(size));
        if (side is not (PositionSide.Long or PositionSide.Short))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "open a Long or a Short position");
        }

        var current = await PerpSizeOfAsync(account, m).ConfigureAwait(false);
        if (!current.IsZero)
        {
            throw new InvalidOperationException(
                $"{account} already holds {(current.Sign > 0 ? "a long" : "a short")} {m.Symbol} position of {new PerpSize(m.Symbol, BigInteger.Abs(current))}; use IncreasePositionAsync or ReducePositionAsync, or ClosePositionAsync first to change side");
        }

        return await ModifyPositionAsync(account, m, size.Signed(side), maxFee, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds <paramref name="size"/> to the account's position in <paramref name="market"/>, on its side.</summary>
    public async Task<PerpTradeResult> IncreasePositionAsync(AccountId account, string market, PerpSize size, TokenAmount? maxFee = null, CancellationToken cancellationToken = default)
    {
        var m = RequirePerpSize(market, size, nameof(size));
        var current = await RequireOpenAsync(account, m).ConfigureAwait(false);
        return await ModifyPositionAsync(account, m, current.Sign * size.Raw, maxFee, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reduces the account's position in <paramref name="market"/> by <paramref name="size"/> (at most its size); always allowed, also when paused.</summary>
    public async Task<PerpTradeResult> ReducePositionAsync(AccountId account, string market, PerpSize size, TokenAmount? maxFee = null, CancellationToken cancellationToken = default)
    {
        var m = RequirePerpSize(market, size, nameof(size));
        var current = await RequireOpenAsync(account, m).ConfigureAwait(false);
        if (size.Raw > BigInteger.Abs(current))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size.ToString(),
                $"the {m.Symbol} position is only {new PerpSize(m.Symbol, BigInteger.Abs(current))}; reduce by at most that, or use ClosePositionAsync");
        }

        return await ModifyPositionAsync(account, m, -current.Sign * size.Raw, maxFee, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the account's whole position in <paramref name="market"/> at the index.</summary>
    public async Task<PerpTradeResult> ClosePositionAsync(AccountId account, string market, TokenAmount? maxFee = null, CancellationToken cancellationToken = default)
    {
        var m = Deployment.PerpMarket(market);
        var current = await RequireOpenAsync(account, m).ConfigureAwait(false);
        return await ModifyPositionAsync(account, m, -current, maxFee, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The fee a trade of <paramref name="side"/> <paramref name="size"/> would pay now (§13.3: flat taker fee plus the skew
    /// price impact), from the market's skew and index with MarginInsurance.Core's <c>PerpMath.TradeFee</c>.
    /// </summary>
    public async Task<TokenAmount> QuoteTradeFeeAsync(string market, PositionSide side, PerpSize size, CancellationToken cancellationToken = default)
    {
        var m = RequirePerpSize(market, size, nameof(size));
        if (side is not (PositionSide.Long or PositionSide.Short))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "quote a Long or a Short trade");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return BaseAmount(await QuoteAsync(m, size.Signed(side)).ConfigureAwait(false));
    }

    /// <summary>
    /// Moves base asset into (<see cref="MarginTransfer.Deposit"/>, approving exactly <paramref name="amount"/>) or out of
    /// (<see cref="MarginTransfer.Withdraw"/>, to <paramref name="receiver"/>, default the signer) the account's perp cash.
    /// Cash backs the account's positions; a withdrawal must leave initial health ≥ 1 when it has positions or debt.
    /// </summary>
    public async Task<TransactionReceipt> TransferMarginAsync(AccountId account, TokenAmount amount, MarginTransfer direction, string? receiver = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        RequireBase(amount, nameof(amount));
        RequirePerps();
        var to = receiver is null ? Signer : Address.Require(receiver, nameof(receiver));
        BigInteger signed;
        switch (direction)
        {
            case MarginTransfer.Deposit:
                await ApproveAsync(Deployment.BaseAsset, Deployment.MarginVault, amount.Raw, cancellationToken).ConfigureAwait(false);
                signed = amount.Raw;
                break;
            case MarginTransfer.Withdraw:
                signed = -amount.Raw;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(direction), direction, "Deposit or Withdraw");
        }

        return await SendAsync(c => Vault.PerpRequestAndWaitForReceiptAsync(PerpCall.Write(new TransferMarginFunction
        {
            Owner = account.Owner, SubId = account.SubId, Amount = signed, Receiver = to,
        }), c), cancellationToken).ConfigureAwait(false);
    }

    private async Task<PerpTradeResult> ModifyPositionAsync(AccountId account, DeployedPerpMarket market, BigInteger delta, TokenAmount? maxFee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        BigInteger bound;
        if (maxFee is { } limit)
        {
            if (limit.Decimals != Deployment.BaseDecimals)
            {
                throw new ArgumentException($"maxFee: amount has {limit.Decimals} decimals but the fee is paid in {Deployment.BaseSymbol} ({Deployment.BaseDecimals}); build it with client.Base(\"...\")", nameof(maxFee));
            }

            bound = limit.Raw;
        }
        else
        {
            var quote = await QuoteAsync(market, delta).ConfigureAwait(false);
            bound = quote + (quote * DefaultFeeHeadroomBps / 10_000) + 1;
        }

        var receipt = await SendAsync(c => Vault.PerpRequestAndWaitForReceiptAsync(PerpCall.Write(new ModifyPositionFunction
        {
            Owner = account.Owner, SubId = account.SubId, MarketId = market.MarketId, SizeDelta = delta, MaxFee = bound,
        }), c), cancellationToken).ConfigureAwait(false);
        var ev = receipt.DecodeAllEvents<PositionModifiedEventDTO>().Single().Event;
        var d = Deployment.BaseDecimals;
        return new PerpTradeResult(
            receipt.TransactionHash, market.Symbol,
            ev.NewSize.Sign switch { > 0 => PositionSide.Long, < 0 => PositionSide.Short, _ => PositionSide.None },
            new PerpSize(market.Symbol, BigInteger.Abs(ev.NewSize)), new PerpPrice(ev.PriceWad), BaseAmount(ev.Fee),
            new SignedAmount(ev.RealizedPnl, d), new SignedAmount(ev.FundingPaid, d), receipt.GasUsed.Value);
    }

    private async Task<BigInteger> QuoteAsync(DeployedPerpMarket market, BigInteger delta)
    {
        var m = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(Vault, new PerpMarketFunction { MarketId = market.MarketId }).ConfigureAwait(false);
        var price = await Oracle.GetPriceQueryAsync(market.Asset).ConfigureAwait(false);
        var skew = m.ReturnValue2.LongOi - m.ReturnValue2.ShortOi;
        return PerpMath.TradeFee(delta, skew, price, Deployment.BaseDecimals, m.ReturnValue1.TakerFeeBps, m.ReturnValue1.SkewScale);
    }

    private async Task<BigInteger> PerpSizeOfAsync(AccountId account, DeployedPerpMarket market)
    {
        ArgumentNullException.ThrowIfNull(account);
        var stored = await PerpCall.QueryAsync<PerpPositionFunction, PerpPositionOutputDTO>(Vault, new PerpPositionFunction
        {
            Owner = account.Owner, SubId = account.SubId, MarketId = market.MarketId,
        }).ConfigureAwait(false);
        return stored.Position.Size;
    }

    private async Task<BigInteger> RequireOpenAsync(AccountId account, DeployedPerpMarket market)
    {
        var current = await PerpSizeOfAsync(account, market).ConfigureAwait(false);
        return current.IsZero
            ? throw new InvalidOperationException($"{account} holds no {market.Symbol} position; open one with OpenPositionAsync")
            : current;
    }

    private DeployedPerpMarket RequirePerpSize(string market, PerpSize size, string parameter)
    {
        var m = Deployment.PerpMarket(market);
        if (!string.Equals(size.Market, m.Symbol, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{parameter}: this is a size of {size.Market ?? "no market"}, not of {m.Symbol}; build it with client.PerpSize(\"{m.Symbol}\", \"...\")", parameter);
        }

        if (size.IsZero)
        {
            throw new ArgumentOutOfRangeException(parameter, "the size must be greater than zero");
        }

        return m;
    }

    private void RequirePerps()
    {
        if (Deployment.PerpLiquidityVault is null)
        {
            throw new UnknownPerpMarketException("(any)", []);
        }
    }
}
