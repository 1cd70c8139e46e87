using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Perps;
using MarginInsurance.Sdk.Signing;

namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>
/// The snippets of docs/sdk.md and of the package READMEs, verbatim, so that the compiler checks them.
/// Not executed by the sample (the executed flow is <see cref="SampleFlow"/>). Keep both in sync.
/// </summary>
internal static class DocSnippets
{
    // docs/sdk.md §2 Connect; Sdk README "The ten lines a dApp needs" (first three lines).
    public static async Task<MarginClient> ConnectAsync(CancellationToken ct)
    {
        var deployment = DeploymentFile.Load("deployments/localhost.json");
        var account = AccountLoader.FromEnvironment(deployment.ChainId);      // MARGIN_PRIVATE_KEY
        var client = await MarginClient.ConnectAsync("http://127.0.0.1:8545", account, deployment, ct);

        // §2 Keys
        var fromKeystore = AccountLoader.FromKeystore("keys/trader.json", "MARGIN_KEYSTORE_PASSWORD", deployment.ChainId);
        _ = fromKeystore;
        return client;
    }

    // Sdk README: the ten lines.
    public static async Task TenLinesAsync()
    {
        var deployment = DeploymentFile.Load("deployments/localhost.json");          // addresses, chain id, decimals
        var account = AccountLoader.FromEnvironment(deployment.ChainId);              // key from MARGIN_PRIVATE_KEY
        var client = await MarginClient.ConnectAsync("http://127.0.0.1:8545", account, deployment);

        var cross = AccountId.Cross(client.Signer);                                   // subId 0: cross margin
        await client.DepositCollateralAsync(cross, "WETH", client.Collateral("WETH", "2"));
        await client.BorrowAsync(cross, client.Base("1500"));
        var view = await client.GetAccountAsync(cross);
        Console.WriteLine($"health {view.Health}, utilization {view.Utilization}, debt {view.Debt}");
    }

    // §3 .. §7
    public static async Task FlowsAsync(MarginClient client, AccountId victim, TokenAmount tooMuch, CancellationToken ct)
    {
        // §3
        var cross = AccountId.Cross(client.Signer);            // subId 0: all collateral backs all debt
        var isolated = AccountId.Isolated(client.Signer, 1);   // subId >= 1: one collateral, ring-fenced

        // §4 Lend
        await client.SupplyAsync(client.Base("50000"), ct);                    // supply the base asset
        await client.WithdrawAsync(client.Base("1000"), cancellationToken: ct); // withdraw part
        await client.WithdrawAsync(null, cancellationToken: ct);               // withdraw everything

        // §4 Collateral
        await client.DepositCollateralAsync(cross, "WETH", client.Collateral("WETH", "2"), ct);
        await client.DepositCollateralAsync(isolated, "WBTC", client.Collateral("WBTC", "0.1"), ct);
        await client.WithdrawCollateralAsync(cross, "WETH", client.Collateral("WETH", "0.5"), cancellationToken: ct);

        // §4 Borrow and repay
        await client.BorrowAsync(cross, client.Base("1500"), cancellationToken: ct);
        await client.RepayAsync(cross, client.Base("500"), ct);   // repay part
        await client.RepayAsync(cross, null, ct);                 // repay all, including accrued interest

        // §4 Operators
        await client.SetOperatorAsync("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", approved: true, ct);

        // §4 Liquidate
        LiquidationResult result = await client.LiquidateAsync(victim, "WETH", client.Base("10000"), ct);
        Console.WriteLine($"repaid {result.Repaid}, seized {result.Seized} WETH, health {result.HealthBefore} -> {result.HealthAfter}");

        // §4 Insurance pool
        await client.DepositInsuranceAsync(client.Base("10000"), ct);
        var shares = await client.Insurance.BalanceOfQueryAsync(client.Signer);
        await client.RequestInsuranceWithdrawalAsync(shares, ct);        // starts the cooldown (shares, not assets)
        // ... after the cooldown, inside the withdrawal window:
        await client.WithdrawInsuranceAsync(client.Base("10000"), ct);

        // §5 Reads
        AccountView view = await client.GetAccountAsync(cross, cancellationToken: ct);
        Console.WriteLine($"health {view.Health}, utilization {view.Utilization}, debt {view.Debt} / capacity {view.BorrowCapacity}");
        foreach (var c in view.Collateral)
        {
            Console.WriteLine($"{c.Balance} {c.Symbol} = {c.Value} base, add-on {c.EffectiveAddOnBps} bps");
        }

        foreach (var (symbol, call) in view.PendingMarginCalls)
        {
            Console.WriteLine($"margin call on {symbol}: add-on {call.AddOnBps} bps from {call.EffectiveAt:u}");
        }

        MarketView market = await client.GetMarketAsync(ct);
        TokenAmount wallet = await client.BalanceAsync("WETH");
        _ = (market, wallet);

        // §5 Batch health reads
        IReadOnlyList<AccountHealth> healths = await client.GetHealthsAsync([cross, isolated], cancellationToken: ct);
        var liquidatable = healths.Where(h => h.Health.Raw < Wad.One && !h.Debt.IsZero).Select(h => h.Account).ToList();
        _ = liquidatable;

        // §6 Errors
        try
        {
            await client.BorrowAsync(isolated, tooMuch, cancellationToken: ct);
        }
        catch (MarginProtocolException<InsufficientMarginError> e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine($"capacity {new TokenAmount(e.Error.BorrowCapacity, client.Deployment.BaseDecimals)}");
        }
        catch (MarginProtocolException e) when (e.ErrorName is "MarketPaused" or "PriceFrozen")
        {
            Console.WriteLine($"try again later: {e.Message}");
        }

        MarginProtocolException? decoded = ProtocolErrors.FromRevertData("0x");
        _ = (decoded, ProtocolErrors.Names, DeploymentFile.PathFor(".", "localhost"));

        // §7 Amounts
        TokenAmount usdc = client.Base("1000.5");              // base asset: 1000500000 with 6 decimals
        TokenAmount weth = client.Collateral("WETH", "1.5");   // 1500000000000000000 with 18 decimals
        TokenAmount wbtc = client.Collateral("WBTC", "0.1");   // 10000000 with 8 decimals
        TokenAmount raw = new TokenAmount(1_000_500_000, client.Deployment.BaseDecimals);
        Console.WriteLine($"{usdc} = {usdc.Raw} units; sum {usdc + raw}");
        _ = (weth, wbtc, TokenAmount.Parse("1.5", 18));
    }

    // Sdk README: error handling.
    public static async Task ReadmeErrorsAsync(MarginClient client, AccountId cross)
    {
        try
        {
            await client.BorrowAsync(cross, client.Base("1000000"));
        }
        catch (MarginProtocolException<InsufficientMarginError> e)
        {
            // "the operation would leave margin health 0.9997 below the initial requirement of 1.00 (...)"
            Console.WriteLine(e.Message);
            Console.WriteLine($"debt {e.Error.Debt} > capacity {e.Error.BorrowCapacity} (base units)");
        }
        catch (MarginProtocolException e)             // any other protocol error
        {
            Console.WriteLine($"{e.ErrorName}: {e.Message}");
        }
    }

    // Contracts README: raw bindings.
    public static async Task BindingsReadmeAsync(string privateKey, long chainId, string vaultAddress, string owner)
    {
        var web3 = new Nethereum.Web3.Web3(new Nethereum.Web3.Accounts.Account(privateKey, chainId), "http://127.0.0.1:8545");
        var vault = new MarginInsurance.Contracts.MarginVault.MarginVaultService(web3, vaultAddress);           // address from deployments/<network>.json
        var state = (await vault.AccountStateQueryAsync(new AccountStateFunction { Owner = owner, SubId = 0 })).S;
        Console.WriteLine($"health {state.Health} (WAD), debt {state.Debt} (base units)");
        await vault.BorrowRequestAndWaitForReceiptAsync(new BorrowFunction { Owner = owner, SubId = 0, Amount = 1_500_000_000, Receiver = owner });
        try
        {
            await vault.BorrowRequestAndWaitForReceiptAsync(new BorrowFunction { Owner = owner, SubId = 0, Amount = 1, Receiver = owner });
        }
        catch (Nethereum.Contracts.SmartContractCustomErrorRevertException e) when (e.IsCustomErrorFor<InsufficientMarginError>())
        {
            Console.WriteLine(e.DecodeError<InsufficientMarginError>().BorrowCapacity);
        }
    }

    // Core README: pure math.
    public static void CoreReadme()
    {
        var value = MarginInsurance.Core.MarginMath.CollateralValue(System.Numerics.BigInteger.Parse("2000000000000000000"), 2000 * MarginInsurance.Core.WadMath.WAD, 18, 6);  // 4_000_000_000
        var health = MarginInsurance.Core.MarginMath.Health(liquidationCapacity: 3_400_000_000, debt: 1_500_000_000);                    // WAD: 2.2666… e18
        var utilization = MarginInsurance.Core.MarginMath.Utilization(debt: 1_500_000_000, borrowCapacity: 3_200_000_000);               // WAD, rounded up
        if (value != 4_000_000_000 || health != System.Numerics.BigInteger.Parse("2266666666666666666") || utilization != System.Numerics.BigInteger.Parse("468750000000000000"))
        {
            throw new InvalidOperationException("Core README numbers are wrong");
        }
    }
    // docs/sdk.md §9 Perpetual futures
    public static async Task PerpsAsync(MarginClient client, CancellationToken ct)
    {
        var perp = AccountId.Isolated(client.Signer, 2);
        await client.TransferMarginAsync(perp, client.Base("1000"), MarginTransfer.Deposit, cancellationToken: ct);

        var size = client.PerpSize("ETH-PERP", "2");                                   // 2 ETH of ETH-PERP
        TokenAmount quote = await client.QuoteTradeFeeAsync("ETH-PERP", PositionSide.Long, size, ct);
        PerpTradeResult open = await client.OpenPositionAsync(perp, "ETH-PERP", PositionSide.Long, size, maxFee: quote, cancellationToken: ct);
        await client.IncreasePositionAsync(perp, "ETH-PERP", client.PerpSize("ETH-PERP", "0.5"), cancellationToken: ct);
        await client.ReducePositionAsync(perp, "ETH-PERP", client.PerpSize("ETH-PERP", "1"), cancellationToken: ct);
        PerpTradeResult closed = await client.ClosePositionAsync(perp, "ETH-PERP", cancellationToken: ct);
        Console.WriteLine($"closed at {closed.Price.Format("USDC")}: realized {closed.RealizedPnl.Format("USDC")}, fee {closed.Fee}");
        await client.TransferMarginAsync(perp, client.Base("500"), MarginTransfer.Withdraw, cancellationToken: ct);
        _ = open;

        PerpAccountView positions = await client.GetPositionsAsync(perp, cancellationToken: ct);
        Console.WriteLine($"cash {positions.Cash}, equity {positions.Equity}, health {positions.Health}, initial health {positions.InitialHealth}");
        foreach (var p in positions.Positions)
        {
            Console.WriteLine($"{p.Market} {p.Side} {p.Size}: entry {p.EntryPrice}, mark {p.Mark}, uPnL {p.UnrealizedPnl}, funding owed {p.FundingOwed}, " +
                $"margin used {p.InitialMargin}, maintenance {p.MaintenanceMargin}, liquidation {p.LiquidationPrice.Status} {p.LiquidationPrice.Price}");
        }

        await client.DepositLiquidityAsync(client.Base("50000"), ct);
        var lpShares = await client.LiquidityVault.BalanceOfQueryAsync(client.Signer);
        await client.RequestLiquidityWithdrawalAsync(lpShares, ct);   // starts the cooldown (shares, not assets)
        // ... after the cooldown, inside the window (same rules as the insurance pool):
        await client.WithdrawLiquidityAsync(client.Base("10000"), ct);
    }
}
