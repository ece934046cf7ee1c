using System.Collections.Concurrent;
using System.Diagnostics;
using Rasd.Model;
using Rasd.Store;

namespace Rasd.Server;

/// <summary>
/// What the read endpoints serve: a snapshot of the store's corpus with the indexes the pages need
/// (events by story, events by entity, items by id), rebuilt after a write through the API or when another
/// process changed the store (checked at most every few seconds). Documents are fetched on demand and cached.
/// </summary>
internal sealed class StoreView
{
    private readonly IStore _store;
    private readonly TimeSpan _checkInterval;
    private readonly object _loadGate = new();
    private volatile Snapshot? _snapshot;
    private long _lastCheck;
    private int _checking;
    private readonly ConcurrentDictionary<string, Document?> _docs = new();
    // Metadata of every document asked for (small), kept apart from the bounded cache of whole documents.
    private readonly ConcurrentDictionary<string, DocInfo?> _meta = new();
    private const int MaxCachedDocuments = 4096;

    public StoreView(IStore store, TimeSpan checkInterval)
    {
        _store = store;
        _checkInterval = checkInterval;
    }

    public sealed class Snapshot
    {
        public required StoreStats Stats { get; init; }
        public required Corpus Corpus { get; init; }
        public required Dictionary<string, Event> Events { get; init; }
        public required Dictionary<string, Story> Stories { get; init; }
        public required List<Story> StoryOrder { get; init; }
        public required Dictionary<string, List<Event>> EventsByStory { get; init; }
        public required Dictionary<string, List<Event>> EventsByEntity { get; init; }
        public required Dictionary<string, Item> Items { get; init; }
    }

    public Snapshot Current
    {
        get
        {
            var s = _snapshot;
            if (s == null) return Load();
            MaybeCheck(s);
            return _snapshot ?? s;
        }
    }

    /// <summary>Drops the snapshot after a write so the next read sees it.</summary>
    public void Invalidate(IEnumerable<string>? changedDocuments = null)
    {
        _snapshot = null;
        if (changedDocuments != null)
            foreach (var d in changedDocuments) { _docs.TryRemove(d, out _); _meta.TryRemove(d, out _); }
    }

    private void MaybeCheck(Snapshot s)
    {
        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastCheck), now) < _checkInterval) return;
        if (Interlocked.Exchange(ref _checking, 1) == 1) return;
        try
        {
            Interlocked.Exchange(ref _lastCheck, now);
            var stats = _store.Stats();
            if (stats != s.Stats)
            {
                _docs.Clear();
                _meta.Clear();
                _snapshot = null;
            }
        }
        finally
        {
            Interlocked.Exchange(ref _checking, 0);
        }
    }

    private Snapshot Load()
    {
        lock (_loadGate)
        {
            if (_snapshot is { } ready) return ready;
            var stats = _store.Stats();
            var corpus = _store.LoadCorpus();
            var events = new Dictionary<string, Event>();
            var byStory = new Dictionary<string, List<Event>>();
            var byEntity = new Dictionary<string, List<Event>>();
            foreach (var e in corpus.Events)
            {
                events[e.Id] = e;
                if (!string.IsNullOrEmpty(e.Story)) Add(byStory, e.Story, e);
                foreach (var a in e.SourceActors.Concat(e.TargetActors).Append(e.Location).Distinct())
                    if (a != null) Add(byEntity, a, e);
                foreach (var m in e.Mentions)
                    if (m.Attribution != null && !e.SourceActors.Contains(m.Attribution) && !e.TargetActors.Contains(m.Attribution))
                        Add(byEntity, m.Attribution, e);
            }
            foreach (var s in corpus.Stories)
                foreach (var id in s.Events)
                    if (events.TryGetValue(id, out var e) && !(byStory.TryGetValue(s.Id, out var l) && l.Contains(e))) Add(byStory, s.Id, e);
            foreach (var list in byEntity.Values) list.Sort(TimelineOrder.Compare);
            var items = new Dictionary<string, Item>();
            foreach (var i in corpus.Items) items.TryAdd(i.Id, i);
            var order = corpus.Stories
                .OrderByDescending(s => s.Last?.Range?.Last ?? DateOnly.MinValue)
                .ThenByDescending(s => s.Items.Count)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            var snap = new Snapshot
            {
                Stats = stats,
                Corpus = corpus,
                Events = events,
                Stories = corpus.Stories.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First()),
                StoryOrder = order,
                EventsByStory = byStory,
                EventsByEntity = byEntity,
                Items = items,
            };
            Interlocked.Exchange(ref _lastCheck, Stopwatch.GetTimestamp());
            _snapshot = snap;
            return snap;
        }
    }

    private static void Add(Dictionary<string, List<Event>> map, string key, Event e)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<Event>();
        list.Add(e);
    }

    /// <summary>What lists show of a document: title, outlet, publication date (URL when the document was loaded whole).</summary>
    public sealed record DocInfo(string Id, string? Title, string Outlet, string? Url, DateDto? Published);

    public DocInfo? Info(string id)
    {
        if (_meta.TryGetValue(id, out var info)) return info;
        if (_docs.TryGetValue(id, out var d) && d != null)
            info = new DocInfo(d.Id, d.Meta.Title, Views.OutletOf(d, d.Id), d.Meta.Url, DateDto.Of(d.Meta.Published));
        else if (_store.GetInfo(id) is { } i)
            // The store answers this without loading the text and analysis.
            info = new DocInfo(i.Id, i.Title, i.Outlet is { Length: > 0 } o ? o : "document " + i.Id, null, DateDto.OfIso(i.Published));
        _meta[id] = info;
        return info;
    }

    /// <summary>The stored document, cached (bounded).</summary>
    public Document? Document(string id)
    {
        if (_docs.TryGetValue(id, out var d)) return d;
        d = _store.GetDocument(id);
        if (_docs.Count >= MaxCachedDocuments) _docs.Clear();
        _docs[id] = d;
        return d;
    }
}

/// <summary>Dated events by their first day, then by precision (a day before its month), then by id.</summary>
internal static class TimelineOrder
{
    public static int Compare(Event a, Event b)
    {
        var ra = a.Date.Range;
        var rb = b.Date.Range;
        if (ra is null && rb is null) return string.CompareOrdinal(a.Id, b.Id);
        if (ra is null) return 1;
        if (rb is null) return -1;
        var c = ra.Value.First.CompareTo(rb.Value.First);
        if (c != 0) return c;
        c = ra.Value.Last.CompareTo(rb.Value.Last);
        if (c != 0) return c;
        return string.CompareOrdinal(a.Id, b.Id);
    }
}
