using System.Runtime.CompilerServices;
using Rasd.Model;

namespace Rasd.Store;

/// <summary>What one document's analysis changed in the corpus: the rows a store must write (and delete) with it.</summary>
public sealed record CorpusDelta(
    IReadOnlyList<Item> Items, IReadOnlyList<Entity> Entities, IReadOnlyList<Event> Events, IReadOnlyList<Story> Stories,
    IReadOnlyList<string> RemovedEntities, IReadOnlyList<string> RemovedEvents, IReadOnlyList<string> RemovedStories);

/// <summary>
/// Finds the corpus objects a document's analysis touched, so a store writes those and not the whole corpus.
/// Corpus stages change objects in place, so the tracker keeps a cheap snapshot of each object (counts of its
/// lists, its key fields) by position and compares: O(corpus) integer and reference comparisons per document.
/// Backend-neutral: SQLite and PostgreSQL both use it. Call <see cref="Accept"/> after the write committed.
/// </summary>
public sealed class CorpusTracker
{
    private static readonly ConditionalWeakTable<Corpus, CorpusTracker> Trackers = new();

    /// <summary>The tracker of a corpus (one per corpus object, shared by every store writing it).</summary>
    public static CorpusTracker For(Corpus corpus) => Trackers.GetValue(corpus, _ => new CorpusTracker());

    private readonly record struct EventSnap(Event Obj, int Mentions, int Sources, int Targets, string Story, DateValue Date, string? Summary, string Type, string Cameo, string? Location, Modality Modality);
    private readonly record struct EntitySnap(Entity Obj, int Aliases, int Roles, string Name, string? NameEn, string? Wikidata, string? Country, EntityType Type);
    private readonly record struct StorySnap(Story Obj, int Items, int Events, string Title, DateValue? First, DateValue? Last);
    private readonly record struct ItemSnap(Item Obj, string? Story, string? NearDuplicateOf, string? Title);

    private readonly List<EventSnap> _events = new();
    private readonly List<EntitySnap> _entities = new();
    private readonly List<StorySnap> _stories = new();
    private readonly List<ItemSnap> _items = new();

    private static EventSnap Snap(Event e) => new(e, e.Mentions.Count, e.SourceActors.Count, e.TargetActors.Count, e.Story, e.Date, e.Summary, e.Type, e.Cameo, e.Location, e.Modality);
    private static EntitySnap Snap(Entity e) => new(e, e.Aliases.Count, e.Roles.Count, e.Name, e.NameEn, e.Wikidata, e.Country, e.Type);
    private static StorySnap Snap(Story s) => new(s, s.Items.Count, s.Events.Count, s.Title, s.First, s.Last);
    private static ItemSnap Snap(Item i) => new(i, i.Story, i.NearDuplicateOf, i.Title);

    /// <summary>Records the corpus as saved: call after loading it from a store or after a write committed.</summary>
    public void Accept(Corpus corpus)
    {
        // After Changes, only the positions it found changed need a new snapshot (unless the lists shifted).
        if (_pending is { } p && ReferenceEquals(p.Corpus, corpus) && !p.Shifted
            && p.Events == corpus.Events.Count && p.Entities == corpus.Entities.Count && p.Stories == corpus.Stories.Count && p.Items == corpus.Items.Count)
        {
            Apply(_events, corpus.Events, p.EventPositions, Snap);
            Apply(_entities, corpus.Entities.Values, p.EntityPositions, Snap);
            Apply(_stories, corpus.Stories, p.StoryPositions, Snap);
            Apply(_items, corpus.Items, p.ItemPositions, Snap);
        }
        else
        {
            Reset(_events, corpus.Events, Snap);
            Reset(_entities, corpus.Entities.Values, Snap);
            Reset(_stories, corpus.Stories, Snap);
            Reset(_items, corpus.Items, Snap);
        }
        _pending = null;
    }

    private sealed record Pending(Corpus Corpus, bool Shifted, int Events, int Entities, int Stories, int Items,
        List<int> EventPositions, List<int> EntityPositions, List<int> StoryPositions, List<int> ItemPositions);
    private Pending? _pending;

    private static void Reset<TObj, TSnap>(List<TSnap> snaps, IEnumerable<TObj> objs, Func<TObj, TSnap> snap)
    {
        snaps.Clear();
        foreach (var o in objs) snaps.Add(snap(o));
    }

    private static void Apply<TObj, TSnap>(List<TSnap> snaps, IEnumerable<TObj> objs, List<int> positions, Func<TObj, TSnap> snap)
    {
        if (positions.Count == 0) return;
        // Lists index directly; a dictionary's values are walked once, in order.
        if (objs is IList<TObj> list)
        {
            foreach (var i in positions)
                if (i < snaps.Count) snaps[i] = snap(list[i]); else snaps.Add(snap(list[i]));
            return;
        }
        var at = 0;
        var k = 0;
        foreach (var o in objs)
        {
            if (k >= positions.Count) break;
            if (positions[k] == at)
            {
                if (at < snaps.Count) snaps[at] = snap(o); else snaps.Add(snap(o));
                k++;
            }
            at++;
        }
    }

    /// <summary>The objects to write with <paramref name="doc"/>'s analysis: its items, what it refers to, and whatever changed or is new.</summary>
    public CorpusDelta Changes(Document doc, Corpus corpus) => Changes([doc], corpus);

    /// <summary>The objects to write with the analyses of <paramref name="docs"/>, saved together in one transaction.</summary>
    public CorpusDelta Changes(IReadOnlyList<Document> docs, Corpus corpus)
    {
        var ep = new List<int>();
        var np = new List<int>();
        var sp = new List<int>();
        var ip = new List<int>();
        var events = Changed(_events, corpus.Events, Snap, s => s.Obj, out var removedEvents, e => e.Id, ep, out var s1);
        var entities = Changed(_entities, corpus.Entities.Values, Snap, s => s.Obj, out var removedEntities, e => e.Id, np, out var s2);
        var stories = Changed(_stories, corpus.Stories, Snap, s => s.Obj, out var removedStories, s => s.Id, sp, out var s3);
        var items = Changed(_items, corpus.Items, Snap, s => s.Obj, out _, i => i.Id, ip, out var s4);
        _pending = new Pending(corpus, s1 || s2 || s3 || s4, corpus.Events.Count, corpus.Entities.Count, corpus.Stories.Count, corpus.Items.Count, ep, np, sp, ip);

        // What the document refers to is written with it even when the snapshot did not see a change.
        var itemSet = new HashSet<Item>(items, ReferenceEqualityComparer.Instance);
        foreach (var doc in docs)
            foreach (var i in doc.Items) if (itemSet.Add(i)) items.Add(i);
        var entitySet = new HashSet<string>(entities.Select(e => e.Id));
        foreach (var doc in docs)
            foreach (var m in doc.Entities)
                if (m.EntityId != null && corpus.Entities.TryGetValue(m.EntityId, out var ent) && entitySet.Add(ent.Id)) entities.Add(ent);
        var storyIds = new HashSet<string>(stories.Select(s => s.Id));
        var wanted = docs.SelectMany(d => d.Items).Select(i => i.Story).Where(s => s != null).ToHashSet();
        if (wanted.Count > 0)
            foreach (var s in corpus.Stories)
                if (wanted.Contains(s.Id) && storyIds.Add(s.Id)) stories.Add(s);
        return new CorpusDelta(items, entities, events, stories, removedEntities, removedEvents, removedStories);
    }

    private static List<TObj> Changed<TObj, TSnap>(List<TSnap> snaps, IEnumerable<TObj> current, Func<TObj, TSnap> snap,
        Func<TSnap, TObj> objOf, out IReadOnlyList<string> removed, Func<TObj, string> id, List<int> positions, out bool shifted)
        // IEquatable: without it Equals is object.Equals, which boxes both snapshots of every object on every save.
        where TObj : class where TSnap : struct, IEquatable<TSnap>
    {
        var changed = new List<TObj>();
        shifted = false;
        var n = 0;
        foreach (var o in current)
        {
            if (n < snaps.Count)
            {
                var old = snaps[n];
                if (!ReferenceEquals(objOf(old), o)) { shifted = true; changed.Add(o); positions.Add(n); }
                else if (!snap(o).Equals(old)) { changed.Add(o); positions.Add(n); }
            }
            else { changed.Add(o); positions.Add(n); }
            n++;
        }
        if (n < snaps.Count) shifted = true;
        if (shifted)
        {
            // A stage removed or replaced objects (a merge): find which ids are gone.
            var now = current.Select(id).ToHashSet();
            removed = snaps.Select(s => id(objOf(s))).Where(x => !now.Contains(x)).Distinct().ToList();
        }
        else removed = Array.Empty<string>();
        return changed;
    }
}
