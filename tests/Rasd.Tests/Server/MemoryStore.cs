using Rasd.Model;
using Rasd.Store;

namespace Rasd.Tests.Server;

/// <summary>An IStore in memory for the API tests: content-hash idempotent like the real stores.</summary>
internal sealed class MemoryStore : IStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Document> _docs = new();
    private readonly List<string> _pending = new();
    private readonly Dictionary<string, string> _failed = new();
    private readonly HashSet<string> _done = new();
    private Corpus _corpus = new();

    public string Location => "(memory)";

    public PutOutcome Put(Document doc)
    {
        lock (_gate)
        {
            if (_docs.ContainsKey(doc.Id)) return PutOutcome.Duplicate;
            _docs[doc.Id] = doc;
            _pending.Add(doc.Id);
            return PutOutcome.Stored;
        }
    }

    public Document? GetDocument(string id) { lock (_gate) return _docs.GetValueOrDefault(id); }

    public IReadOnlyList<string> Pending(int max) { lock (_gate) return _pending.Take(max).ToList(); }

    public void SaveAnalysis(Document doc, Corpus corpus)
    {
        lock (_gate)
        {
            _docs[doc.Id] = doc;
            _pending.Remove(doc.Id);
            _done.Add(doc.Id);
            _corpus = corpus;
        }
    }

    public void MarkFailed(string documentId, string reason)
    {
        lock (_gate) { _pending.Remove(documentId); _failed[documentId] = reason; }
    }

    public Corpus LoadCorpus()
    {
        lock (_gate)
        {
            var c = new Corpus();
            c.Items.AddRange(_corpus.Items);
            foreach (var (k, v) in _corpus.Entities) c.Entities[k] = v;
            c.Events.AddRange(_corpus.Events);
            c.Stories.AddRange(_corpus.Stories);
            return c;
        }
    }

    public IReadOnlyList<Story> Stories() { lock (_gate) return _corpus.Stories.ToList(); }
    public Story? GetStory(string id) { lock (_gate) return _corpus.Stories.FirstOrDefault(s => s.Id == id); }
    public Event? GetEvent(string id) { lock (_gate) return _corpus.Events.FirstOrDefault(e => e.Id == id); }
    public Entity? GetEntity(string id) { lock (_gate) return _corpus.Entities.GetValueOrDefault(id); }
    public IReadOnlyList<Event> Events(string? storyId = null) { lock (_gate) return _corpus.Events.Where(e => storyId == null || e.Story == storyId).ToList(); }
    public IEnumerable<Document> Documents() { lock (_gate) return _docs.Values.Where(d => _done.Contains(d.Id)).ToList(); }

    public StoreStats Stats()
    {
        lock (_gate)
            return new StoreStats(_docs.Count, _corpus.Items.Count, _corpus.Entities.Count, _corpus.Events.Count, _corpus.Stories.Count, _pending.Count, _failed.Count);
    }

    public void Dispose() { }
}
