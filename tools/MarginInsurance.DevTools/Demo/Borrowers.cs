using System.Numerics;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.DevTools.Demo;

/// <summary>Opening a borrower at a chosen health (the demo's seeding and the operator's <c>local seed</c>).</summary>
public static class Borrowers
{
    /// <summary>
    /// Borrows against <paramref name="account"/>'s collateral so that its health is about <paramref name="targetHealth"/>
    /// (never beyond 99.9% of the borrow capacity, which bounds health from below at about 1.0625 with the local config).
    /// Returns the amount borrowed.
    /// </summary>
    public static async Task<TokenAmount> BorrowToHealthAsync(MarginClient trader, AccountId account, double targetHealth, CancellationToken cancellationToken)
    {
        var view = await trader.GetAccountAsync(account, cancellationToken: cancellationToken).ConfigureAwait(false);
        var byHealth = view.LiquidationCapacity.Raw * 1000 / (BigInteger)(targetHealth * 1000);
        var borrow = new TokenAmount(BigInteger.Min(byHealth, view.BorrowCapacity.Raw * 999 / 1000), trader.Deployment.BaseDecimals);
        await trader.BorrowAsync(account, borrow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return borrow;
    }
}
