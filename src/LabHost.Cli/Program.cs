using LabHost.Cli;

return await LabHostCommand.RunAsync(args, Console.Out, Console.Error);
