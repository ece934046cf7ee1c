using Rasd.Clean;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Items;

/// <summary>
/// Document stage "items": turns the cleaner's blocks into news items (one per post or appended story), each with
/// its span, title and clean text, and splits the kept paragraphs into sentences for later stages.
/// </summary>
public sealed class ItemsStage : IDocumentStage
{
    /// <summary>Longest title taken from a first sentence when an item has no headline line.</summary>
    public const int MaxDerivedTitleChars = 160;

    private readonly Cleaner _cleaner = new();
    public string Name => "items";

    public void Process(Document doc)
    {
        if (doc.Blocks.Count == 0 && doc.Text.Length > 0) _cleaner.Clean(doc);
        doc.Items.Clear();
        doc.Sentences.Clear();
        var segStart = 0;
        for (var b = 1; b <= doc.Blocks.Count; b++)
        {
            if (b < doc.Blocks.Count && !doc.Blocks[b].ItemStart) continue;
            AddItem(doc, segStart, b);
            segStart = b;
        }
        if (doc.Items.Count == 0)
        {
            doc.Warnings.Add(doc.Text.Trim().Length == 0
                ? $"{doc.Meta.Source}: empty document, no item"
                : $"{doc.Meta.Source}: every line is page furniture ({string.Join(", ", doc.Removed.Select(r => r.Kind.ToString().ToLowerInvariant()).Distinct())}), no item");
        }
        else if (doc.Meta.Title == null)
        {
            var first = doc.Items[0];
            if (first.TitleSpan is { } ts && doc.Blocks.Any(bl => bl.Kind == BlockKind.Headline && bl.Span == ts)) doc.Meta.Title = first.Title;
        }
    }

    /// <summary>An item with no headline line (a channel post) is named by its first sentence, cut at a word boundary.</summary>
    public static void DeriveTitle(Document doc, Item item)
    {
        item.Title = null;
        item.TitleSpan = null;
        item.TitleDerived = false;
        var firstSentence = doc.Sentences.FirstOrDefault(s => s.ItemId == item.Id);
        if (firstSentence == null) return;
        var first = firstSentence.Span;
        var end = first.End;
        if (first.Length > MaxDerivedTitleChars)
        {
            end = first.Start + MaxDerivedTitleChars;
            while (end > first.Start && !char.IsWhiteSpace(doc.Text[end - 1])) end--;
            while (end > first.Start && char.IsWhiteSpace(doc.Text[end - 1])) end--;
            if (end <= first.Start) end = first.Start + MaxDerivedTitleChars;
        }
        // Skip a leading emoji so the title starts with a word.
        var start = first.Start;
        while (start < end && (TextScan.IsEmojiOrSymbol(doc.Text, start) || char.IsWhiteSpace(doc.Text[start]))) start++;
        if (start >= end) start = first.Start;
        item.TitleSpan = new Span(start, end);
        item.Title = doc.Text.Substring(start, end - start);
        item.TitleDerived = true;
    }

    /// <summary>The paragraphs joined by newlines, copied once (no substring per paragraph).</summary>
    private static string Joined(string text, List<Span> paragraphs)
    {
        var length = paragraphs.Count - 1;
        foreach (var p in paragraphs) length += p.Length;
        return string.Create(length, (text, paragraphs), static (dst, st) =>
        {
            var k = 0;
            for (var i = 0; i < st.paragraphs.Count; i++)
            {
                if (i > 0) dst[k++] = '\n';
                var p = st.paragraphs[i];
                st.text.AsSpan(p.Start, p.Length).CopyTo(dst[k..]);
                k += p.Length;
            }
        });
    }

    private static void AddItem(Document doc, int from, int to)
    {
        var blocks = doc.Blocks;
        Span? title = null;
        var paragraphs = new List<Span>();
        for (var b = from; b < to; b++)
        {
            var bl = blocks[b];
            if (bl.Kind == BlockKind.Removed) continue;
            if (bl.Kind == BlockKind.Headline && title == null) title = bl.Span;
            paragraphs.Add(bl.Span);
        }
        if (paragraphs.Count == 0) return;
        var n = doc.Items.Count + 1;
        var item = new Item
        {
            Id = $"{doc.Id}-{n}",
            DocumentId = doc.Id,
            Span = new Span(blocks[from].Span.Start, blocks[to - 1].Span.End),
        };
        item.Paragraphs.AddRange(paragraphs);
        item.CleanText = Joined(doc.Text, paragraphs);
        for (var p = 0; p < paragraphs.Count; p++)
            foreach (var s in SentenceSplitter.Split(doc.Text, paragraphs[p]))
                doc.Sentences.Add(new Sentence(s, item.Id, p));
        if (title is { } t)
        {
            item.TitleSpan = t;
            item.Title = doc.Text.Substring(t.Start, t.Length);
        }
        else DeriveTitle(doc, item);
        doc.Items.Add(item);
    }
}
