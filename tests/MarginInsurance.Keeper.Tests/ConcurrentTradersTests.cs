using MarginInsurance.Sdk.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// Six traders sending at once (each its own nonces, the node mining each transaction as it arrives): a borrow whose gas
/// estimate was taken before another trader's transaction landed needs a little more gas than estimated, and used to fail
/// inside its oracle read with no reason (5 of 6 first borrows). The SDK adds headroom to estimates
/// (GasHeadroomTransactionManager), so none fails.
/// </summary>
public sealed class ConcurrentTradersTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task TradersSendingAtOnceNeverFailForLackOfGas()
    {
        var traders = new List<MarginInsurance.Sdk.MarginClient>();
        for (var i = 0; i < 6; i++) traders.Add(await Fixture.CreateActorAsync());
        foreach (var t in traders) await Fixture.MintAsync(t.Signer, "WETH", Fixture.ParseAmount("WETH", "30"));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(traders.Select(async t =>
        {
            for (var sub = 1; sub <= 3; sub++)
            {
                var account = new AccountId(t.Signer, sub);
                try
                {
                    await t.DepositCollateralAsync(account, "WETH", t.Collateral("WETH", "10"));
                    await t.BorrowAsync(account, t.Base("14000"));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures.Add($"{account}: {e.Message}");
                }
            }
        }));
        Assert.Empty(failures);
    }
}
