using System.CommandLine;

namespace Rasd.Cli.Commands;

public static class CommandSet
{
    public static IEnumerable<Command> All()
    {
        yield return AnalyzeCommand.Create();
        yield return IngestCommand.Create();
        yield return StoriesCommand.Create();
        yield return TimelineCommand.Create();
        yield return ShowCommand.Create();
        yield return ExportCommand.Create();
        yield return StatsCommand.Create();
        yield return BenchCommand.Create();
        yield return TrainCommand.Create();
        yield return NerCommand.Create();
        yield return ServeCommand.Create();
        yield return ReindexCommand.Create();
        yield return ReanalyzeCommand.Create();
        yield return WorkerCommand.Create();
        yield return DatesCommand.Create();
    }
}
