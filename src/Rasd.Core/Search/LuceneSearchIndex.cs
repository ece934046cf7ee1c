using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Rasd.Model;
using Rasd.Store;
using LDocument = Lucene.Net.Documents.Document;
using LDirectory = Lucene.Net.Store.Directory;
using Document = Rasd.Model.Document;

namespace Rasd.Search;

/// <summary>
/// The search index: a Lucene.Net 4.8 index with Arabic analysis (standard tokenizer, stop words,
/// <c>ArabicNormalizationFilter</c> and the light <c>ArabicStemFilter</c>), so that "العقوبات", "عقوبات" and
/// "والعقوبات" meet on one term. One index holds items and events; each entry stores what a result shows.
/// The writer is held for the life of the object (Lucene's write lock keeps two processes from writing at once).
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex
{
    public const string KindItem = "item";
    public const string KindEvent = "event";
    private const int MaxHighlightChars = 50_000;

    private readonly LDirectory _dir;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    // What each event looked like when last indexed, to re-index only the events a document changed.
    private readonly Dictionary<string, (int Mentions, string? Date, string? Summary)> _seen = new();
    private Corpus? _lastCorpus;
    private int _uncommitted;
    private long _lastCommit = Stopwatch.GetTimestamp();

    public string Path { get; }

    /// <summary>True when nothing is indexed (a new index beside a store that already holds documents needs a rebuild).</summary>
    public bool IsEmpty
    {
        get { lock (_gate) return _writer.NumDocs == 0; }
    }

    public LuceneSearchIndex(string path)
        : this(FSDirectory.Open(path)) => Path = path;

    /// <summary>An index in memory (tests).</summary>
    public static LuceneSearchIndex InMemory() => new(new RAMDirectory());

    private LuceneSearchIndex(LDirectory dir)
    {
        Path = "(memory)";
        _dir = dir;
        _analyzer = CreateAnalyzer();
        var cfg = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
        try
        {
            _writer = new IndexWriter(_dir, cfg);
        }
        catch (LockObtainFailedException)
        {
            _dir.Dispose();
            throw new SearchIndexException("the search index is in use by another rasd process (a running `rasd serve`?); stop it or run `rasd reindex` afterwards");
        }
        _writer.Commit();
        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>The analyser used for indexing and for queries.</summary>
    public static Analyzer CreateAnalyzer() => new ArabicAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>The index folder for a store: beside a SQLite file, inside a store folder, else under the data folder.</summary>
    public static string DefaultPathFor(IStore store)
    {
        var loc = store.Location;
        if (System.IO.Directory.Exists(loc)) return System.IO.Path.Combine(loc, "index");
        if (File.Exists(loc)) return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(loc))!, "index");
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(data))
            data = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(data, "rasd", "index-" + ContentHash.Of(loc));
    }

    public void OnSaved(Document doc, Corpus corpus)
    {
        lock (_gate)
        {
            foreach (var entry in ItemEntries(doc)) _writer.UpdateDocument(new Term("key", entry.Get("key")), entry);
            foreach (var e in corpus.Events)
            {
                var sig = (e.Mentions.Count, e.Date.Iso, e.Summary);
                if (_seen.TryGetValue(e.Id, out var old))
                {
                    if (old == sig) continue;
                }
                // An event not seen yet is indexed when the document that reports it is saved (events loaded from
                // the store are indexed already; those of documents saved later in the same batch come with them).
                else if (!e.Mentions.Any(m => m.Document == doc.Id)) continue;
                _seen[e.Id] = sig;
                var entry = EventEntry(e);
                _writer.UpdateDocument(new Term("key", entry.Get("key")), entry);
            }
            _lastCorpus = corpus;
            _uncommitted++;
            if (_uncommitted >= 500 || Stopwatch.GetElapsedTime(_lastCommit) > TimeSpan.FromSeconds(5)) CommitLocked();
        }
    }

    public void Commit()
    {
        lock (_gate) CommitLocked();
    }

    private void CommitLocked()
    {
        // Events merged away by coreference leave the corpus: drop them from the index too.
        if (_lastCorpus is { } corpus && _seen.Count > 0)
        {
            var live = corpus.Events.Select(e => e.Id).ToHashSet();
            foreach (var gone in _seen.Keys.Where(id => !live.Contains(id)).ToList())
            {
                _writer.DeleteDocuments(new Term("key", KindEvent + ":" + gone));
                _seen.Remove(gone);
            }
        }
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        _uncommitted = 0;
        _lastCommit = Stopwatch.GetTimestamp();
    }

    public RebuildSummary Rebuild(IStore store, Action<int>? progress = null)
    {
        var sw = Stopwatch.StartNew();
        int items = 0, events = 0, docs = 0;
        lock (_gate)
        {
            _writer.DeleteAll();
            foreach (var doc in store.Documents())
            {
                foreach (var entry in ItemEntries(doc)) { _writer.AddDocument(entry); items++; }
                progress?.Invoke(++docs);
            }
            _seen.Clear();
            foreach (var e in store.Events())
            {
                _writer.AddDocument(EventEntry(e));
                _seen[e.Id] = (e.Mentions.Count, e.Date.Iso, e.Summary);
                events++;
            }
            _lastCorpus = null;
            CommitLocked();
        }
        return new RebuildSummary(items, events, sw.Elapsed);
    }

    public SearchPage Search(SearchQuery query)
    {
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.Size, 1, 100);
        var terms = QueryHighlighter.Terms(_analyzer, "text", query.Text ?? "");
        if (terms.Count == 0) return new SearchPage(query.Text ?? "", page, size, 0, Array.Empty<SearchHit>());

        var bq = new BooleanQuery();
        foreach (var t in terms)
        {
            // Every word must occur, in the title or the text; a title match weighs more.
            var either = new BooleanQuery();
            either.Add(new TermQuery(new Term("title", t)) { Boost = 2f }, Occur.SHOULD);
            either.Add(new TermQuery(new Term("text", t)), Occur.SHOULD);
            bq.Add(either, Occur.MUST);
        }
        if (!string.IsNullOrEmpty(query.Kind)) bq.Add(new TermQuery(new Term("kind", query.Kind)), Occur.MUST);

        var termSet = terms.ToHashSet();
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(bq, page * size);
            var hits = new List<SearchHit>();
            for (int i = (page - 1) * size; i < top.ScoreDocs.Length; i++)
            {
                var sd = top.ScoreDocs[i];
                var d = searcher.Doc(sd.Doc);
                var text = d.Get("text") ?? "";
                var textHits = FromPostings(searcher.IndexReader, sd.Doc, "text", terms, text.Length)
                    ?? FromTermVector(searcher.IndexReader, sd.Doc, "text", terms, text.Length);
                if (textHits == null)
                {
                    var scan = text.Length > MaxHighlightChars ? text[..MaxHighlightChars] : text;
                    textHits = QueryHighlighter.Find(_analyzer, "text", scan, termSet);
                }
                var snippet = QueryHighlighter.Snippet(text, textHits);
                var title = d.Get("title");
                Snippet? titleSnippet = null;
                if (!string.IsNullOrEmpty(title))
                    titleSnippet = new Snippet(title,
                        FromPostings(searcher.IndexReader, sd.Doc, "title", terms, title.Length)
                        ?? FromTermVector(searcher.IndexReader, sd.Doc, "title", terms, title.Length)
                        ?? QueryHighlighter.Find(_analyzer, "title", title, termSet),
                        false, false);
                hits.Add(new SearchHit(d.Get("kind"), d.Get("id"), title, d.Get("outlet"), d.Get("date"), d.Get("doc"), d.Get("story"),
                    sd.Score, snippet, titleSnippet));
            }
            return new SearchPage(query.Text ?? "", page, size, top.TotalHits, hits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Entries for a document's items; a document without items is one entry for its whole text.</summary>
    private static IEnumerable<LDocument> ItemEntries(Document doc)
    {
        var published = doc.Meta.Published.Iso;
        if (doc.Items.Count == 0)
        {
            yield return Entry(KindItem, doc.Id + "-0", doc.Meta.Title, doc.Text, doc.Meta.Outlet, published, doc.Id, null);
            yield break;
        }
        foreach (var item in doc.Items)
        {
            var text = item.CleanText.Length > 0 ? item.CleanText : doc.Slice(item.Span);
            yield return Entry(KindItem, item.Id, item.Title ?? doc.Meta.Title, text, doc.Meta.Outlet,
                item.Published?.Iso ?? published, doc.Id, item.Story);
        }
    }

    private static LDocument EventEntry(Event e)
    {
        var text = string.Join("\n", e.Mentions.Select(m => m.Text).Distinct());
        var outlets = string.Join("، ", e.Mentions.Select(m => m.Outlet).Where(o => !string.IsNullOrEmpty(o)).Distinct());
        var title = string.IsNullOrEmpty(e.Summary) ? e.Type : e.Summary;
        return Entry(KindEvent, e.Id, title, text, outlets.Length > 0 ? outlets : null, e.Date.Iso,
            e.Mentions.FirstOrDefault()?.Document, string.IsNullOrEmpty(e.Story) ? null : e.Story);
    }

    /// <summary>
    /// Stored, analysed text whose postings keep offsets, so a snippet is read off the postings of the query's
    /// terms for the hit (no re-analysis, no term vector decoding).
    /// </summary>
    private static readonly FieldType TextWithOffsets = new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    }.Freeze2();

    /// <summary>Where the terms occur in a field of one hit, from the postings; null when they carry no offsets.</summary>
    private static List<Highlight>? FromPostings(IndexReader reader, int docId, string field, IEnumerable<string> terms, int textLength)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var local = docId - leaf.DocBase;
        var found = new List<Highlight>();
        foreach (var t in terms)
        {
            var dp = leaf.AtomicReader.GetTermPositionsEnum(new Term(field, t));
            if (dp == null || dp.Advance(local) != local) continue;
            for (int i = 0; i < dp.Freq; i++)
            {
                dp.NextPosition();
                int s = dp.StartOffset, e = Math.Min(dp.EndOffset, textLength);
                if (s < 0) return null;
                if (e > s) found.Add(new Highlight(s, e));
            }
        }
        return Merge(found);
    }

    private static List<Highlight> Merge(List<Highlight> found)
    {
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<Highlight>();
        foreach (var h in found)
        {
            if (merged.Count > 0 && merged[^1].End >= h.Start) merged[^1] = new Highlight(merged[^1].Start, Math.Max(h.End, merged[^1].End));
            else merged.Add(h);
        }
        return merged;
    }

    /// <summary>Where the terms occur in a stored field, from its term vector (indexes written before offsets were in the postings).</summary>
    private static List<Highlight>? FromTermVector(IndexReader reader, int docId, string field, IEnumerable<string> terms, int textLength)
    {
        var tv = reader.GetTermVector(docId, field);
        if (tv == null || !tv.HasOffsets) return null;
        var found = new List<Highlight>();
        var te = tv.GetEnumerator();
        DocsAndPositionsEnum? dp = null;
        foreach (var t in terms)
        {
            if (!te.SeekExact(new BytesRef(t))) continue;
            dp = te.DocsAndPositions(null, dp, DocsAndPositionsFlags.OFFSETS);
            if (dp == null || dp.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (int i = 0; i < dp.Freq; i++)
            {
                dp.NextPosition();
                int s = dp.StartOffset, e = Math.Min(dp.EndOffset, textLength);
                if (s >= 0 && e > s) found.Add(new Highlight(s, e));
            }
        }
        return Merge(found);
    }

    private static LDocument Entry(string kind, string id, string? title, string text, string? outlet, string? date, string? doc, string? story)
    {
        var d = new LDocument
        {
            new StringField("key", kind + ":" + id, Field.Store.YES),
            new StringField("kind", kind, Field.Store.YES),
            new StoredField("id", id),
            new Field("text", text, TextWithOffsets),
        };
        if (!string.IsNullOrEmpty(title)) d.Add(new Field("title", title, TextWithOffsets));
        if (outlet != null) d.Add(new StoredField("outlet", outlet));
        if (date != null) d.Add(new StoredField("date", date));
        if (doc != null) d.Add(new StoredField("doc", doc));
        if (story != null) d.Add(new StoredField("story", story));
        return d;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            try { _writer.Commit(); } catch (ObjectDisposedException) { }
            _searchers.Dispose();
            _writer.Dispose();
            _dir.Dispose();
            _analyzer.Dispose();
        }
    }
}

internal static class FieldTypeExtensions
{
    /// <summary>Freezes the field type and returns it (for use in an initialiser).</summary>
    public static FieldType Freeze2(this FieldType t)
    {
        t.Freeze();
        return t;
    }
}

/// <summary>The search index cannot be used; the message says why and what to do.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
