using System.CommandLine;
using System.Globalization;
using Rasd.Pipeline;
using Rasd.Store;
using Rasd.Store.Postgres;

namespace Rasd.Cli.Commands;

/// <summary>`rasd worker`: claims queued documents from a PostgreSQL store, analyses and links them.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var store = new Option<string?>("--store") { Description = "postgres://user[:password]@host:port/database (default: $RASD_STORE)" };
        var exit = new Option<bool>("--exit-when-idle") { Description = "stop when nothing is left to claim or link" };
        var lease = new Option<string>("--lease") { Description = "how long a claim lasts before another worker may take it over (e.g. 60s, 5m)", DefaultValueFactory = _ => "60s" };
        var batch = new Option<int>("--batch") { Description = "documents claimed at once", DefaultValueFactory = _ => 8 };
        var quiet = new Option<bool>("--quiet") { Description = "print only the summary" };
        var cmd = new Command("worker", "process queued documents of a PostgreSQL store (run many, on one or many machines)") { store, exit, lease, batch, quiet };
        cmd.SetAction((pr, ct) =>
        {
            var spec = pr.GetValue(store);
            if (string.IsNullOrWhiteSpace(spec)) spec = Environment.GetEnvironmentVariable(StoreFactory.EnvironmentVariable);
            if (!PostgresUrl.IsPostgres(spec))
            {
                Console.Error.WriteLine("rasd worker: needs a PostgreSQL store: --store postgres://user@host:port/database (or RASD_STORE)");
                return Task.FromResult(2);
            }
            if (!TryParseDuration(pr.GetValue(lease)!, out var leaseTime))
            {
                Console.Error.WriteLine($"rasd worker: --lease '{pr.GetValue(lease)}' is not a duration (e.g. 30s, 5m, 1h)");
                return Task.FromResult(2);
            }
            if (pr.GetValue(batch) < 1)
            {
                Console.Error.WriteLine("rasd worker: --batch must be at least 1");
                return Task.FromResult(2);
            }
            try
            {
                using var pg = new PostgresStore(spec!);
                var worker = new Worker(pg, Analyzer.Default(), new WorkerOptions
                {
                    Lease = leaseTime, Batch = pr.GetValue(batch), ExitWhenIdle = pr.GetValue(exit),
                });
                var q = pr.GetValue(quiet);
                if (!q) Console.Error.WriteLine($"worker {worker.Id} on {pg.Location}");
                var last = DateTime.UtcNow;
                var summary = worker.Run(ct, s =>
                {
                    if (q || (DateTime.UtcNow - last).TotalSeconds < 5) return;
                    last = DateTime.UtcNow;
                    var queue = pg.Queue();
                    Console.Error.WriteLine($"  analysed {s.Analysed}, linked {s.Linked}, failed {s.Failed}; queue: {queue.Pending} pending, {queue.Claimed} claimed, {queue.Analysed} waiting to link, {queue.Done} done");
                });
                if (Environment.GetEnvironmentVariable("RASD_PROFILE") == "1") Console.Error.WriteLine("merge steps: " + PostgresStore.Profile);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"worker {summary.Id}: analysed {summary.Analysed}, linked {summary.Linked}, failed {summary.Failed}, lost claims {summary.Lost} in {summary.Elapsed.TotalSeconds:F1}s (analysis {summary.AnalysisTime.TotalSeconds:F1}s, merge lock wait {summary.LockWait.TotalSeconds:F1}s, held {summary.LockHeld.TotalSeconds:F1}s, replayed {summary.Replayed} in {summary.ReplayTime.TotalSeconds:F1}s)"));
                return Task.FromResult(0);
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"rasd worker: {e.Message}");
                return Task.FromResult(1);
            }
            catch (Npgsql.NpgsqlException e)
            {
                Console.Error.WriteLine($"rasd worker: PostgreSQL error: {e.Message}");
                return Task.FromResult(1);
            }
        });
        return cmd;
    }

    /// <summary>"60s", "5m", "1h", "1500ms" or a number of seconds.</summary>
    public static bool TryParseDuration(string s, out TimeSpan value)
    {
        value = default;
        s = s.Trim().ToLowerInvariant();
        var (num, unit) = s.EndsWith("ms") ? (s[..^2], 0.001) : s.EndsWith('s') ? (s[..^1], 1.0) : s.EndsWith('m') ? (s[..^1], 60.0) : s.EndsWith('h') ? (s[..^1], 3600.0) : (s, 1.0);
        if (!double.TryParse(num, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0 || double.IsInfinity(n)) return false;
        value = TimeSpan.FromSeconds(n * unit);
        return true;
    }
}
