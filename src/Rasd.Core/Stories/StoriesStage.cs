using Rasd.Data;
using Rasd.Events;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Stories;

/// <summary>
/// The "stories" corpus stage: each new item joins the story thread it shares the most with (events, actors, words,
/// weighted by how rare they are among stories, within a recency window) or starts a new one. Online and sub-quadratic:
/// candidates come from an inverted index feature → the most recent stories holding it (capped), so the cost per item
/// stays flat as the store grows. Story profiles live on <see cref="Story.Profile"/>; the index in <see cref="Corpus.State"/>
/// is rebuilt from <see cref="Corpus.Stories"/> when absent (a corpus loaded from a store).
/// </summary>
public sealed class StoriesStage : ICorpusStage
{
    public string Name => "stories";
    private const string StateKey = "stories";
    /// <summary>Stories remembered per feature (most recent first served).</summary>
    public const int PostingCap = 32;
    /// <summary>Items at most of the smaller of two stories an item bridges, for them to become one.</summary>
    public const int BridgedItems = 2;
    /// <summary>Features kept in a story profile.</summary>
    public const int ProfileCap = 240;
    /// <summary>Share of an item's weighted features a story must hold for the item to join it.</summary>
    public double Threshold { get; init; } = 0.28;
    /// <summary>Days between an item and a story's latest activity beyond which it starts a new story.</summary>
    public int WindowDays { get; init; } = 60;

    private static readonly Lazy<HashSet<string>> Stop = new(() =>
        DataFiles.ReadTsv("stories/stopwords.tsv").Select(f => ArabicNormalizer.Normalize(f[0].Trim())).ToHashSet(StringComparer.Ordinal));

    internal sealed class Index
    {
        /// <summary>A story in the postings, with room for an item's partial score.</summary>
        public sealed class Node(Story story)
        {
            public readonly Story Story = story;
            public int Stamp;
            public double Partial;
        }

        public readonly Dictionary<string, List<Node>> Recent = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Df = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Story> ById = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Story> ByItem = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
        public int Stamp;
        // Position of each event in Corpus.Events (events are only ever appended), filled up to _mapped.
        private readonly Dictionary<Event, int> _position = new(ReferenceEqualityComparer.Instance);
        private int _mapped;

        /// <summary>Positions of <paramref name="of"/> in <paramref name="events"/>, or null when one is not there.</summary>
        public List<int>? Positions(List<Event> events, IReadOnlyList<Event> of)
        {
            if (_mapped > events.Count) { _position.Clear(); _mapped = 0; }
            for (; _mapped < events.Count; _mapped++) _position[events[_mapped]] = _mapped;
            var at = new List<int>(of.Count);
            foreach (var e in of)
            {
                if (!_position.TryGetValue(e, out var k) || !ReferenceEquals(events[k], e)) return null;
                at.Add(k);
            }
            return at;
        }

        public Node NodeOf(Story s)
        {
            if (!_nodes.TryGetValue(s.Id, out var n) || !ReferenceEquals(n.Story, s)) _nodes[s.Id] = n = new Node(s);
            return n;
        }

        public void Touch(string feature, Story s) => Touch(feature, NodeOf(s));

        public void Touch(string feature, Node n)
        {
            if (!Recent.TryGetValue(feature, out var l)) Recent[feature] = l = new List<Node>(4);
            for (var k = l.Count - 1; k >= 0; k--)
                if (ReferenceEquals(l[k], n)) { l.RemoveAt(k); break; }
            l.Add(n);
            if (l.Count > PostingCap) l.RemoveAt(0);
        }

        public void Remove(string feature, Story s)
        {
            if (Recent.TryGetValue(feature, out var l) && _nodes.TryGetValue(s.Id, out var n)) l.Remove(n);
        }
    }

    private static Index Build(Corpus corpus)
    {
        var ix = new Index();
        foreach (var s in corpus.Stories.OrderBy(s => s.LastActive ?? DateOnly.MinValue))
        {
            ix.ById[s.Id] = s;
            foreach (var f in s.Profile.Keys)
            {
                ix.Df[f] = ix.Df.GetValueOrDefault(f) + 1;
                ix.Touch(f, s);
            }
            foreach (var i in s.Items) ix.ByItem[i] = s;
        }
        return ix;
    }

    public void Process(Document doc, Corpus corpus)
    {
        var ix = corpus.GetState(StateKey, () => Build(corpus));
        var eventsByItem = new Dictionary<string, List<Event>>(StringComparer.Ordinal);
        if (doc.Events.Count > 0) EventsByItem(ix, doc, corpus, eventsByItem);
        foreach (var item in doc.Items)
        {
            if (item.Story != null && ix.ById.ContainsKey(item.Story)) continue;
            var evs = eventsByItem.GetValueOrDefault(item.Id) ?? new List<Event>();
            var features = Features(doc, item, evs, _features, _counts);
            var day = ItemDay(doc, item, evs);
            // The named parties of the item's events (features "e:…"; countries and places are not parties that tell threads apart).
            var parties = _parties;
            parties.Clear();
            foreach (var e in evs)
                foreach (var a in e.SourceActors.Concat(e.TargetActors))
                    if (features.ContainsKey("e:" + a) && !parties.Contains("e:" + a)) parties.Add("e:" + a);
            // Events the item reports, or recalls from its own week ("العدوان الذي استهدف اليوم" in a condemnation).
            var reported = _reported;
            reported.Clear();
            var recalled = _recalled;
            recalled.Clear();
            foreach (var e in evs)
                if (e.Mentions.Any(m => m.Item == item.Id && !m.Background)) reported.Add("v:" + e.Id);
                else if (Near(e.Date, day)) recalled.Add("v:" + e.Id);
            var story = Best(ix, features, day, corpus.Stories.Count, parties, reported, recalled);
            // An item reporting events two threads hold (the Saudi statement one outlet carried alone, and the plan another
            // outlet reports it with) shows them to be one thread: the younger joins the older.
            // (only a young thread, of a few items, joins: one round-up of the day's news does not merge two established ones)
            if (story != null)
                foreach (var other in _bridged)
                    if (Math.Min(other.Items.Count, story.Items.Count) <= BridgedItems) story = Merge(ix, corpus, story, other);
            if (story == null)
            {
                story = new Story { Id = "st-" + ContentHash.Short(item.Id), Title = Title(doc, item), Profile = new Dictionary<string, double>(features.Count * 2, StringComparer.Ordinal) };
                corpus.Stories.Add(story);
                ix.ById[story.Id] = story;
            }
            Join(ix, story, item, features, day);
            foreach (var e in evs)
            {
                if (!string.IsNullOrEmpty(e.Story)) continue;
                e.Story = story.Id;
                story.Events.Add(e.Id);
            }
            foreach (var e in evs.Where(e => e.Story == story.Id)) Extend(story, e.Date);
            if (story.First == null && (item.Published ?? doc.Meta.Published) is { Resolved: true } p) Extend(story, p);
        }
    }

    /// <summary>
    /// The events this document reports, by item: newest first, from the last event back to the first stretch of
    /// <c>4 × its event mentions + 64</c> events it does not touch once one it touches was seen (its mentions are the
    /// last ones event coreference added).
    /// </summary>
    private static void EventsByItem(Index ix, Document doc, Corpus corpus, Dictionary<string, List<Event>> eventsByItem)
    {
        var events = corpus.Events;
        var stretch = 4 * doc.Events.Count + 64;
        var touched = false;
        bool Take(Event e)
        {
            var touches = false;
            foreach (var m in e.Mentions)
            {
                if (m.Document != doc.Id) continue;
                touches = true;
                if (!eventsByItem.TryGetValue(m.Item, out var l)) eventsByItem[m.Item] = l = new List<Event>();
                if (!l.Contains(e)) l.Add(e);
            }
            return touches;
        }
        // Event coreference knows which events hold a mention of the document: their positions give the same walk
        // without reading every older event (a document whose reports all join old events, or none, read them all).
        if (EventCorefStage.EventsOf(corpus, doc.Id) is { } mine && ix.Positions(events, mine) is { } at)
        {
            at.Sort();
            var prev = events.Count;
            for (var j = at.Count - 1; j >= 0; j--)
            {
                var k = at[j];
                // Untouched events k+1 .. prev-1 lie between: the walk stopped at the oldest of them past the stretch.
                if (touched && prev - k > 1 && events.Count - (k + 1) > stretch) break;
                touched |= Take(events[k]);
                prev = k;
            }
            return;
        }
        for (var k = events.Count - 1; k >= 0; k--)
        {
            if (Take(events[k])) touched = true;
            // Events of this document are recent: stop after a stretch of older ones.
            else if (touched && events.Count - k > stretch) break;
        }
    }

    private static void Extend(Story s, DateValue d)
    {
        if (d.Range is not { } r) return;
        if (s.First?.Range is not { } f || r.First < f.First) s.First = d;
        if (s.Last?.Range is not { } l || r.Last > l.Last) s.Last = d;
    }

    private static string Title(Document doc, Item item)
    {
        var t = item.Title ?? item.CleanText;
        t = t.Replace('\n', ' ').Trim();
        return t.Length > 120 ? t[..120].TrimEnd() + "…" : t;
    }

    private static DateOnly? ItemDay(Document doc, Item item, List<Event> evs)
    {
        if ((item.Published ?? doc.Meta.Published).Range is { } r) return r.First;
        var dated = evs.Where(e => e.Date.Range != null).Select(e => e.Date.Range!.Value.Last).ToList();
        return dated.Count > 0 ? dated.Max() : null;
    }

    /// <summary>For measurements: the features of an item without its events.</summary>
    public static Dictionary<string, double> FeaturesPublic(Document doc, Item item) => Features(doc, item, new List<Event>());

    /// <summary>The item's features: its events, its actors, and its most frequent content words.</summary>
    internal static Dictionary<string, double> Features(Document doc, Item item, List<Event> evs) => Features(doc, item, evs, new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal));

    // Buffers reused from item to item (the stage runs in order, one document at a time).
    private readonly Dictionary<string, double> _features = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Index.Node> _touched = new();
    private readonly List<(string F, double W)> _weighted = new();
    private readonly List<string> _parties = new();
    private readonly List<string> _reported = new();
    private readonly List<string> _recalled = new();
    private readonly List<Story> _bridged = new();

    private static Dictionary<string, double> Features(Document doc, Item item, List<Event> evs, Dictionary<string, double> f, Dictionary<string, int> counts)
    {
        f.Clear();
        counts.Clear();
        foreach (var e in evs) f["v:" + e.Id] = 3;
        foreach (var m in doc.Entities)
        {
            if (m.EntityId == null || !item.Span.Covers(m.Span)) continue;
            // Countries and places are shared by many threads: they count, but never make a thread alone.
            var k = (m.Type is EntityType.Country or EntityType.Location ? "c:" : "e:") + m.EntityId;
            f[k] = Math.Min(2, f.GetValueOrDefault(k) + 1);
        }
        var stopL = Stop.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        var countsL = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var paragraphs = item.Paragraphs.Count > 0 ? item.Paragraphs : new List<Span> { item.Span };
        Span<char> buf = stackalloc char[48];
        var words = 0;
        // The title and the lead carry the topic: at most the first LeadWords words are read.
        foreach (var p in paragraphs)
        {
            var text = doc.Text;
            var i = p.Start;
            while (i < p.End && words < LeadWords)
            {
                while (i < p.End && !Tokenizer.IsWordChar(text[i])) i++;
                var len = 0;
                var digits = true;
                while (i < p.End && (Tokenizer.IsWordChar(text[i]) || ArabicNormalizer.Map(text[i]) == '\0' && !char.IsWhiteSpace(text[i])))
                {
                    var c = ArabicNormalizer.Map(text[i++]);
                    if (c == '\0') continue;
                    if (!char.IsDigit(c)) digits = false;
                    if (len < buf.Length) buf[len++] = c;
                }
                if (len == 0) continue;
                words++;
                if (digits) continue;
                var w = Stem(buf[..len]);
                if (w.Length < 3) continue;
                // Looked up as spans: a string is made only for a word counted for the first time.
                if (stopL.Contains(w) || stopL.Contains(buf[..len])) continue;
                countsL[w] = countsL.TryGetValue(w, out var seen) ? seen + 1 : 1;
            }
            if (words >= LeadWords) break;
        }
        // The 20 most frequent, in order, by insertion into a short sorted list (the order is total: the same as a full sort).
        var top = TopBuffer;
        top.Clear();
        foreach (var x in counts)
        {
            if (top.Count == 20 && !Before(x, top[^1])) continue;
            var at = top.Count;
            while (at > 0 && Before(x, top[at - 1])) at--;
            if (top.Count == 20) top.RemoveAt(19);
            top.Insert(at, x);
        }
        foreach (var (w, _) in top) f["w:" + w] = 0.5;
        return f;
    }

    [ThreadStatic] private static List<KeyValuePair<string, int>>? _topBuffer;
    private static List<KeyValuePair<string, int>> TopBuffer => _topBuffer ??= new List<KeyValuePair<string, int>>(21);

    /// <summary>Count first, then the word in ordinal order: the order of an item's most frequent words.</summary>
    private static bool Before(KeyValuePair<string, int> a, KeyValuePair<string, int> b) => a.Value != b.Value ? a.Value > b.Value : string.CompareOrdinal(a.Key, b.Key) < 0;

    /// <summary>Words of an item read for its profile.</summary>
    public const int LeadWords = 160;

    /// <summary>A light stem for comparing words: without و/ف, the article, and a final ة/ات.</summary>
    internal static string Stem(string n) => Stem(n.AsSpan()).ToString();

    internal static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        if (w.Length > 4 && (w[0] == 'و' || w[0] == 'ف')) w = w[1..];
        if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal)) w = w[2..];
        else if (w.Length > 4 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal))) w = w[(w[0] == 'ب' ? 3 : 2)..];
        if (w.Length > 4 && w.EndsWith("ات", StringComparison.Ordinal)) w = w[..^2];
        else if (w.Length > 3 && w[^1] == 'ه') w = w[..^1];
        return w;
    }

    private static double Idf(Index ix, string f, int n) => Math.Log(1.0 + (n + 1.0) / (1.0 + ix.Df.GetValueOrDefault(f)));

    /// <summary>Features whose stories are looked up (the most informative ones); the others only score candidates.</summary>
    public const int ProbeFeatures = 12;
    /// <summary>Candidates scored exactly against their whole profile.</summary>
    public const int ExactCandidates = 8;

    private static bool Near(DateValue d, DateOnly? day) =>
        day is { } x && d.Precision == DatePrecision.Day && d.Range is { } r && Math.Abs(r.First.DayNumber - x.DayNumber) <= 7;

    private static bool SharesAny(Story s, List<string> features)
    {
        foreach (var f in features) if (s.Profile.ContainsKey(f)) return true;
        return false;
    }

    private static bool NewParty(Story s, List<string> parties)
    {
        foreach (var p in parties) if (!s.Profile.ContainsKey(p)) return true;
        return false;
    }

    private Story? Best(Index ix, Dictionary<string, double> features, DateOnly? day, int n, List<string> parties, List<string> reported, List<string> recalled)
    {
        var weighted = _weighted;
        weighted.Clear();
        var mass = 0.0;
        foreach (var (f, w) in features)
        {
            var x = w * Idf(ix, f, n);
            weighted.Add((f, x));
            mass += x;
        }
        if (mass <= 0) return null;
        weighted.Sort((a, b) => b.W.CompareTo(a.W));
        // Candidates from the postings of the most informative features only: the cost per item is bounded by
        // ProbeFeatures × PostingCap whatever the size of the store.
        // Partial scores accumulate on the stories' index nodes (stamped per item), not in a hash table.
        var stamp = ++ix.Stamp;
        var touched = _touched;
        touched.Clear();
        _bridged.Clear();
        // (features no story has yet, such as the item's new events, have no postings: they use up no probe, so an event
        // the item shares with a story is probed however many new ones it brings)
        for (int k = 0, probed = 0; k < weighted.Count && probed < ProbeFeatures; k++)
        {
            if (!ix.Recent.TryGetValue(weighted[k].F, out var list) || list.Count == 0) continue;
            probed++;
            foreach (var node in list)
            {
                var s = node.Story;
                if (day is { } d && s.LastActive is { } la && Math.Abs(d.DayNumber - la.DayNumber) > WindowDays) continue;
                if (node.Stamp != stamp) { node.Stamp = stamp; node.Partial = 0; touched.Add(node); }
                node.Partial += weighted[k].W;
            }
        }
        // The ExactCandidates best partial scores, by a partial sort.
        touched.Sort((a, b) => b.Partial.CompareTo(a.Partial));
        Story? best = null;
        var bestScore = 0.0;
        var bestTier = 0;
        for (var c = 0; c < touched.Count && c < ExactCandidates; c++)
        {
            var s = touched[c].Story;
            var score = 0.0;
            var sharedEvent = false;
            var sharedActors = 0;
            foreach (var (f, w) in weighted)
            {
                if (!s.Profile.ContainsKey(f)) continue;
                score += w;
                if (f[0] == 'v') sharedEvent = true;
                else if (f[0] == 'e') sharedActors++;
            }
            var share = score / mass;
            // An item reporting an event the story holds is of its thread, however many other events it tells of (a wire
            // story of the call with six more statements), and so is one recalling an event of its week the story holds
            // (a condemnation of "the aggression that targeted today"), after those.
            var tier = SharesAny(s, reported) ? 2 : SharesAny(s, recalled) ? 1 : 0;
            if (tier == 2) _bridged.Add(s);
            if (tier > 0)
            {
                if (tier > bestTier || tier == bestTier && share > bestScore) { bestScore = share; best = s; bestTier = tier; }
                continue;
            }
            if (bestTier > 0) continue;
            // Words alone never make a thread: a shared event or a shared named actor must be there too; and one shared
            // actor is not enough when a party of the item's own events is new to the story (the same host, another guest).
            var strong = sharedEvent || sharedActors > 1 || sharedActors == 1 && !NewParty(s, parties);
            if (!strong || share < Threshold) continue;
            if (share > bestScore) { bestScore = share; best = s; }
        }
        if (best != null) _bridged.Remove(best);
        return best;
    }

    /// <summary>
    /// One thread from two: the younger story's items, events and profile join the older one (its id and title stay);
    /// the younger is removed from the corpus, and the store deletes it with the next save.
    /// </summary>
    private static Story Merge(Index ix, Corpus corpus, Story a, Story b)
    {
        if (ReferenceEquals(a, b) || !ix.ById.ContainsKey(a.Id) || !ix.ById.ContainsKey(b.Id)) return a;
        var (keep, gone) = corpus.Stories.IndexOf(a) <= corpus.Stories.IndexOf(b) ? (a, b) : (b, a);
        var node = ix.NodeOf(keep);
        foreach (var id in gone.Items)
        {
            if (!keep.Items.Contains(id)) keep.Items.Add(id);
            ix.ByItem[id] = keep;
        }
        foreach (var item in corpus.Items)
            if (item.Story == gone.Id) item.Story = keep.Id;
        foreach (var e in corpus.Events)
            if (e.Story == gone.Id)
            {
                e.Story = keep.Id;
                if (!keep.Events.Contains(e.Id)) keep.Events.Add(e.Id);
            }
        foreach (var (f, w) in gone.Profile)
        {
            ix.Remove(f, gone);
            if (keep.Profile.ContainsKey(f) && ix.Df.TryGetValue(f, out var c)) ix.Df[f] = Math.Max(0, c - 1);
            keep.Profile[f] = keep.Profile.GetValueOrDefault(f) + w;
            ix.Touch(f, node);
        }
        if (gone.First is { } gf) Extend(keep, gf);
        if (gone.Last is { } gl) Extend(keep, gl);
        if (gone.LastActive is { } ga && (keep.LastActive == null || ga > keep.LastActive)) keep.LastActive = ga;
        corpus.Stories.Remove(gone);
        ix.ById.Remove(gone.Id);
        return keep;
    }

    private static void Join(Index ix, Story s, Item item, Dictionary<string, double> features, DateOnly? day)
    {
        var node = ix.NodeOf(s);
        item.Story = s.Id;
        if (!s.Items.Contains(item.Id)) s.Items.Add(item.Id);
        ix.ByItem[item.Id] = s;
        foreach (var (f, w) in features)
        {
            if (!s.Profile.ContainsKey(f)) ix.Df[f] = ix.Df.GetValueOrDefault(f) + 1;
            s.Profile[f] = s.Profile.GetValueOrDefault(f) + w;
            ix.Touch(f, node);
        }
        if (s.Profile.Count > ProfileCap + ProfileCap / 3)
        {
            foreach (var (f, _) in s.Profile.OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(s.Profile.Count - ProfileCap).ToList())
            {
                s.Profile.Remove(f);
                if (ix.Df.TryGetValue(f, out var c)) ix.Df[f] = Math.Max(0, c - 1);
                ix.Remove(f, s);
            }
        }
        if (day is { } d && (s.LastActive == null || d > s.LastActive)) s.LastActive = d;
    }
}
