using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Search;
using Rasd.Store;

namespace Rasd.Server;

/// <summary>
/// Ingests posted documents the way the CLI does: each is put in the store (content-hash idempotent, so the
/// response says stored or duplicate per document), then the shared <see cref="Ingestion"/> service analyses
/// what is pending and saves each analysis, and the search index is updated after each save.
/// One batch at a time: corpus stages are online and run in order.
/// </summary>
internal sealed class ApiIngestion(IStore store, ISearchIndex index)
{
    private readonly object _gate = new();
    private readonly Analyzer _analyzer = Analyzer.Default();
    private Ingestion? _ingestion;
    private StoreStats? _statsAfterLastWrite;

    public IngestResponseDto Ingest(IEnumerable<ReadResult> results, Action<IReadOnlyList<string>> changed)
    {
        var dtos = new List<IngestedDto>();
        var touched = new List<string>();
        int stored = 0, duplicates = 0, rejected = 0;
        lock (_gate)
        {
            foreach (var r in results)
            {
                if (r.Document is not { } doc)
                {
                    rejected++;
                    dtos.Add(new IngestedDto(null, r.Source, null, null, "rejected", r.Error));
                    continue;
                }
                if (store.Put(doc) == PutOutcome.Duplicate)
                {
                    duplicates++;
                    dtos.Add(new IngestedDto(doc.Id, doc.Meta.Source, doc.Meta.Format, doc.Meta.Title, "duplicate", null));
                    continue;
                }
                stored++;
                touched.Add(doc.Id);
                dtos.Add(new IngestedDto(doc.Id, doc.Meta.Source, doc.Meta.Format, doc.Meta.Title, "stored", null));
            }
            if (stored > 0)
            {
                // Another process may have written to the store since: continue from what it holds now.
                if (_ingestion == null || _statsAfterLastWrite != null && !SameCorpus(_statsAfterLastWrite, store.Stats(), stored))
                    _ingestion = new Ingestion(store, _analyzer);
                var failures = new List<Rejection>();
                _ingestion.AnalysePending(new IngestionOptions { OnSaved = index.OnSaved }, failures);
                index.Commit();
                _statsAfterLastWrite = store.Stats();
                for (var i = 0; i < dtos.Count; i++)
                {
                    var id = dtos[i].Id;
                    var failure = id == null ? null : failures.FirstOrDefault(f => f.Reason.Contains(id, StringComparison.Ordinal));
                    if (failure != null) dtos[i] = dtos[i] with { Error = failure.Reason };
                }
            }
        }
        if (touched.Count > 0) changed(touched);
        return new IngestResponseDto(stored, duplicates, rejected, dtos);
    }

    /// <summary>True when the store changed since our last write only by the documents just put.</summary>
    private static bool SameCorpus(StoreStats last, StoreStats now, int justStored) =>
        now.Documents == last.Documents + justStored && now.Events == last.Events && now.Stories == last.Stories && now.Entities == last.Entities;
}
