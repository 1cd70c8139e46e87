namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>Command-line options of the sample.</summary>
internal sealed record SampleOptions(string Rpc, string Deployment, bool MintMocks, bool Local)
{
    public const string Usage =
        "usage: margin-sample [--rpc URL] [--deployment PATH] [--mint-mocks] | --local\n" +
        "  --rpc URL          JSON-RPC endpoint (default http://127.0.0.1:8545)\n" +
        "  --deployment PATH  deployments file (default deployments/localhost.json)\n" +
        "  --mint-mocks       mint the signer mock tokens first (local chains with MockERC20 only)\n" +
        "  --local            start a Hardhat node, deploy deploy/local.json, fund a fresh key and run\n" +
        "  the signing key is read from MARGIN_PRIVATE_KEY (not needed with --local)";

    public static SampleOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new SampleOptions("http://127.0.0.1:8545", Path.Combine("deployments", "localhost.json"), false, false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--rpc" when i + 1 < args.Count:
                    options = options with { Rpc = args[++i] };
                    break;
                case "--deployment" when i + 1 < args.Count:
                    options = options with { Deployment = args[++i] };
                    break;
                case "--mint-mocks":
                    options = options with { MintMocks = true };
                    break;
                case "--local":
                    options = options with { Local = true };
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option '{args[i]}'");
                    return null;
            }
        }

        return options;
    }
}
