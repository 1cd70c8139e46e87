return await MarginInsurance.Keeper.KeeperCli.RunAsync(args).ConfigureAwait(false);
