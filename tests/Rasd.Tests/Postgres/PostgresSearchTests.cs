using Rasd.Model;
using Rasd.Search;
using Rasd.Store.Postgres;

namespace Rasd.Tests.Postgres;

public sealed class PostgresSearchTests
{
    private static Document Saved(PostgresStore store, Corpus corpus, string title, string body)
    {
        var d = new Document(title + "\n" + body + "\n", new DocumentMeta { Source = title + ".txt", Outlet = "Outlet" });
        store.Put(d);
        var item = new Item { Id = d.Id + "-1", DocumentId = d.Id, Span = new Span(0, d.Text.Length), Title = title, CleanText = body };
        d.Items.Add(item);
        corpus.Documents.Add(d);
        corpus.Items.Add(item);
        store.SaveAnalysis(d, corpus);
        return d;
    }

    [PgFact]
    public void The_arabic_configuration_finds_a_word_with_and_without_the_article_and_conjunction()
    {
        using var db = new PgTestDatabase();
        using var store = new PostgresStore(db.Url);
        var corpus = new Corpus();
        var a = Saved(store, corpus, "خبر أول", "فرضت الحكومة عقوبات جديدة على الشركات");
        var b = Saved(store, corpus, "خبر ثان", "رفع الاتحاد الأوروبي والعقوبات ما زالت قائمة");
        var c = Saved(store, corpus, "خبر ثالث", "افتتح المهرجان الثقافي دورته الجديدة");
        using var index = new PostgresSearchIndex(store);

        var page = index.Search(new SearchQuery("العقوبات"));
        Assert.Equal(2, page.Total);
        Assert.Equal(new[] { a.Id + "-1", b.Id + "-1" }.Order(), page.Hits.Select(h => h.Id).Order());
        var hb = page.Hits.Single(h => h.Id == b.Id + "-1");
        // The highlight covers the original word, proclitics included.
        Assert.Contains(hb.Snippet.Highlights, h => hb.Snippet.Text[h.Start..h.End] == "والعقوبات");
        var ha = page.Hits.Single(h => h.Id == a.Id + "-1");
        Assert.Contains(ha.Snippet.Highlights, h => ha.Snippet.Text[h.Start..h.End] == "عقوبات");
        Assert.Equal("Outlet", ha.Outlet);

        // All words must match; a word in no item finds nothing; the other item is found by its own words.
        Assert.Equal(0, index.Search(new SearchQuery("العقوبات المهرجان")).Total);
        Assert.Equal(0, index.Search(new SearchQuery("طائرة")).Total);
        Assert.Equal([c.Id + "-1"], index.Search(new SearchQuery("والمهرجان")).Hits.Select(h => h.Id));
        Assert.Equal(0, index.Search(new SearchQuery("   ")).Total);

        // The stemmer alone does not bring these forms together: the prepared search text does.
        Assert.True(db.Count("SELECT count(DISTINCT x) FROM unnest(ARRAY[to_tsvector('arabic', 'العقوبات')::text, to_tsvector('arabic', 'عقوبات')::text, to_tsvector('arabic', 'والعقوبات')::text]) AS x") > 1,
            "PostgreSQL's stemmer now unifies these forms by itself: SearchText's proclitic step may be unnecessary");
        Assert.Equal(2, db.Count("SELECT count(*) FROM items WHERE tsv @@ to_tsquery('arabic', 'عقوبات')"));
    }

    [PgFact]
    public void Results_are_paged_and_ranked()
    {
        using var db = new PgTestDatabase();
        using var store = new PostgresStore(db.Url);
        var corpus = new Corpus();
        for (var i = 0; i < 5; i++) Saved(store, corpus, "خبر " + i, string.Join(" ", Enumerable.Repeat("الانتخابات", i + 1)) + " في تونس رقم " + i);
        using var index = new PostgresSearchIndex(store);
        var p1 = index.Search(new SearchQuery("انتخابات", 1, 2));
        var p3 = index.Search(new SearchQuery("انتخابات", 3, 2));
        Assert.Equal((5, 2, 1), (p1.Total, p1.Hits.Count, p3.Hits.Count));
        Assert.True(p1.Hits[0].Score >= p1.Hits[1].Score);
        Assert.Empty(index.Search(new SearchQuery("انتخابات", Kind: "event")).Hits);
    }
}
