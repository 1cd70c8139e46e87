using System.CommandLine;
using MarginInsurance.DevTools.Commands;

// Local development commands (never shipped in the margin-insurance tool): the crash demo and the rehearsal loop.
var root = new RootCommand("MarginInsurance local development: the crash demo on a Hardhat node, and funding, seeding and price moves on your own node.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(LocalCommands.Create());
return root.Parse(args).Invoke();
