using System.CommandLine;

namespace Rasd.Cli;

/// <summary>The `rasd` command line: a thin shell over Rasd.Core. Each command lives in Commands/.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Rasd (رصد): a verified record of events from Arabic news coverage.");
        foreach (var c in Commands.CommandSet.All()) root.Subcommands.Add(c);
        return await root.Parse(args).InvokeAsync();
    }
}
