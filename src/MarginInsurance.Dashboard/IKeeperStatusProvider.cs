using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Dashboard;

/// <summary>
/// What a keeper reports to the dashboard's keeper panel. Register one implementation in DI
/// (<c>services.AddSingleton&lt;IKeeperStatusProvider, MyStatus&gt;()</c>); without one the panel shows
/// "keeper not attached".
/// </summary>
public interface IKeeperStatusProvider
{
    /// <summary>The keeper's current status; called on every /api/keeper request (about once a second per open page).</summary>
    ValueTask<KeeperStatus> GetStatusAsync(CancellationToken cancellationToken);
}
