using System.CommandLine;
using System.Text;

namespace Rasd.Cli;

/// <summary>The `rasd` command line: a thin shell over Rasd.Core. Each command lives in Commands/.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Rasd (رصد): a verified record of events from Arabic news coverage.");
        foreach (var c in Commands.CommandSet.All()) root.Subcommands.Add(c);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // Arabic in and out, whatever the terminal's locale says.
        Console.OutputEncoding = new UTF8Encoding(false);
        return await CreateRoot().Parse(args).InvokeAsync();
    }

    /// <summary>Runs a command line with its output and errors written to the given writers (tests, embedding).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
}
