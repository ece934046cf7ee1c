using System.CommandLine;
using Rasd.Pipeline;

namespace Rasd.Cli.Commands;

/// <summary>`rasd ingest PATH|URL…`: read, store (once per content) and analyse; ends with the summary.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "files, folders or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var store = CliCommon.StoreOption();
        var quiet = CliCommon.QuietOption();
        var noAnalyze = new Option<bool>("--no-analyze") { Description = "store only; analyse later (the next ingest or analyze picks pending documents up)" };
        var retry = new Option<bool>("--retry") { Description = "put documents whose analysis failed back in the queue first" };
        var cmd = new Command("ingest", "read inputs into the store and analyse them; the same content is stored once") { inputs, store, quiet, noAnalyze, retry };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "ingest");
            if (s == null) return 1;
            if (pr.GetValue(retry)) s.RetryFailed();
            var q = pr.GetValue(quiet);
            var ingestion = new Ingestion(s);
            // PostgreSQL mode: ingest only enqueues; `rasd worker` processes (and indexes, in the store) the queue.
            var queued = s is Rasd.Store.Postgres.PostgresStore;
            using var index = queued ? null : SearchHook.Open(s, CliCommon.Err(pr), "ingest");
            var summary = CliCommon.WithProgress(pr, q, progress => ingestion.Run(pr.GetValue(inputs)!, new IngestionOptions
            {
                Analyse = !pr.GetValue(noAnalyze) && !queued,
                Progress = progress,
                OnSaved = index == null ? null : index.OnSaved,
            }));
            CliCommon.WriteSummary(CliCommon.Out(pr), summary);
            if (!q) ReanalyzeCommand.NoteStale(s, ingestion.Analyzer.Rules, CliCommon.Err(pr), "ingest");
            if (queued && !q && summary.Stored > 0)
                CliCommon.Err(pr).WriteLine($"rasd ingest: {summary.Stored} documents queued in {s.Location}; run `rasd worker --store …` to analyse them");
            return summary.NothingRead ? 1 : 0;
        });
        return cmd;
    }
}
