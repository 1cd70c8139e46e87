using MarginInsurance.Dashboard;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Risk;

namespace MarginInsurance.Keeper;

/// <summary>Gives the dashboard's account page the keeper's margin calls from its state store.</summary>
public sealed class KeeperMarginCalls(EngineHolder holder) : IKeeperMarginCalls
{
    /// <inheritdoc />
    public IReadOnlyList<KeeperMarginCall> MarginCallsOf(AccountId account) => holder.Engine?.MarginCallsOf(account) ?? [];
}
