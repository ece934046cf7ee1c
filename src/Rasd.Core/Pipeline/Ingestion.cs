using System.Diagnostics;
using Rasd.Ingest;
using Rasd.Model;
using Rasd.Store;

namespace Rasd.Pipeline;

/// <summary>An input that could not be read, or a document whose analysis failed, with the reason.</summary>
public sealed record Rejection(string Source, string Reason);

/// <summary>What an ingestion did. <see cref="Documents"/> lists the ids of every document the inputs held (stored or duplicate), in input order.</summary>
public sealed record IngestSummary(
    int Read, int Stored, int Duplicates, int Rejected, IReadOnlyList<Rejection> Rejections,
    int Analysed, int Failed, IReadOnlyList<Rejection> Failures, IReadOnlyList<string> Documents,
    long Bytes, TimeSpan ReadTime, TimeSpan AnalyseTime)
{
    /// <summary>"N read, N stored, N duplicates, N rejected" (the line scripts read).</summary>
    public string Line => $"{Read} read, {Stored} stored, {Duplicates} duplicates, {Rejected} rejected";

    /// <summary>Nothing could be read: the only case the CLI exits non-zero for.</summary>
    public bool NothingRead => Read == 0;
}

/// <summary>Where an ingestion is: phase ("read" or "analyse"), documents done, and the total when known.</summary>
public readonly record struct IngestProgress(string Phase, int Done, int? Total);

public sealed class IngestionOptions
{
    /// <summary>Analyse pending documents after storing (false: store only).</summary>
    public bool Analyse { get; init; } = true;
    /// <summary>Documents per store transaction and per parallel analysis batch.</summary>
    public int BatchSize { get; init; } = 256;
    public Action<IngestProgress>? Progress { get; init; }
    /// <summary>Called for each rejected input and failed document as it happens (for messages while the run goes on).</summary>
    public Action<Rejection>? OnRejected { get; init; }
    /// <summary>Called after each document's analysis is saved, with the corpus it updated (the search index keeps in step through this).</summary>
    public Action<Document, Corpus>? OnSaved { get; init; }
    /// <summary>Reads inputs into documents; default: <see cref="Ingestion.ReadInputs"/>.</summary>
    public Func<IEnumerable<string>, IEnumerable<ReadResult>>? Reader { get; init; }
    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// The ingestion service the CLI, the server and the workers share: read inputs → put them in the store
/// (content-hash idempotent) → analyse pending documents (document stages in parallel, corpus linking in order)
/// → save each analysis in its own transaction. A document whose analysis throws is marked failed with the
/// reason and the batch goes on. A crash loses nothing committed: the next run finds the rest still pending.
/// </summary>
public sealed class Ingestion
{
    private readonly IStore _store;
    private Corpus? _corpus;

    public Analyzer Analyzer { get; }

    public Ingestion(IStore store, Analyzer? analyzer = null)
    {
        _store = store;
        Analyzer = analyzer ?? Analyzer.Default();
    }

    /// <summary>The corpus as of the last analysis (loaded from the store when first needed).</summary>
    public Corpus Corpus => _corpus ??= _store.LoadCorpus();

    /// <summary>Reads, stores and (unless told otherwise) analyses everything pending.</summary>
    public IngestSummary Run(IEnumerable<string> inputs, IngestionOptions? options = null)
    {
        options ??= new IngestionOptions();
        var reader = options.Reader ?? ReadInputs;
        return Run(reader(inputs), options);
    }

    /// <summary>Same as <see cref="Run(IEnumerable{string}, IngestionOptions?)"/> over results already read.</summary>
    public IngestSummary Run(IEnumerable<ReadResult> results, IngestionOptions? options = null)
    {
        options ??= new IngestionOptions();
        var ct = options.Cancellation;
        var rejections = new List<Rejection>();
        var ids = new List<string>();
        var seen = new HashSet<string>();
        int read = 0, stored = 0, duplicates = 0;
        long bytes = 0;
        var batch = new List<Document>(options.BatchSize);
        long batchChars = 0;
        var sw = Stopwatch.StartNew();

        void Flush()
        {
            if (batch.Count == 0) return;
            var outcomes = _store.PutMany(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                if (outcomes[i] == PutOutcome.Stored) stored++; else duplicates++;
                if (seen.Add(batch[i].Id)) ids.Add(batch[i].Id);
            }
            batch.Clear();
            batchChars = 0;
            options.Progress?.Invoke(new IngestProgress("read", read, null));
        }

        foreach (var r in results)
        {
            if (ct.IsCancellationRequested) break;
            if (r.Document is not { } doc)
            {
                var rej = new Rejection(r.Source, r.Error ?? "unreadable");
                rejections.Add(rej);
                options.OnRejected?.Invoke(rej);
                continue;
            }
            read++;
            bytes += System.Text.Encoding.UTF8.GetByteCount(doc.Text);
            batch.Add(doc);
            batchChars += doc.Text.Length;
            // Bound a transaction by size too, so a batch of huge documents does not hold everything in memory.
            if (batch.Count >= options.BatchSize || batchChars > 16_000_000) Flush();
        }
        Flush();
        var readTime = sw.Elapsed;

        int analysed = 0, failed = 0;
        var failures = new List<Rejection>();
        sw.Restart();
        if (options.Analyse && !ct.IsCancellationRequested)
            (analysed, failed) = AnalysePending(options, failures);

        return new IngestSummary(read, stored, duplicates, rejections.Count, rejections, analysed, failed, failures, ids, bytes, readTime, sw.Elapsed);
    }

    /// <summary>Documents saved per transaction during analysis (each document is still all-or-nothing).</summary>
    public int SaveGroup { get; init; } = 64;

    /// <summary>
    /// Analyses every pending document of the store, oldest first; returns (analysed, failed). Documents are read
    /// from the store on a thread of their own, analysed by one thread per core, and linked (in order) and saved
    /// on the calling thread while the next ones are being analysed.
    /// </summary>
    public (int Analysed, int Failed) AnalysePending(IngestionOptions? options = null, List<Rejection>? failures = null)
    {
        options ??= new IngestionOptions();
        var ct = options.Cancellation;
        var total = (int)Math.Min(int.MaxValue, _store.Stats().Pending);
        int analysed = 0, failed = 0;
        if (total == 0) return (0, 0);
        // A document stays pending while it is being worked on; ids in flight (taken, not yet saved or failed) are
        // not taken again. The reading thread adds to it, the calling thread removes: both under its lock.
        var taken = new HashSet<string>();
        options.Progress?.Invoke(new IngestProgress("analyse", 0, total));

        IEnumerable<(string Id, Document? Doc)> Pending()
        {
            while (!ct.IsCancellationRequested)
            {
                List<string> ids = [];
                List<Document?> docs = [];
                Analyzer.Measure("store: load", () =>
                {
                    lock (taken) ids = _store.Pending(options.BatchSize + taken.Count).Where(taken.Add).Take(options.BatchSize).ToList();
                    if (ids.Count > 0) docs = ids.Select(_store.GetDocument).ToList();
                });
                if (ids.Count == 0) yield break;
                for (var i = 0; i < ids.Count; i++) yield return (ids[i], docs[i]);
            }
        }

        void Analyse((string Id, Document? Doc) x)
        {
            if (x.Doc is { } d) Analyzer.ProcessDocument(d);
        }

        void Forget(string id)
        {
            lock (taken) taken.Remove(id);
        }

        void Fail(string id, string source, string error)
        {
            failed++;
            var f = new Rejection(source, $"analysis of {id} failed: {error}");
            failures?.Add(f);
            options.OnRejected?.Invoke(f);
            _store.MarkFailed(id, error);
            Forget(id);
        }

        var group = new List<Document>();
        void Save()
        {
            if (group.Count == 0) return;
            var saved = false;
            try
            {
                Analyzer.Measure("store: save", () => _store.SaveAnalyses(group, Corpus));
                analysed += group.Count;
                saved = true;
                // No longer pending: forgetting them keeps the pending query short instead of growing with the run.
                foreach (var d in group) Forget(d.Id);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing of the group was written; the corpus in memory is ahead of the store: reload it.
                _corpus = null;
                foreach (var d in group) Fail(d.Id, d.Meta.Source, "saving failed: " + Reason(ex));
            }
            // After the commit: a hook that fails cannot un-save the documents.
            if (saved && options.OnSaved != null) foreach (var d in group) options.OnSaved(d, Corpus);
            group.Clear();
            // Documents of this run are in the store now; keeping them would grow memory with the corpus.
            _corpus?.Documents.Clear();
            options.Progress?.Invoke(new IngestProgress("analyse", Math.Min(total, analysed + failed), total));
        }

        bool putBack;
        do
        {
            putBack = false;
            foreach (var ((id, d), error) in OrderedWork.Run(Pending(), Analyse, Environment.ProcessorCount, window: 2 * options.BatchSize))
            {
                if (d == null || error != null)
                {
                    Fail(id, d?.Meta.Source ?? id, error != null ? Reason(error) : "vanished from the store");
                    continue;
                }
                try
                {
                    Analyzer.Link(d, Corpus);
                    group.Add(d);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Fail(d.Id, d.Meta.Source, Reason(ex));
                    // The corpus may hold half of this document: drop it, and the unsaved documents linked into it
                    // stay pending and are analysed again against the corpus the store holds.
                    foreach (var g in group) Forget(g.Id);
                    group.Clear();
                    _corpus = null;
                    putBack = true;
                    continue;
                }
                if (group.Count >= SaveGroup) Save();
            }
            Save();
            // Documents put back after a corpus stage failure are taken again once the others are done.
        } while (putBack && !ct.IsCancellationRequested);
        return (analysed, failed);
    }

    private static string Reason(Exception ex)
    {
        var where = ex.TargetSite?.DeclaringType?.Name;
        return (where != null ? $"{ex.GetType().Name} in {where}: " : ex.GetType().Name + ": ") + ex.Message;
    }

    /// <summary>
    /// Reads files, folders (recursively, in name order) and URLs into documents, never throwing for bad input.
    /// </summary>
    public static IEnumerable<ReadResult> ReadInputs(IEnumerable<string> inputs) => Inputs.Read(inputs);
}
