using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Signing;

namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>
/// The dApp flow: open a cross position (WETH) and an isolated one (WBTC, subId 1), print their health
/// and utilization, then attempt a borrow beyond the borrow capacity and handle the rejection; then the perps flow
/// (<see cref="PerpFlow"/>).
/// The snippets in docs/sdk.md mirror this file so that they stay compilable.
/// </summary>
internal static class SampleFlow
{
    /// <summary>Connects with MARGIN_PRIVATE_KEY and the deployments file, then runs the flow.</summary>
    public static async Task RunFromEnvironmentAsync(SampleOptions options, CancellationToken ct)
    {
        // --- the ten lines a dApp needs (README) ---
        var deployment = DeploymentFile.Load(options.Deployment);
        var account = AccountLoader.FromEnvironment(deployment.ChainId);          // MARGIN_PRIVATE_KEY
        var client = await MarginClient.ConnectAsync(options.Rpc, account, deployment, ct);
        // ---

        await RunAsync(client, options.MintMocks, ct);
    }

    /// <summary>Runs the flow as <paramref name="client"/>'s signer.</summary>
    public static async Task RunAsync(MarginClient client, bool mintMocks, CancellationToken ct)
    {
        var me = client.Signer;
        Console.WriteLine($"signer {me} on {client.Deployment.Network} (chain {client.Deployment.ChainId}), vault {client.Deployment.MarginVault}");

        if (mintMocks)
        {
            await MintMocksAsync(client, ct);
        }

        // Lend: without cash in the market there is nothing to borrow. Supply some base asset if we hold it.
        var market = await client.GetMarketAsync(ct);
        if (market.Cash < client.Base("10000") && await client.BalanceAsync(client.Deployment.BaseSymbol) >= client.Base("50000"))
        {
            await client.SupplyAsync(client.Base("50000"), ct);
            Console.WriteLine($"supplied 50000 {client.Deployment.BaseSymbol} to the market");
        }

        // Cross margin: subId 0, one pool of collateral backs all debt of the account.
        var cross = AccountId.Cross(me);
        await client.DepositCollateralAsync(cross, "WETH", client.Collateral("WETH", "2"), ct);
        await client.BorrowAsync(cross, client.Base("1500"), cancellationToken: ct);

        // Isolated margin: subId >= 1, collateral ring-fenced to this position.
        var isolated = AccountId.Isolated(me, 1);
        await client.DepositCollateralAsync(isolated, "WBTC", client.Collateral("WBTC", "0.1"), ct);
        await client.BorrowAsync(isolated, client.Base("2000"), cancellationToken: ct);

        foreach (var id in new[] { cross, isolated })
        {
            Print(await client.GetAccountAsync(id, cancellationToken: ct));
        }

        // Batch read: health and debt of many accounts in one eth_call per 500 accounts.
        foreach (var h in await client.GetHealthsAsync([cross, isolated], cancellationToken: ct))
        {
            Console.WriteLine($"  batch: {h.Account} health {h.Health} debt {h.Debt}");
        }

        // A borrow beyond the borrow capacity is rejected by the vault with InsufficientMargin.
        var view = await client.GetAccountAsync(isolated, cancellationToken: ct);
        var tooMuch = view.BorrowCapacity - view.Debt + client.Base("1");
        Console.WriteLine($"\nborrowing {tooMuch} {client.Deployment.BaseSymbol} on {isolated}: 1 more than its remaining capacity...");
        try
        {
            await client.BorrowAsync(isolated, tooMuch, cancellationToken: ct);
            throw new InvalidOperationException("the over-capacity borrow was accepted; the vault should have rejected it");
        }
        catch (MarginProtocolException<InsufficientMarginError> e)
        {
            // Typed arguments (base-asset units) and a readable message.
            Console.WriteLine($"rejected as expected ({e.ErrorName}): {e.Message}");
            Console.WriteLine($"  debt would be {new TokenAmount(e.Error.Debt, client.Deployment.BaseDecimals)}, " +
                              $"capacity {new TokenAmount(e.Error.BorrowCapacity, client.Deployment.BaseDecimals)}");
        }
        catch (MarginProtocolException e) when (e.ErrorName == "InsufficientLiquidity")
        {
            // Liquidity is checked before margin: a market without enough cash rejects the borrow first.
            Console.WriteLine($"rejected by liquidity before margin ({e.ErrorName}): {e.Message}");
        }

        var after = await client.GetAccountAsync(isolated, cancellationToken: ct);
        Console.WriteLine($"isolated account unchanged: debt {after.Debt}, health {after.Health}");

        await PerpFlow.RunAsync(client, ct);
    }

    private static void Print(AccountView view)
    {
        Console.WriteLine($"\n{view.Account}");
        Console.WriteLine($"  health       {view.Health}{(view.IsLiquidatable ? "  LIQUIDATABLE" : string.Empty)}");
        Console.WriteLine($"  utilization  {view.Utilization}");
        Console.WriteLine($"  debt         {view.Debt}  (borrow capacity {view.BorrowCapacity}, liquidation capacity {view.LiquidationCapacity})");
        foreach (var c in view.Collateral)
        {
            Console.WriteLine($"  collateral   {c.Balance} {c.Symbol} = {c.Value} base (add-on {c.EffectiveAddOnBps} bps)");
        }

        foreach (var (symbol, call) in view.PendingMarginCalls)
        {
            Console.WriteLine($"  margin call  {symbol}: add-on {call.AddOnBps} bps from {call.EffectiveAt:u}");
        }
    }

    /// <summary>Mints the signer mock tokens; only works where the tokens are MockERC20 (public mint).</summary>
    private static async Task MintMocksAsync(MarginClient client, CancellationToken ct)
    {
        var d = client.Deployment;
        var mints = new (string Token, BigInteger Raw, string Label)[]
        {
            (d.BaseAsset, client.Base("100000").Raw, $"100000 {d.BaseSymbol}"),
            (d.Collateral("WETH").Token, client.Collateral("WETH", "2").Raw, "2 WETH"),
            (d.Collateral("WBTC").Token, client.Collateral("WBTC", "0.1").Raw, "0.1 WBTC"),
        };
        foreach (var (token, raw, label) in mints)
        {
            ct.ThrowIfCancellationRequested();
            var receipt = await new MockERC20Service(client.Web3, token).MintRequestAndWaitForReceiptAsync(client.Signer, raw);
            if (receipt.Status?.Value != 1)
            {
                throw new InvalidOperationException($"minting {label} failed: is {token} a MockERC20?");
            }
        }

        Console.WriteLine("minted mock tokens: " + string.Join(", ", mints.Select(m => m.Label)));
    }
}
