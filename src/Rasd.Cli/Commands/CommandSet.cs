using System.CommandLine;

namespace Rasd.Cli.Commands;

public static class CommandSet
{
    public static IEnumerable<Command> All()
    {
        yield return AnalyzeCommand.Create();
        yield return TrainCommand.Create();
        yield return NerCommand.Create();
        yield return WorkerCommand.Create();
    }
}
