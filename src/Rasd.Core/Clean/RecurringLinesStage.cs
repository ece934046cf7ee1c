using Rasd.Items;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Clean;

/// <summary>
/// Corpus stage "recurring-lines": a short line that already appeared in several earlier documents of the same
/// outlet is that outlet's furniture (a slogan, a standing prompt, a logo line), whatever its words. Runs in input
/// order, so the result is deterministic; the line counts live in Corpus.State. The stage updates the document's
/// blocks, removed spans, items, sentences and any mentions inside the removed lines, before later corpus stages.
/// </summary>
public sealed class RecurringLinesStage : ICorpusStage
{
    public const string StateKey = "recurring-lines.table";
    /// <summary>Earlier documents of one outlet a line must appear in before it counts as furniture.</summary>
    public const int MinDocuments = 3;
    /// <summary>Longer lines are prose: a paragraph an outlet repeats (background) is still content.</summary>
    public const int MaxWords = 30;
    /// <summary>Lines remembered per outlet; beyond it, lines seen once are forgotten.</summary>
    public const int MaxLinesPerOutlet = 200_000;

    public string Name => "recurring-lines";

    public sealed class Table
    {
        public Dictionary<string, Dictionary<ulong, int>> ByOutlet { get; } = new(StringComparer.Ordinal);
    }

    public static string? OutletKey(DocumentMeta meta)
    {
        if (!string.IsNullOrWhiteSpace(meta.Outlet)) return CleanRules.MatchForm(meta.Outlet);
        if (meta.Url != null && Uri.TryCreate(meta.Url, UriKind.Absolute, out var u)) return u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        if (!string.IsNullOrWhiteSpace(meta.Channel)) return CleanRules.MatchForm(meta.Channel);
        return null;
    }

    public void Process(Document doc, Corpus corpus)
    {
        var table = corpus.GetState(StateKey, () => Rebuild(corpus, doc));
        var outlet = OutletKey(doc.Meta);
        if (outlet == null) return;
        if (!table.ByOutlet.TryGetValue(outlet, out var counts)) table.ByOutlet[outlet] = counts = new Dictionary<ulong, int>();
        var removedNow = new List<Span>();
        var seen = new HashSet<ulong>();
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            var b = doc.Blocks[i];
            var hash = HashOf(doc, b);
            if (hash == null) continue;
            var n = counts.GetValueOrDefault(hash.Value);
            if (b.Kind != BlockKind.Removed && n >= MinDocuments)
            {
                doc.Blocks[i] = b with { Kind = BlockKind.Removed, Removed = RemovedKind.Boilerplate };
                doc.Removed.Add(new RemovedSpan(b.Span, RemovedKind.Boilerplate, $"recurs in {n} earlier documents of {outlet}"));
                removedNow.Add(b.Span);
            }
        }
        foreach (var b in doc.Blocks)
            if (HashOf(doc, b) is { } h && seen.Add(h)) counts[h] = counts.GetValueOrDefault(h) + 1;
        if (counts.Count > MaxLinesPerOutlet)
            foreach (var k in counts.Where(kv => kv.Value <= 1).Select(kv => kv.Key).ToList()) counts.Remove(k);
        if (removedNow.Count > 0) Apply(doc, corpus, removedNow);
    }

    /// <summary>char.IsLetterOrDigit of every char, looked up once.</summary>
    private static readonly bool[] LetterOrDigit = BuildLetterOrDigit();

    private static bool[] BuildLetterOrDigit()
    {
        var t = new bool[65536];
        for (var i = 0; i < t.Length; i++) t[i] = char.IsLetterOrDigit((char)i);
        return t;
    }

    private static ulong? HashOf(Document doc, Block b)
    {
        if (b.Span.Length > 400) return null;
        var words = 0;
        var inWord = false;
        var letters = LetterOrDigit;
        foreach (var c in doc.Text.AsSpan(b.Span.Start, b.Span.Length))
        {
            var w = letters[c];
            if (w && !inWord && ++words > MaxWords) return null;
            inWord = w;
        }
        if (words == 0) return null;
        return TextScan.LetterHash(doc.Text, b.Span.Start, b.Span.End);
    }

    private static Table Rebuild(Corpus corpus, Document current)
    {
        // From the documents of this run seen before the current one (a corpus loaded from a store starts empty).
        var t = new Table();
        foreach (var d in corpus.Documents)
        {
            if (ReferenceEquals(d, current)) break;
            var outlet = OutletKey(d.Meta);
            if (outlet == null) continue;
            if (!t.ByOutlet.TryGetValue(outlet, out var counts)) t.ByOutlet[outlet] = counts = new Dictionary<ulong, int>();
            var seen = new HashSet<ulong>();
            foreach (var b in d.Blocks) if (HashOf(d, b) is { } h && seen.Add(h)) counts[h] = counts.GetValueOrDefault(h) + 1;
        }
        return t;
    }

    /// <summary>Takes the removed lines out of items, sentences and mentions; an item left empty is dropped with a warning.</summary>
    private static void Apply(Document doc, Corpus corpus, List<Span> removed)
    {
        bool Inside(Span s) => removed.Any(r => r.Covers(s));
        doc.Sentences.RemoveAll(s => Inside(s.Span));
        doc.Times.RemoveAll(t => Inside(t.Span));
        doc.Entities.RemoveAll(e => Inside(e.Span));
        doc.Events.RemoveAll(e => Inside(e.Span));
        foreach (var item in doc.Items.ToList())
        {
            if (item.Paragraphs.RemoveAll(Inside) == 0) continue;
            if (item.Paragraphs.Count == 0)
            {
                doc.Items.Remove(item);
                corpus.Items.Remove(item);
                doc.Warnings.Add($"{doc.Meta.Source}: item {item.Id} held only lines that recur across the outlet's documents; dropped");
                continue;
            }
            item.CleanText = string.Join("\n", item.Paragraphs.Select(p => doc.Text.Substring(p.Start, p.Length)));
            if (item.TitleSpan is { } ts && Inside(ts)) ItemsStage.DeriveTitle(doc, item);
        }
        foreach (var item in doc.Items)
        {
            // Sentences keep pointing at the index of their paragraph within the item.
            for (var i = 0; i < doc.Sentences.Count; i++)
            {
                var s = doc.Sentences[i];
                if (s.ItemId != item.Id) continue;
                var p = item.Paragraphs.FindIndex(x => x.Covers(s.Span));
                if (p >= 0 && p != s.Paragraph) doc.Sentences[i] = s with { Paragraph = p };
            }
        }
        if (doc.Items.Count == 0) doc.Warnings.Add($"{doc.Meta.Source}: every line is page furniture, no item");
        if (doc.Meta.Title != null && removed.Any(r => doc.Slice(r) == doc.Meta.Title))
            doc.Meta.Title = doc.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Headline) is { } h ? doc.Slice(h.Span) : null;
    }
}
