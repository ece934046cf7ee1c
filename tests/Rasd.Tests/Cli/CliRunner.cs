using Rasd.Cli;

namespace Rasd.Tests.Cli;

public sealed record CliResult(int Exit, string Out, string Err);

/// <summary>Runs `rasd` in-process with its output captured (no shared Console state, so tests may run in parallel).</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.RunAsync(args, o, e).GetAwaiter().GetResult();
        return new CliResult(exit, o.ToString(), e.ToString());
    }
}
