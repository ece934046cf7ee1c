using System.CommandLine;
using System.Diagnostics;
using Rasd.Pipeline;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>
/// `rasd reanalyze`: analyses every stored document again with this rasd's rules, after an upgrade changed them.
/// The reset is one transaction (documents kept, analyses and the corpus built from them dropped); the documents
/// are then analysed in the order they were first stored, so the store ends as a fresh ingestion of the same
/// inputs would leave it. Interrupted, it leaves the rest pending: the next analyze, ingest or reanalyze goes on.
/// </summary>
public static class ReanalyzeCommand
{
    public static Command Create()
    {
        var store = CliCommon.StoreOption();
        var quiet = CliCommon.QuietOption();
        var ifStale = new Option<bool>("--if-stale") { Description = "only when some stored analysis was made by other rules (else just finish what is pending)" };
        var cmd = new Command("reanalyze", "analyse every stored document again with these rules (after an upgrade)") { store, quiet, ifStale };
        cmd.SetAction(pr =>
        {
            var err = CliCommon.Err(pr);
            var output = CliCommon.Out(pr);
            var q = pr.GetValue(quiet);
            using var s = CliCommon.OpenStore(pr, store, "reanalyze");
            if (s == null) return 1;
            var ingestion = new Ingestion(s);
            var rules = ingestion.Analyzer.Rules;
            var stale = Stale(s, rules);
            var sw = Stopwatch.StartNew();
            var reset = 0;
            if (!pr.GetValue(ifStale) || stale > 0)
            {
                try
                {
                    reset = s.ResetAnalyses();
                }
                catch (Exception ex) when (ex is StoreException or NotSupportedException or System.Data.Common.DbException)
                {
                    err.WriteLine($"rasd reanalyze: cannot reset the analyses of {s.Location}: {ex.Message}; nothing was changed");
                    return 1;
                }
            }
            if (s is Rasd.Store.Postgres.PostgresStore)
            {
                // PostgreSQL mode: workers analyse the queue (and keep the store's search in step).
                output.WriteLine($"{reset} documents queued for reanalysis in {s.Location}; run `rasd worker --store …` to analyse them");
                return 0;
            }
            var failures = new List<Rejection>();
            var (analysed, failed) = CliCommon.WithProgress(pr, q, progress => ingestion.AnalysePending(new IngestionOptions { Progress = progress }, failures));
            foreach (var f in failures.Take(50)) err.WriteLine($"  failed {f.Source}: {f.Reason}");
            output.WriteLine($"{analysed} reanalysed, {failed} failed, with {rules}, in {sw.Elapsed.TotalSeconds:F1} s");
            // Event and item ids of the old analyses are gone: index what the store holds now.
            if (ReindexCommand.Rebuild(s, err, "reanalyze") == null) err.WriteLine("rasd reanalyze: run `rasd reindex` once the index is free");
            return failed > 0 && analysed == 0 ? 1 : 0;
        });
        return cmd;
    }

    /// <summary>Stored analyses made by other rules than <paramref name="rules"/>.</summary>
    public static long Stale(IStore store, string rules) => store.AnalysedBy().Where(kv => kv.Key != rules).Sum(kv => kv.Value);

    /// <summary>
    /// After a command saved analyses: says how many stored analyses other rules made, since a report that mixes
    /// them is not what these rules would give.
    /// </summary>
    public static void NoteStale(IStore store, string rules, TextWriter err, string command)
    {
        var stale = Stale(store, rules);
        if (stale > 0)
            err.WriteLine($"rasd {command}: {stale} documents of {store.Location} were analysed by other rules than this rasd's ({rules}); " +
                          "their analyses, and the events and stories built on them, are as those rules left them: run `rasd reanalyze` to redo them");
    }
}
