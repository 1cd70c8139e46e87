using System.CommandLine;
using MarginInsurance.Cli.Commands;

// Thin root: each command group lives in Commands/ and is composed here (risk today; deploy, keeper, ... can be added alongside).
var root = new RootCommand("MarginInsurance toolkit: risk engine, deployment and keeper tools.");
root.Subcommands.Add(RiskCommands.Create());
root.Subcommands.Add(DeployCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(AccountCommand.Create());
root.Subcommands.Add(LocalCommands.Create());
return root.Parse(args).Invoke();
