using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Sdk.OffChain;

namespace MarginInsurance.Keeper;

/// <summary>
/// Health of each account of one read once every pending add-on on its assets is in force, on Core's
/// <see cref="HealthCalculator"/> fast path: the market is accrued once per distinct effective time (a scan sees a
/// handful), not once per account. <see cref="Prepare"/> computes a whole read at once over the accounts in columns
/// (<see cref="AccountColumns"/>, one book per effective time); <see cref="Health"/> answers from it, or per account.
/// Equal to <see cref="AccountMath.Compute"/> at that time, to the wei. One instance per read; not thread-safe.
/// </summary>
internal sealed class PendingHealthScan(OffChainMarket market)
{
    private readonly Dictionary<BigInteger, HealthCalculator> _calculators = [];
    private readonly Dictionary<OffChainAccount, BigInteger> _prepared = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Computes the pending health of every account of <paramref name="accounts"/> with debt and a pending increase, one
    /// columns batch per effective time; <see cref="Health"/> then looks these accounts up.
    /// </summary>
    public void Prepare(IReadOnlyList<OffChainAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var books = new Dictionary<BigInteger, (List<OffChainAccount> Accounts, List<IReadOnlyList<CollateralPosition>> Holdings, List<BigInteger> Principals)>();
        foreach (var account in accounts)
        {
            // an account holding an unpriced asset is left to Health, per account, as before
            if (account is null || account.BorrowPrincipal.IsZero || PendingTime(account, out var held) is not { } time || !AllPriced(account)) continue;
            if (!books.TryGetValue(time, out var book))
            {
                book = ([], [], []);
                books.Add(time, book);
            }

            book.Accounts.Add(account);
            book.Holdings.Add(Positions(account, held));
            book.Principals.Add(account.BorrowPrincipal);
        }

        foreach (var (time, book) in books)
        {
            var health = Calculator(time).Health(AccountColumns.Create(book.Holdings, book.Principals));
            for (var i = 0; i < book.Accounts.Count; i++) _prepared[book.Accounts[i]] = health[i];
        }
    }

    /// <summary>Health at the latest effective time among the account's pending increases; null when none is pending or without debt.</summary>
    public BigInteger? Health(OffChainAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (_prepared.TryGetValue(account, out var prepared)) return prepared;
        if (account.BorrowPrincipal.IsZero || PendingTime(account, out var held) is not { } time) return null;
        return Calculator(time).Health(Positions(account, held), account.BorrowPrincipal);
    }

    /// <summary>The latest effective time among the pending increases of the assets <paramref name="account"/> holds (and how many it holds).</summary>
    private BigInteger? PendingTime(OffChainAccount account, out int held)
    {
        BigInteger? at = null;
        held = 0;
        foreach (var asset in market.Assets)
        {
            if (!account.Balances.ContainsKey(asset.Token)) continue;
            held++;
            var addOn = asset.Config.AddOn;
            if (addOn.PendingEffectiveAt > market.Timestamp && addOn.PendingBps > addOn.CurrentBps && (at is null || addOn.PendingEffectiveAt > at))
            {
                at = addOn.PendingEffectiveAt;
            }
        }

        return at;
    }

    private bool AllPriced(OffChainAccount account)
    {
        foreach (var asset in market.Assets)
        {
            if (asset.PriceWad is null && account.Balances.ContainsKey(asset.Token)) return false;
        }

        return true;
    }

    /// <summary>The account's holdings in Core's form, one per held asset in the market's asset order.</summary>
    private CollateralPosition[] Positions(OffChainAccount account, int held)
    {
        var positions = new CollateralPosition[held];
        var k = 0;
        foreach (var asset in market.Assets)
        {
            if (account.Balances.TryGetValue(asset.Token, out var balance)) positions[k++] = new CollateralPosition(asset.Token, asset.Config, balance, asset.PriceWad!.Value);
        }

        return positions;
    }

    private HealthCalculator Calculator(BigInteger time)
    {
        if (!_calculators.TryGetValue(time, out var calculator))
        {
            calculator = new HealthCalculator(market.Market, time);
            _calculators.Add(time, calculator);
        }

        return calculator;
    }
}
