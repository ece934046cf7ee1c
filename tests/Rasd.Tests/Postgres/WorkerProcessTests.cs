using System.Diagnostics;
using Rasd.Store;
using Rasd.Store.Postgres;
using Xunit.Abstractions;

namespace Rasd.Tests.Postgres;

/// <summary>Workers as separate processes running the built CLI (`dotnet rasd.dll worker`), as in production.</summary>
public sealed class WorkerProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [PgFact]
    public void Four_worker_processes_ingest_5000_ANT_documents_exactly_once_with_single_process_results()
    {
        const int n = 5000;
        using var db = new PgTestDatabase();
        var docs = ScaleOutKit.Ant(n);
        using (var store = new PostgresStore(db.Url))
            Assert.Equal(n, store.PutMany(ScaleOutKit.Copy(docs)).Count(o => o == PutOutcome.Stored));

        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 4).Select(_ => ScaleOutKit.StartCli("worker", "--store", db.Url, "--exit-when-idle", "--quiet")).ToList();
        var results = workers.Select(w => ScaleOutKit.Wait(w, Timeout)).ToList();
        var elapsed = sw.Elapsed;
        foreach (var r in results) Assert.True(r.Code == 0, $"worker exited with {r.Code}: {r.Err}");
        foreach (var r in results) output.WriteLine(r.Out.Trim());
        output.WriteLine($"4 workers, {n} documents: {elapsed.TotalSeconds:F1}s");

        using var check = new PostgresStore(db.Url);
        var q = check.Queue();
        Assert.True(q.Done == n && q.Total == n, $"every document done exactly once: {q}");
        Assert.Equal(n, db.Count("SELECT count(DISTINCT id) FROM documents"));
        // Each item once, and each document's items are the ones its analysis holds.
        Assert.Equal(db.Count("SELECT count(*) FROM items"), db.Count("SELECT coalesce(sum(jsonb_array_length(analysis->'Items')), 0) FROM documents"));
        // Workers really shared the work.
        Assert.True(db.Count("SELECT count(DISTINCT analysed_by) FROM documents") >= 2, "documents were analysed by a single worker");

        var sp = Stopwatch.StartNew();
        var (reference, _) = ScaleOutKit.SingleProcess(docs);
        output.WriteLine($"single process (in the test host): {sp.Elapsed.TotalSeconds:F1}s");
        var expected = ScaleOutKit.Canonical(reference);
        var actual = ScaleOutKit.Canonical(check);
        Assert.True(expected == actual, "4 workers and one process differ: " + ScaleOutKit.FirstDifference(expected, actual));
    }

    [PgFact]
    public void A_worker_killed_at_random_points_in_20_runs_leaves_every_document_processed_exactly_once()
    {
        var random = new Random(20261123);
        using var db = new PgTestDatabase();
        var all = ScaleOutKit.Ant(20 * 30, skip: 6000);
        var killedBusy = 0;
        for (var run = 0; run < 20; run++)
        {
            // Each run adds 30 new documents to the same store, so later runs also link against an existing corpus.
            var docs = all.Skip(run * 30).Take(30).ToList();
            using (var store = new PostgresStore(db.Url)) store.PutMany(ScaleOutKit.Copy(docs));
            var victim = ScaleOutKit.StartCli("worker", "--store", db.Url, "--lease", "1s", "--batch", "2", "--exit-when-idle", "--quiet");
            // Kill at a random point of the work itself, not of start-up (which varies a lot on a busy machine): once
            // k of the run's documents are claimed (k random, 1 = its first claim), after a further 0-150 ms, so the kill
            // lands in claims, analysis, storing analyses or the merge transaction.
            var k = random.Next(1, docs.Count);
            var ids = string.Join(",", docs.Select(d => "'" + d.Id + "'"));
            var started = Stopwatch.StartNew();
            while (!victim.HasExited && started.Elapsed < TimeSpan.FromSeconds(60) && db.Count($"SELECT count(*) FROM documents WHERE attempts > 0 AND id IN ({ids})") < k)
                Thread.Sleep(2);
            var at = TimeSpan.FromMilliseconds(random.Next(0, 150));
            if (!victim.WaitForExit(at))
            {
                victim.Kill(); // SIGKILL on Unix: no cleanup, its claims stay until the lease runs out
                victim.WaitForExit();
                killedBusy++;
            }
            using (var s = new PostgresStore(db.Url))
                output.WriteLine($"run {run}: killed {at.TotalMilliseconds:F0}ms after {k} claims; queue {s.Queue()}");
        }
        // The next run's worker took over what each killed worker left (expired claims, analysed but unlinked
        // documents); one last worker finishes what the last one left.
        var rescuer = ScaleOutKit.StartCli("worker", "--store", db.Url, "--lease", "1s", "--exit-when-idle", "--quiet");
        var r = ScaleOutKit.Wait(rescuer, TimeSpan.FromMinutes(2));
        Assert.True(r.Code == 0, $"the last worker failed: {r.Err}");
        Assert.True(killedBusy >= 10, $"the worker should usually be killed while working ({killedBusy} of 20)");

        using var check = new PostgresStore(db.Url);
        var q = check.Queue();
        Assert.True(q.Done == all.Count && q.Total == all.Count, $"every document done exactly once: {q}");
        Assert.Equal(db.Count("SELECT count(*) FROM items"), db.Count("SELECT coalesce(sum(jsonb_array_length(analysis->'Items')), 0) FROM documents"));
        var (reference, _) = ScaleOutKit.SingleProcess(all);
        var expected = ScaleOutKit.Canonical(reference);
        var actual = ScaleOutKit.Canonical(check);
        Assert.True(expected == actual, "killed runs differ from one uninterrupted process: " + ScaleOutKit.FirstDifference(expected, actual));
    }
}
