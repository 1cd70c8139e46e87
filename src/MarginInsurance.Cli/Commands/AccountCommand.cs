using System.CommandLine;
using System.Globalization;
using System.Numerics;
using MarginInsurance.Cli.Reporting;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Risk;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Spectre.Console;

namespace MarginInsurance.Cli.Commands;

/// <summary>Output format of <c>account</c>.</summary>
public enum ReportFormat
{
    /// <summary>Human tables.</summary>
    Table,

    /// <summary>The report as JSON (<see cref="RiskReportDocument"/>).</summary>
    Json,
}

/// <summary>The <c>account</c> command: a trader's risk report (liquidation prices, requirements, stress grid, history).</summary>
public static class AccountCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var owner = new Argument<string>("owner") { Description = "Account owner address (0x…)." };
        var sub = new Option<string>("--sub") { Description = "Sub-account: 0 = cross margin (default), 1 or more = isolated.", DefaultValueFactory = _ => "0" };
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC URL of the chain.", DefaultValueFactory = _ => "http://127.0.0.1:8545" };
        var network = new Option<string>("--network") { Description = "Deployment name: reads deployments/<network>.json.", DefaultValueFactory = _ => "localhost" };
        var deployment = new Option<FileInfo?>("--deployment") { Description = "Deployment file (overrides --network)." };
        var format = new Option<ReportFormat>("--format") { Description = "table (default) or json.", DefaultValueFactory = _ => ReportFormat.Table };
        var shocks = new Option<string[]>("--what-if") { Description = "Price move per collateral, e.g. --what-if WETH=-10 (percent); repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("account", "A trader's risk report: health, liquidation price per collateral, requirements, stress grid and history.")
        {
            owner, sub, rpc, network, deployment, format, shocks,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var id = new AccountId(Address.Require(parse.GetValue(owner), "owner"), ParseSub(parse.GetValue(sub)!));
                var moves = ParseShocks(parse.GetValue(shocks) ?? []);
                var path = parse.GetValue(deployment)?.FullName ?? DeploymentFile.PathFor(RepositoryRoot.Find(Directory.GetCurrentDirectory()), parse.GetValue(network)!);
                var file = DeploymentFile.Load(path);
                return await ReportAsync(parse.GetValue(rpc)!, file, id, moves, parse.GetValue(format), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ArgumentException or DeploymentFileException or InvalidOperationException or HttpRequestException or MarginProtocolException
                or RpcAnswerException or Nethereum.JsonRpc.Client.RpcClientUnknownException)
            {
                var hint = ex is HttpRequestException or Nethereum.JsonRpc.Client.RpcClientUnknownException ? $" (is a node listening at --rpc {parse.GetValue(rpc)}?)" : string.Empty;
                Console.Error.WriteLine($"account failed: {ex.Message}{hint}");
                if (Environment.GetEnvironmentVariable("MARGIN_DEBUG") is { Length: > 0 }) Console.Error.WriteLine(ex.ToString());
                return 2;
            }
        });
        return command;
    }

    // The chain work lives apart from argument parsing, so bad arguments are reported before any RPC type is loaded.
    private static async Task<int> ReportAsync(string url, DeploymentFile file, AccountId id, Dictionary<string, decimal> moves, ReportFormat format, CancellationToken cancellationToken)
    {
        var chainId = (long)(await new Web3(url).Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
        // Reads only: a throwaway key signs nothing.
        var client = await MarginClient.ConnectAsync(url, new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), chainId), file, cancellationToken).ConfigureAwait(false);
        var report = await client.GetRiskReportAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        var whatIf = moves.Count > 0 ? report.WhatIf(moves) : null;
        if (format == ReportFormat.Json)
        {
            var doc = RiskReportDocument.From(report);
            Console.WriteLine(whatIf is null
                ? doc.ToJson()
                : System.Text.Json.JsonSerializer.Serialize(new { report = doc, whatIf = RiskReportDocument.Scenario(whatIf, report.BaseSymbol) }, RiskReportDocument.Json));
        }
        else
        {
            RiskReportTables.Write(report, whatIf);
        }

        return 0;
    }

    private static BigInteger ParseSub(string text) =>
        BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"--sub '{text}' is not a sub-account number; use 0 for cross margin or 1, 2, … for isolated");

    private static Dictionary<string, decimal> ParseShocks(IEnumerable<string> items)
    {
        var moves = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var parts = item.Split('=', 2);
            if (parts.Length != 2 || !decimal.TryParse(parts[1].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) || pct < -100)
                throw new ArgumentException($"--what-if '{item}' is not SYMBOL=PERCENT; write e.g. --what-if WETH=-10 for a 10% fall");
            moves[parts[0]] = pct / 100m;
        }

        return moves;
    }
}
