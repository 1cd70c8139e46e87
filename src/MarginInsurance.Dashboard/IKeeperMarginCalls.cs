using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Risk;

namespace MarginInsurance.Dashboard;

/// <summary>
/// The keeper's own margin calls on an account, merged into the account page's history. Register one implementation in DI
/// (the keeper does); without one the page shows the on-chain margin calls only.
/// </summary>
public interface IKeeperMarginCalls
{
    /// <summary>Margin calls the keeper raised on <paramref name="account"/>, oldest first.</summary>
    IReadOnlyList<KeeperMarginCall> MarginCallsOf(AccountId account);
}
