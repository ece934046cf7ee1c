using Rasd.Model;

namespace Rasd.Server;

/// <summary>Builds the API's view of stories, events and entities from a store snapshot.</summary>
internal static class Views
{
    /// <summary>Longest paragraph returned whole; a longer one is cut to a window around the mention.</summary>
    private const int MaxParagraph = 4000;

    public static ActorRef Actor(StoreView.Snapshot s, string id) =>
        new(id, s.Corpus.Entities.TryGetValue(id, out var e) ? e.Name : id);

    public static EventSummaryDto Summary(StoreView.Snapshot s, Event e) => new(
        e.Id, e.Story, e.Type, e.Cameo, e.Plover, e.Summary, DateDto.Of(e.Date),
        e.Modality.ToString().ToLowerInvariant(),
        e.SourceActors.Select(a => Actor(s, a)).ToList(),
        e.TargetActors.Select(a => Actor(s, a)).ToList(),
        e.Location == null ? null : Actor(s, e.Location),
        e.Mentions.Count, e.Documents, e.Outlets, e.Attributions, e.SingleSource);

    public static TimelineDto Timeline(StoreView.Snapshot s, IEnumerable<Event> events)
    {
        var all = events.ToList();
        var dated = all.Where(e => e.Date.Resolved).ToList();
        dated.Sort(TimelineOrder.Compare);
        var undated = all.Where(e => !e.Date.Resolved).OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new UndatedEventDto(Summary(s, e), string.IsNullOrWhiteSpace(e.Date.Note) ? "no date found in the text" : e.Date.Note!))
            .ToList();
        return new TimelineDto(dated.Select(e => Summary(s, e)).ToList(), undated);
    }

    public static string OutletOf(Document? d, string documentId) =>
        d?.Meta.Outlet is { Length: > 0 } o ? o : (d?.Meta.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Host : "document " + documentId);

    public static int StoryOutlets(StoreView view, StoreView.Snapshot s, Story story)
    {
        var outlets = new HashSet<string>();
        foreach (var itemId in story.Items)
        {
            if (!s.Items.TryGetValue(itemId, out var item) || item.DocumentId.Length == 0) continue;
            outlets.Add(view.Info(item.DocumentId)?.Outlet ?? "document " + item.DocumentId);
        }
        foreach (var e in s.EventsByStory.GetValueOrDefault(story.Id) ?? new())
            foreach (var m in e.Mentions)
                outlets.Add(m.Outlet is { Length: > 0 } o ? o : view.Info(m.Document)?.Outlet ?? "document " + m.Document);
        return outlets.Count;
    }

    public static StorySummaryDto StorySummary(StoreView view, StoreView.Snapshot s, Story story) => new(
        story.Id, story.Title, DateDto.OfNullable(story.First), DateDto.OfNullable(story.Last), story.Items.Count,
        (s.EventsByStory.GetValueOrDefault(story.Id) ?? new()).Count, StoryOutlets(view, s, story));

    /// <summary>The story with one page of its items (in story order) and its whole timeline.</summary>
    public static StoryDto Story(StoreView view, StoreView.Snapshot s, Story story, int page, int size)
    {
        var items = new List<StoryItemDto>();
        foreach (var itemId in story.Items.Skip((page - 1) * size).Take(size))
        {
            s.Items.TryGetValue(itemId, out var item);
            var docId = item?.DocumentId ?? "";
            var doc = docId.Length > 0 ? view.Info(docId) : null;
            items.Add(new StoryItemDto(itemId, item?.Title ?? doc?.Title, docId, doc?.Outlet,
                item?.Published != null ? DateDto.Of(item.Published) : doc?.Published, doc?.Url));
        }
        return new StoryDto(story.Id, story.Title, DateDto.OfNullable(story.First), DateDto.OfNullable(story.Last),
            StoryOutlets(view, s, story), new PageOf<StoryItemDto>(page, size, story.Items.Count, items),
            Timeline(s, s.EventsByStory.GetValueOrDefault(story.Id) ?? new()));
    }

    public static EventDto Event(StoreView view, StoreView.Snapshot s, Event e)
    {
        var mentions = new List<MentionDto>();
        foreach (var m in e.Mentions)
        {
            var doc = view.Document(m.Document);
            mentions.Add(new MentionDto(
                m.Document, m.Item, new SpanDto(m.Span.Start, m.Span.End), m.Text,
                m.Outlet is { Length: > 0 } o ? o : OutletOf(doc, m.Document),
                doc?.Meta.Title, doc?.Meta.Source, doc?.Meta.Url, DateDto.OfNullable(doc?.Meta.Published),
                m.Attribution, m.Attribution == null ? null : Actor(s, m.Attribution).Name, m.AttributionText,
                m.Modality.ToString().ToLowerInvariant(),
                doc == null ? null : Paragraph(doc, m.Span)));
        }
        var storyTitle = e.Story.Length > 0 && s.Stories.TryGetValue(e.Story, out var st) ? st.Title : null;
        return new EventDto(Summary(s, e), storyTitle, mentions);
    }

    /// <summary>
    /// The original paragraph around a span: the cleaner's paragraph or block that covers it, else the lines
    /// around it; with the span's offsets inside the paragraph.
    /// </summary>
    public static ParagraphDto? Paragraph(Document doc, Span span)
    {
        var text = doc.Text;
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start) return null;
        Span? p = null;
        foreach (var item in doc.Items)
            foreach (var para in item.Paragraphs)
                if (para.Covers(span)) { p = para; break; }
        p ??= doc.Blocks.Where(b => b.Span.Covers(span)).Select(b => (Span?)b.Span).FirstOrDefault();
        if (p == null)
        {
            var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
            var end = span.End > 0 && span.End <= text.Length && text[span.End - 1] == '\n' ? span.End - 1 : text.IndexOf('\n', span.End);
            if (end < 0) end = text.Length;
            p = new Span(start, Math.Max(start, end));
        }
        var ps = p.Value;
        if (ps.Length > MaxParagraph)
        {
            var room = Math.Max(0, (MaxParagraph - span.Length) / 2);
            var start = Math.Max(ps.Start, span.Start - room);
            var end = Math.Min(ps.End, Math.Max(span.End, start + MaxParagraph));
            ps = new Span(start, end);
        }
        var ms = Math.Clamp(span.Start - ps.Start, 0, ps.Length);
        var me = Math.Clamp(span.End - ps.Start, ms, ps.Length);
        return new ParagraphDto(text.Substring(ps.Start, ps.Length), ps.Start, ps.End, new SpanDto(ms, me));
    }
}
