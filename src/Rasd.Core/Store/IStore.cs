using Rasd.Model;

namespace Rasd.Store;

public enum PutOutcome { Stored, Duplicate }

public sealed record StoreStats(long Documents, long Items, long Entities, long Events, long Stories, long Pending, long Failed);

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

    /// <summary>The stored document (text and metadata, with its analysis when it has been analysed), or null.</summary>
    Document? GetDocument(string id);

    /// <summary>Ids of documents waiting to be analysed, oldest first.</summary>
    IReadOnlyList<string> Pending(int max);

    /// <summary>
    /// Saves the analysis of one document and everything of the corpus it touched (its items, the entities,
    /// events and stories it contributed to), and marks it done, in one transaction.
    /// </summary>
    void SaveAnalysis(Document doc, Corpus corpus);

    /// <summary>Marks a document failed with the reason (it is not retried until re-ingested with --retry).</summary>
    void MarkFailed(string documentId, string reason);

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
