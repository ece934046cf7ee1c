using System.CommandLine;

namespace Rasd.Cli.Commands;

public static class CommandSet
{
    public static IEnumerable<Command> All()
    {
        yield return AnalyzeCommand.Create();
        yield return DatesCommand.Create();
    }
}
