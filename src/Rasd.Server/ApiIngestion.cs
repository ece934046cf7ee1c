using Rasd.Ingest;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Search;
using Rasd.Store;

namespace Rasd.Server;

/// <summary>
/// Ingests posted documents the way the CLI does: put (content-hash idempotent) → analyse → save → index.
/// One batch at a time: corpus stages are online and run in order.
/// </summary>
internal sealed class ApiIngestion(IStore store, ISearchIndex index)
{
    private readonly object _gate = new();
    private readonly Analyzer _analyzer = Analyzer.Default();
    private Corpus? _corpus;
    private StoreStats? _statsAfterLastWrite;

    public IngestResponseDto Ingest(IEnumerable<ReadResult> results, Action<IReadOnlyList<string>> changed)
    {
        var dtos = new List<IngestedDto>();
        var touched = new List<string>();
        int stored = 0, duplicates = 0, rejected = 0;
        lock (_gate)
        {
            // Another process may have written to the store since: continue from what it holds now.
            if (_corpus != null && _statsAfterLastWrite != store.Stats()) _corpus = null;
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
                try
                {
                    _corpus ??= store.LoadCorpus();
                    _analyzer.ProcessDocument(doc);
                    _analyzer.Link(doc, _corpus);
                    store.SaveAnalysis(doc, _corpus);
                    index.OnSaved(doc, _corpus);
                    dtos.Add(new IngestedDto(doc.Id, doc.Meta.Source, doc.Meta.Format, doc.Meta.Title, "stored", null));
                }
                catch (Exception ex)
                {
                    // The in-memory corpus may hold half of this document: reload it next time.
                    _corpus = null;
                    store.MarkFailed(doc.Id, ex.Message);
                    dtos.Add(new IngestedDto(doc.Id, doc.Meta.Source, doc.Meta.Format, doc.Meta.Title, "stored", "analysis failed: " + ex.Message));
                }
            }
            if (stored > 0)
            {
                index.Commit();
                _statsAfterLastWrite = store.Stats();
            }
        }
        if (touched.Count > 0) changed(touched);
        return new IngestResponseDto(stored, duplicates, rejected, dtos);
    }
}
