using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Hand-built documents: one item, one sentence per line, entity and time mentions placed by their surface text.</summary>
internal sealed class DocBuilder
{
    private readonly string _text;
    private readonly List<(string Surface, string Id, EntityType Type, int Nth)> _ents = new();
    private readonly List<(string Surface, DateValue Value, bool Background)> _times = new();
    private DateValue? _published;
    private string? _outlet;
    private readonly List<int> _itemBreaks = new();

    public DocBuilder(params string[] lines) => _text = string.Join("\n", lines);

    public DocBuilder Entity(string surface, string id, EntityType type = EntityType.Person, int nth = 0)
    {
        _ents.Add((surface, id, type, nth));
        return this;
    }

    /// <summary>Every occurrence of the surface is a mention of the entity.</summary>
    public DocBuilder EntityAll(string surface, string id, EntityType type = EntityType.Person)
    {
        _ents.Add((surface, id, type, -1));
        return this;
    }

    public DocBuilder Time(string surface, DateValue value, bool background = false)
    {
        _times.Add((surface, value, background));
        return this;
    }

    public DocBuilder Published(DateValue d) { _published = d; return this; }
    public DocBuilder Outlet(string o) { _outlet = o; return this; }
    /// <summary>A new item starts at this line (0-based), as after "اقرأ أيضاً".</summary>
    public DocBuilder ItemAt(int line) { _itemBreaks.Add(line); return this; }

    public Document Build(string source = "test.txt")
    {
        var meta = new DocumentMeta { Source = source, Outlet = _outlet };
        if (_published != null) meta.Published = _published;
        var doc = new Document(_text, meta);
        var lines = new List<Span>();
        var start = 0;
        for (var i = 0; i <= _text.Length; i++)
        {
            if (i < _text.Length && _text[i] != '\n') continue;
            lines.Add(new Span(start, i));
            start = i + 1;
        }
        var breaks = _itemBreaks.Prepend(0).Append(lines.Count).Distinct().OrderBy(x => x).ToList();
        for (var b = 0; b + 1 < breaks.Count; b++)
        {
            var item = new Item { Id = $"{doc.Id}-{b + 1}", DocumentId = doc.Id, Span = new Span(lines[breaks[b]].Start, lines[breaks[b + 1] - 1].End) };
            for (var l = breaks[b]; l < breaks[b + 1]; l++)
            {
                item.Paragraphs.Add(lines[l]);
                doc.Sentences.Add(new Sentence(lines[l], item.Id, l - breaks[b]));
            }
            item.CleanText = string.Join("\n", item.Paragraphs.Select(doc.Slice));
            doc.Items.Add(item);
        }
        foreach (var (surface, id, type, nth) in _ents)
        {
            var k = 0;
            for (var at = _text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surface, at + 1, StringComparison.Ordinal), k++)
            {
                if (nth >= 0 && k != nth) continue;
                doc.Entities.Add(new EntityMention { Span = new Span(at, at + surface.Length), Text = surface, Type = type, EntityId = id, Source = "dictionary" });
            }
        }
        doc.Entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var (surface, value, bg) in _times)
        {
            var at = _text.IndexOf(surface, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"time surface not in text: {surface}");
            doc.Times.Add(new TimeMention { Span = new Span(at, at + surface.Length), Text = surface, Value = value, Background = bg });
        }
        return doc;
    }
}

/// <summary>A hand-built document through events, event coreference and stories, into a corpus, as the pipeline links it
/// (entities carry their dictionary country, as the entities stage gives them).</summary>
internal static class CorpusKit
{
    public static void Link(Corpus corpus, Document doc)
    {
        new Rasd.Events.EventsStage().Process(doc);
        corpus.Documents.Add(doc);
        corpus.Items.AddRange(doc.Items);
        foreach (var m in doc.Entities)
            if (m.EntityId != null && !corpus.Entities.ContainsKey(m.EntityId))
                corpus.Entities[m.EntityId] = new Entity { Id = m.EntityId, Type = m.Type, Name = m.Text, Country = Rasd.Actors.ActorDictionary.Default.Get(m.EntityId)?.Country };
        new Rasd.Events.EventCorefStage().Process(doc, corpus);
        new Rasd.Stories.StoriesStage().Process(doc, corpus);
    }
}

/// <summary>Texts written to files and run through the whole pipeline (cleaning, the real dictionary and tagger, events,
/// coreference, stories), as <c>rasd analyze</c> runs them: file i is named d{i}.txt.</summary>
internal static class PipelineKit
{
    public static Corpus Analyse(params string[] texts)
    {
        var dir = Directory.CreateTempSubdirectory("rasd-rules-");
        try
        {
            var files = new Dictionary<string, string>();
            for (var i = 0; i < texts.Length; i++)
            {
                var path = Path.Combine(dir.FullName, $"d{i}.txt");
                File.WriteAllText(path, texts[i]);
                files[Path.GetFullPath(path)] = $"d{i}.txt";
            }
            return GoldScorer.Analyse(files).Corpus;
        }
        finally { dir.Delete(true); }
    }
}

/// <summary>The events stage alone over a hand-built document.</summary>
internal static class Extraction
{
    public static List<EventMention> Run(Document doc)
    {
        new Rasd.Events.EventsStage().Process(doc);
        return doc.Events;
    }
}

internal static class Ids
{
    public const string Putin = "Q7747";
    public const string Trump = "Q22686";
    public const string Sharaa = "rasd:person:ahmed-al-sharaa";
    public const string Bogdanov = "rasd:person:mikhail-bogdanov";
    public const string Kremlin = "rasd:presidency:RUS";
    public const string SyrianPresidency = "rasd:presidency:SYR";
    public const string Damascus = "Q3766";
    public const string Russia = "Q159";
    public const string Syria = "Q858";
    public const string Iran = "Q794";
    public const string Israel = "Q801";
    public const string Usa = "Q30";
    public const string Ukraine = "Q212";

    public static DateValue Day(int y, int m, int d) => DateValue.OfDay(new DateOnly(y, m, d), "explicit");
    public static DateValue YearLess(int m, int d) => new() { Month = m, Day = d, Precision = DatePrecision.Unknown, Basis = "none", Note = "no year: no publication date" };
}
