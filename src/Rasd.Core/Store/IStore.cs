using Rasd.Model;

namespace Rasd.Store;

public enum PutOutcome { Stored, Duplicate }

public sealed record StoreStats(long Documents, long Items, long Entities, long Events, long Stories, long Pending, long Failed);

public enum DocumentStatus { Pending, Done, Failed }

/// <summary>What the store knows about a document without loading its text or analysis.</summary>
public sealed record DocumentInfo(
    string Id, string Source, string Format, string? Outlet, string? Title, string? Published,
    DocumentStatus Status, string? Error, int Length);

/// <summary>
/// What every backend (SQLite embedded, PostgreSQL shared) provides. Documents are keyed by content hash,
/// so putting the same content twice stores it once. Each document's analysis is saved in one transaction:
/// a crash leaves either all of it or none of it.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>Where the store is, for messages (a path or a connection string without password).</summary>
    string Location { get; }

    /// <summary>Stores the document's text and metadata as pending, unless the same content is already stored.</summary>
    PutOutcome Put(Document doc);

    /// <summary>Puts a batch in one transaction (much faster than one by one); outcomes in input order.</summary>
    IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<Document> docs) => docs.Select(Put).ToList();

    /// <summary>Status and key fields of a stored document, or null. Backends should answer this without loading the text.</summary>
    DocumentInfo? GetInfo(string id)
    {
        var d = GetDocument(id);
        if (d == null) return null;
        var status = Pending(int.MaxValue).Contains(id) ? DocumentStatus.Pending : DocumentStatus.Done;
        return new DocumentInfo(d.Id, d.Meta.Source, d.Meta.Format, d.Meta.Outlet, d.Meta.Title, d.Meta.Published.Iso, status, null, d.Text.Length);
    }

    /// <summary>A stored item, or null.</summary>
    Item? GetItem(string id) => LoadCorpus().Items.FirstOrDefault(i => i.Id == id);

    /// <summary>Every entity, by id.</summary>
    IReadOnlyList<Entity> Entities() => LoadCorpus().Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    /// <summary>Puts failed documents back in the queue; returns how many.</summary>
    int RetryFailed() => 0;

    /// <summary>The stored document (text and metadata, with its analysis when it has been analysed), or null.</summary>
    Document? GetDocument(string id);

    /// <summary>Ids of documents waiting to be analysed, oldest first.</summary>
    IReadOnlyList<string> Pending(int max);

    /// <summary>
    /// Saves the analysis of one document and everything of the corpus it touched (its items, the entities,
    /// events and stories it contributed to), and marks it done, in one transaction.
    /// </summary>
    void SaveAnalysis(Document doc, Corpus corpus);

    /// <summary>
    /// Saves several analysed documents and the corpus objects they touched in one transaction (all or none):
    /// cheaper than one transaction each when a batch is linked in a row.
    /// </summary>
    void SaveAnalyses(IReadOnlyList<Document> docs, Corpus corpus)
    {
        foreach (var d in docs) SaveAnalysis(d, corpus);
    }

    /// <summary>Marks a document failed with the reason (it is not retried until re-ingested with --retry).</summary>
    void MarkFailed(string documentId, string reason);

    /// <summary>
    /// Analysed documents by the rules that analysed them (<see cref="Rasd.Pipeline.RuleSet"/>; "" for analyses
    /// stored before rasd recorded its rules).
    /// </summary>
    IReadOnlyDictionary<string, long> AnalysedBy() => Documents()
        .Where(d => d.Sentences.Count > 0 || d.Items.Count > 0 || d.AnalysedBy != null)
        .GroupBy(d => d.AnalysedBy ?? "")
        .ToDictionary(g => g.Key, g => g.LongCount(), StringComparer.Ordinal);

    /// <summary>
    /// Puts every document back in the queue, failed ones included, and drops what analysis built (the analyses,
    /// items, entities, events and stories), in one transaction; returns how many documents are queued. The
    /// documents themselves, with the metadata their readers gave, are kept: analysing the queue then rebuilds the
    /// corpus in the order the documents were first stored, as if they were ingested anew.
    /// </summary>
    int ResetAnalyses() => throw new NotSupportedException($"{GetType().Name} cannot reset its analyses");

    /// <summary>Loads the cross-document knowledge (entities, events, stories, stage state) to continue online.</summary>
    Corpus LoadCorpus();

    IReadOnlyList<Story> Stories();
    Story? GetStory(string id);
    Event? GetEvent(string id);
    Entity? GetEntity(string id);
    IReadOnlyList<Event> Events(string? storyId = null);
    IEnumerable<Document> Documents();

    StoreStats Stats();
}
