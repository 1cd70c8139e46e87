using System.CommandLine;
using MarginInsurance.Cli.Commands;

// Thin root: each command group lives in Commands/ and is composed here. The local crash demo and the local rehearsal
// commands are development tools (margin-insurance-dev, under tools/), not part of this production CLI.
var root = new RootCommand("MarginInsurance toolkit: risk engine, deployment and account risk reports.");
root.Subcommands.Add(RiskCommands.Create());
root.Subcommands.Add(DeployCommand.Create());
root.Subcommands.Add(AccountCommand.Create());
return root.Parse(args).Invoke();
