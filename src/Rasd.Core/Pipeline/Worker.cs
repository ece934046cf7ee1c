using System.Diagnostics;
using Rasd.Model;
using Rasd.Store.Postgres;

namespace Rasd.Pipeline;

public sealed record WorkerOptions
{
    /// <summary>Name written into claims (host:pid:random by default).</summary>
    public string? Id { get; init; }
    /// <summary>How long a claim lasts without renewal; a killed worker's documents come back after it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Documents claimed at once.</summary>
    public int Batch { get; init; } = 8;
    /// <summary>Stop when the queue is drained (nothing pending, claimed or waiting to be linked).</summary>
    public bool ExitWhenIdle { get; init; }
    /// <summary>How long to sleep when there is nothing to claim.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(250);
}

/// <summary>What a worker did, with where its time went.</summary>
public sealed record WorkerSummary(
    string Id, int Analysed, int Linked, int Failed, int Lost, TimeSpan Elapsed,
    TimeSpan AnalysisTime, TimeSpan LockWait, TimeSpan LockHeld, long Replayed, TimeSpan ReplayTime);

/// <summary>
/// A queue worker for the PostgreSQL store (`rasd worker`). Many run at once, on one or many machines.
///
/// How the work is split, and why:
/// <list type="number">
/// <item>Claim: a short transaction takes the next pending documents in queue order with
/// <c>SELECT … FOR UPDATE SKIP LOCKED</c> and stamps them with this worker's id and a lease
/// (<c>claimed_until</c>). No lock is held after it commits. A worker killed mid-document simply stops renewing;
/// when the lease runs out any worker claims the document again.</item>
/// <item>Analyse: the per-document stages (<see cref="Analyzer.ProcessDocument"/>: cleaning, items, time, NER,
/// event extraction) run outside any lock, in parallel across workers. They depend on the document alone, so the
/// result is the same whoever computes it, and it is stored (status <c>analysed</c>) with a conditional update:
/// a late duplicate from a worker whose claim was taken over is ignored.</item>
/// <item>Link and save: corpus merging (near-duplicates, entities, event coreference, stories) is global and
/// order-dependent: online clustering of document N depends on every earlier document. Rather than locking per
/// story key (which cannot be known before clustering, and would make the outcome depend on timing), merging is
/// serialised: under one transaction-scoped advisory lock (<c>pg_advisory_xact_lock</c>), whichever worker holds
/// it links the analysed documents in queue order, one transaction per document, as long as the next one in order
/// is analysed, and stops at the first that is not (its analyser links it, and the ones after it, when done).
/// Before linking, the worker's in-memory corpus catches up by replaying, in memory and in queue order, the
/// documents other workers linked since its last sync (<see cref="CorpusReplica"/>); corpus stages are
/// deterministic, so this rebuilds their objects and their state exactly (refreshing from stored rows would lose
/// state that is not in rows, such as per-outlet line counts). The corpus therefore sees exactly the sequence of
/// documents a single process would, and the stories and events are identical to a single-process run on the same
/// input order. Only the cheap linking step is serial; the expensive analysis runs in parallel. Each worker pays
/// one in-memory link per document for the replay, outside the lock except for the last few documents.</item>
/// </list>
/// Writes are idempotent: the document row is keyed by content hash, corpus rows by id (upserts), and a
/// document is marked done only if it was not done already, in the same transaction as its corpus rows.
/// </summary>
public sealed class Worker
{
    private readonly PostgresStore _store;
    private readonly Analyzer _analyzer;
    private readonly WorkerOptions _options;
    private readonly CorpusReplica _replica = new();

    public string Id { get; }

    public Worker(PostgresStore store, Analyzer analyzer, WorkerOptions? options = null)
    {
        _store = store;
        _analyzer = analyzer;
        _options = options ?? new WorkerOptions();
        Id = _options.Id ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
    }

    /// <summary>Works until cancelled, or until the queue is drained with <see cref="WorkerOptions.ExitWhenIdle"/>.</summary>
    public WorkerSummary Run(CancellationToken cancel = default, Action<WorkerSummary>? progress = null)
    {
        var start = Stopwatch.GetTimestamp();
        int analysed = 0, linked = 0, failed = 0, lost = 0;
        TimeSpan analysis = TimeSpan.Zero, lockWait = TimeSpan.Zero, held = TimeSpan.Zero;
        WorkerSummary Summary() => new(Id, analysed, linked, failed, lost, Stopwatch.GetElapsedTime(start), analysis, lockWait, held, _replica.Replayed, _replica.ReplayTime);

        void Link(bool wait)
        {
            var o = _store.LinkReady(_replica, _analyzer.Link, wait: wait);
            linked += o.Linked;
            failed += o.Failed;
            lockWait += o.LockWait;
            held += o.LockHeld;
        }

        while (!cancel.IsCancellationRequested)
        {
            var claimed = _store.Claim(Id, _options.Batch, _options.Lease);
            if (claimed.Count == 0)
            {
                // Nothing to analyse: wait for the lock if need be, so the tail of the queue always gets linked.
                Link(wait: true);
                if (_options.ExitWhenIdle && _store.Drained()) break;
                cancel.WaitHandle.WaitOne(_options.Poll);
                continue;
            }
            using (RenewWhileWorking(claimed.Select(c => c.Document.Id).ToList()))
            {
                var done = new List<(Document, double)>();
                foreach (var c in claimed)
                {
                    if (cancel.IsCancellationRequested) break;
                    var t = Stopwatch.GetTimestamp();
                    try
                    {
                        _analyzer.ProcessDocument(c.Document);
                        var el = Stopwatch.GetElapsedTime(t);
                        analysis += el;
                        done.Add((c.Document, el.TotalMilliseconds));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        _store.FailClaimed(c.Document.Id, $"analysis failed: {e.GetType().Name}: {e.Message}");
                        failed++;
                    }
                }
                var stored = _store.StoreAnalysed(Id, done);
                analysed += stored;
                lost += done.Count - stored;
            }
            // While another worker holds the merge lock it links everything ready in order, this worker's
            // documents included: go on analysing rather than queue for the lock.
            Link(wait: false);
            progress?.Invoke(Summary());
        }
        return Summary();
    }

    // Renews the claims every third of the lease while their documents are being analysed.
    private IDisposable RenewWhileWorking(List<string> ids)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, _options.Lease.Ticks / 3));
        return new Timer(_ =>
        {
            foreach (var id in ids)
            {
                try { _store.Renew(Id, id, _options.Lease); }
                catch (Npgsql.NpgsqlException) { /* the next renewal or the lease decides */ }
            }
        }, null, period, period);
    }
}

/// <summary>Time summed per named step (thread-safe), for `rasd worker --profile`.</summary>
public sealed class TimeProfile
{
    private readonly Dictionary<string, TimeSpan> _times = new();
    public void Add(string step, TimeSpan t) { lock (_times) _times[step] = _times.GetValueOrDefault(step) + t; }
    public override string ToString()
    {
        lock (_times) return string.Join(", ", _times.Select(kv => $"{kv.Key} {kv.Value.TotalSeconds:F2}s"));
    }
}
