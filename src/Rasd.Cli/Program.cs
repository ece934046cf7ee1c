using Rasd.Cli;

return await CliApp.RunAsync(args);
