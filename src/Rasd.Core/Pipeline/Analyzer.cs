using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Rasd.Model;

namespace Rasd.Pipeline;

/// <summary>
/// The whole pipeline: document stages in parallel, then corpus stages in input order.
/// Stages are registered in <see cref="Default"/> in pipeline order.
/// </summary>
public sealed class Analyzer
{
    public IReadOnlyList<IDocumentStage> DocumentStages { get; }
    public IReadOnlyList<ICorpusStage> CorpusStages { get; }
    /// <summary>Time spent per stage, summed over documents (for `rasd bench`).</summary>
    public Dictionary<string, TimeSpan> StageTimes { get; } = new();
    /// <summary>CPU time of the running thread per stage, summed over documents (zero where <see cref="ThreadCpu"/> is unavailable).</summary>
    public Dictionary<string, TimeSpan> StageCpuTimes { get; } = new();
    /// <summary>Bytes allocated by the running thread per stage, summed over documents: unlike times, the same on a busy machine.</summary>
    public Dictionary<string, long> StageAllocations { get; } = new();
    private readonly object _timesLock = new();

    public Analyzer(IEnumerable<IDocumentStage> documentStages, IEnumerable<ICorpusStage> corpusStages)
    {
        DocumentStages = documentStages.ToList();
        CorpusStages = corpusStages.ToList();
        Rules = RuleSet.Of(DocumentStages, CorpusStages);
    }

    /// <summary>The id of these rules (<see cref="RuleSet"/>), recorded on every document they analyse.</summary>
    public string Rules { get; }

    /// <summary>The standard pipeline: ingest → clean → items → language → time → actors → events → stories.</summary>
    public static Analyzer Default() => new(StageRegistry.DocumentStages(), StageRegistry.CorpusStages());

    public void ProcessDocument(Document doc)
    {
        foreach (var stage in DocumentStages) Timed(stage.Name, () => stage.Process(doc));
        doc.Scratch = null;
        doc.AnalysedBy = Rules;
    }

    public void Link(Document doc, Corpus corpus)
    {
        corpus.Documents.Add(doc);
        corpus.Items.AddRange(doc.Items);
        foreach (var stage in CorpusStages) Timed(stage.Name, () => stage.Process(doc, corpus));
    }

    /// <summary>
    /// Runs everything over a batch: documents are analysed in parallel and linked in input order on the calling
    /// thread while later ones are still being analysed. A stage's exception is thrown after the documents before it are linked.
    /// </summary>
    public void Run(IReadOnlyList<Document> docs, Corpus corpus, Action<int>? progress = null) => Run(docs, corpus, keepDocuments: true, progress);

    /// <summary>
    /// Same over a stream read on a thread of its own while earlier documents are analysed. Without
    /// <paramref name="keepDocuments"/>, linked documents leave <see cref="Corpus.Documents"/> in groups, as ingestion
    /// drops them once saved: memory is then bounded by the corpus objects (items, entities, events, stories), not by
    /// every document's text and spans.
    /// </summary>
    public void Run(IEnumerable<Document> docs, Corpus corpus, bool keepDocuments, Action<int>? progress = null)
    {
        var linked = 0;
        foreach (var (doc, error) in OrderedWork.Run(docs, ProcessDocument, Environment.ProcessorCount, window: Window))
        {
            if (error != null) ExceptionDispatchInfo.Throw(error);
            Link(doc, corpus);
            progress?.Invoke(++linked);
            if (!keepDocuments && corpus.Documents.Count >= ForgetGroup) corpus.Documents.Clear();
        }
    }

    /// <summary>Documents read ahead of linking.</summary>
    public const int Window = 256;

    /// <summary>Linked documents dropped at once by <see cref="Run(IEnumerable{Document}, Corpus, bool, Action{int}?)"/> (ingestion's save group).</summary>
    public const int ForgetGroup = 64;

    /// <summary>Runs <paramref name="a"/> and adds its time, CPU and allocations to <paramref name="name"/>'s totals (stages, and the store's steps).</summary>
    public void Measure(string name, Action a) => Timed(name, a);

    private void Timed(string name, Action a)
    {
        var t = Stopwatch.GetTimestamp();
        var c = ThreadCpu.NowNs();
        var b = GC.GetAllocatedBytesForCurrentThread();
        a();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - b;
        var cpu = TimeSpan.FromTicks((ThreadCpu.NowNs() - c) / 100);
        var el = Stopwatch.GetElapsedTime(t);
        lock (_timesLock)
        {
            StageTimes[name] = StageTimes.GetValueOrDefault(name) + el;
            StageCpuTimes[name] = StageCpuTimes.GetValueOrDefault(name) + cpu;
            StageAllocations[name] = StageAllocations.GetValueOrDefault(name) + bytes;
        }
    }
}
