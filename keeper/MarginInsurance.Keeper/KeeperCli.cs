namespace MarginInsurance.Keeper;

/// <summary>Command line (filled in below).</summary>
public static class KeeperCli
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length);
}
