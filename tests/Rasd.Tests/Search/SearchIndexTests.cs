using Rasd.Model;
using Rasd.Search;
using Rasd.Tests.Server;

namespace Rasd.Tests.Search;

public class SearchIndexTests
{
    private static Document Doc(string text, string? outlet = null)
    {
        var d = new Document(text, new DocumentMeta { Source = "test:" + ContentHash.Of(text), Outlet = outlet });
        return d;
    }

    private static LuceneSearchIndex IndexOf(params Document[] docs)
    {
        var index = LuceneSearchIndex.InMemory();
        var corpus = new Corpus();
        foreach (var d in docs) index.OnSaved(d, corpus);
        index.Commit();
        return index;
    }

    [Fact]
    public void The_definite_plural_finds_the_bare_and_conjoined_forms()
    {
        var bare = Doc("فرضت الحكومة عقوبات على المصارف.");
        var conj = Doc("رحب النواب بالقرار والعقوبات الجديدة.");
        var other = Doc("افتتح الوزير معرض الكتاب في العاصمة.");
        using var index = IndexOf(bare, conj, other);
        var r = index.Search(new SearchQuery("العقوبات"));
        Assert.Equal(2, r.Total);
        var docs = r.Hits.Select(h => h.Document).ToHashSet();
        Assert.Contains(bare.Id, docs);
        Assert.Contains(conj.Id, docs);
        Assert.DoesNotContain(other.Id, docs);
        // The highlight covers the original word, prefix and all.
        var words = r.Hits.SelectMany(h => h.Snippet.Highlights.Select(x => h.Snippet.Text[x.Start..x.End])).ToHashSet();
        Assert.Equal(new HashSet<string> { "عقوبات", "والعقوبات" }, words);
    }

    [Fact]
    public void Alef_variants_and_taa_marbuta_meet()
    {
        var d = Doc("أكد الرئيس أن المفاوضات مستمرة مع الشركة.");
        using var index = IndexOf(d);
        Assert.Equal(1, index.Search(new SearchQuery("اكد")).Total);
        Assert.Equal(1, index.Search(new SearchQuery("الشركه")).Total);
    }

    [Fact]
    public void Every_word_of_the_query_must_match()
    {
        var a = Doc("عقوبات على شركات النفط.");
        var b = Doc("عقوبات على المصارف.");
        using var index = IndexOf(a, b);
        Assert.Equal(2, index.Search(new SearchQuery("عقوبات")).Total);
        var r = index.Search(new SearchQuery("عقوبات النفط"));
        Assert.Equal(a.Id, Assert.Single(r.Hits).Document);
    }

    [Fact]
    public void Query_syntax_is_taken_as_words_and_stop_words_alone_find_nothing()
    {
        var a = Doc("اجتماع مجلس الأمن (الطارئ) اليوم.");
        using var index = IndexOf(a);
        Assert.Equal(1, index.Search(new SearchQuery("(الطارئ)~ \"* :^")).Total);
        Assert.Equal(0, index.Search(new SearchQuery("في من على")).Total);
        Assert.Equal(0, index.Search(new SearchQuery("   ")).Total);
    }

    [Fact]
    public void Saving_again_replaces_instead_of_duplicating_and_pages_split_results()
    {
        var docs = Enumerable.Range(1, 25).Select(i => Doc($"تقرير رقم {i} عن الانتخابات البلدية.")).ToArray();
        using var index = IndexOf(docs);
        index.OnSaved(docs[0], new Corpus());
        index.Commit();
        var p1 = index.Search(new SearchQuery("الانتخابات", 1, 10));
        var p3 = index.Search(new SearchQuery("الانتخابات", 3, 10));
        Assert.Equal(25, p1.Total);
        Assert.Equal(10, p1.Hits.Count);
        Assert.Equal(5, p3.Hits.Count);
        Assert.Empty(p1.Hits.Select(h => h.Id).Intersect(p3.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Events_changed_by_a_document_are_indexed_and_rebuild_restores_everything()
    {
        var store = new MemoryStore();
        var (docs, corpus) = Fixture.Build(hostile: false);
        using var index = LuceneSearchIndex.InMemory();
        foreach (var d in docs) { store.Put(d); store.SaveAnalysis(d, corpus); }
        Assert.True(index.IsEmpty);
        var summary = index.Rebuild(store);
        Assert.False(index.IsEmpty);
        Assert.Equal(2, summary.Items);
        Assert.Equal(3, summary.Events);
        var ev = index.Search(new SearchQuery("تجميد", Kind: LuceneSearchIndex.KindEvent));
        Assert.Equal(Fixture.StatementEvent, Assert.Single(ev.Hits).Id);

        // A new mention added to an event by a later document re-indexes that event.
        var later = Doc("أكدت وزارة الخارجية أن تجميد الأصول سيطال الموانئ أيضا.", "قناة");
        corpus.Events.First(e => e.Id == Fixture.SanctionEvent).Mentions.Add(new Mention
        {
            Document = later.Id, Item = later.Id + "-0", Span = new Span(0, later.Text.Length), Text = later.Text, Outlet = "قناة",
        });
        index.OnSaved(later, corpus);
        index.Commit();
        var both = index.Search(new SearchQuery("الموانئ", Kind: LuceneSearchIndex.KindEvent));
        Assert.Equal(Fixture.SanctionEvent, Assert.Single(both.Hits).Id);
    }

    [Fact]
    public void Events_of_a_batch_saved_together_are_all_indexed_and_merged_away_events_leave()
    {
        // The ingestion links a whole batch before saving: the corpus already holds every document's events
        // when the first document's save is reported.
        var (docs, corpus) = Fixture.Build(hostile: false);
        using var index = LuceneSearchIndex.InMemory();
        foreach (var d in docs) index.OnSaved(d, corpus);
        index.Commit();
        var events = index.Search(new SearchQuery("الاتحاد المفوضية الحكومة عقوبات اجتماعا تجميد", Kind: LuceneSearchIndex.KindEvent));
        Assert.Equal(0, events.Total); // all words must match: no single event has them all
        foreach (var (q, id) in new[] { ("تجميد", Fixture.StatementEvent), ("طارئا", Fixture.MeetingEvent), ("الشحن", Fixture.SanctionEvent) })
            Assert.Equal(id, Assert.Single(index.Search(new SearchQuery(q, Kind: LuceneSearchIndex.KindEvent)).Hits).Id);

        // Coreference merges the statement into the sanction: the statement's entry goes.
        var statement = corpus.Events.Single(e => e.Id == Fixture.StatementEvent);
        corpus.Events.Remove(statement);
        var sanction = corpus.Events.Single(e => e.Id == Fixture.SanctionEvent);
        sanction.Mentions.AddRange(statement.Mentions);
        index.OnSaved(docs[0], corpus);
        index.Commit();
        Assert.Equal(Fixture.SanctionEvent, Assert.Single(index.Search(new SearchQuery("تجميد", Kind: LuceneSearchIndex.KindEvent)).Hits).Id);
    }

    [Fact]
    public void Snippets_window_long_texts_around_the_matches()
    {
        var filler = string.Join(" ", Enumerable.Repeat("كلام عام لا صلة له بالموضوع", 40));
        var d = Doc(filler + " وأعلنت الوزارة فرض العقوبات اليوم. " + filler);
        using var index = IndexOf(d);
        var hit = Assert.Single(index.Search(new SearchQuery("عقوبات")).Hits);
        Assert.True(hit.Snippet.Text.Length <= 240);
        Assert.True(hit.Snippet.CutStart && hit.Snippet.CutEnd);
        var h = Assert.Single(hit.Snippet.Highlights);
        Assert.Equal("العقوبات", hit.Snippet.Text[h.Start..h.End]);
    }

    [Fact]
    public void A_second_writer_on_the_same_folder_gets_a_clear_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rasd-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var first = new LuceneSearchIndex(dir);
            var ex = Assert.Throws<SearchIndexException>(() => new LuceneSearchIndex(dir));
            Assert.Contains("in use", ex.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
