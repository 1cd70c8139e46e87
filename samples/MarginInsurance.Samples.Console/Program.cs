// MarginInsurance sample dApp.
//
//   MARGIN_PRIVATE_KEY=0x... dotnet run --project samples/MarginInsurance.Samples.Console -- \
//       [--rpc http://127.0.0.1:8545] [--deployment deployments/localhost.json] [--mint-mocks]
//   dotnet run --project samples/MarginInsurance.Samples.Console -- --local
//
// --mint-mocks   mint the signer mock USDC/WETH/WBTC first (MockERC20.mint is public; local chains only)
// --local        start a Hardhat node, deploy deploy/local.json with ProtocolDeployer, fund a fresh key, run
using MarginInsurance.Samples.ConsoleApp;

var options = SampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    if (options.Local)
    {
        await LocalRun.RunAsync(cancel.Token);
    }
    else
    {
        await SampleFlow.RunFromEnvironmentAsync(options, cancel.Token);
    }

    return 0;
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    // Every SDK exception carries a readable message (never a key, never only raw revert data).
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
