using Microsoft.Data.Sqlite;
using Rasd.Model;
using Rasd.Store;
using Rasd.Store.Sqlite;

namespace Rasd.Tests.Store;

public class SqliteStoreTests
{
    private static Document Doc(string text, string source = "a.txt") => new(text, new DocumentMeta { Source = source, Outlet = "o", Title = "t" });

    [Fact]
    public void Same_content_twice_is_stored_once_and_reported_as_duplicate()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        Assert.Equal(PutOutcome.Stored, store.Put(Doc("نص أول", "a.txt")));
        Assert.Equal(PutOutcome.Duplicate, store.Put(Doc("نص أول", "b.txt")));
        var outcomes = store.PutMany([Doc("نص ثان"), Doc("نص أول"), Doc("نص ثان")]);
        Assert.Equal([PutOutcome.Stored, PutOutcome.Duplicate, PutOutcome.Duplicate], outcomes);
        Assert.Equal(2, store.Stats().Documents);
        Assert.Equal(2, store.Stats().Pending);
        // The first source wins: the duplicate did not overwrite anything.
        Assert.Equal("a.txt", store.GetInfo(ContentHash.Of("نص أول"))!.Source);
    }

    [Fact]
    public void Analysis_and_corpus_round_trip_through_a_reopened_store()
    {
        using var dir = new TempDir();
        var doc = StoreJsonTests.SampleDocument();
        var corpus = new Corpus();
        var ent = new Entity { Id = "e1", Name = "بوتين", Type = EntityType.Person };
        ent.AddAlias("بوتن");
        corpus.Entities["e1"] = ent;
        var ev = new Event { Id = "ev1", Story = "s1", Type = "telephone", Cameo = "041", Date = DateValue.OfDay(new DateOnly(2025, 2, 12), "explicit") };
        ev.Mentions.Add(new Mention { Document = doc.Id, Item = doc.Items[0].Id, Span = new Span(12, 42), Text = "x" });
        corpus.Events.Add(ev);
        var story = new Story { Id = "s1", Title = "قصة" };
        story.Items.Add(doc.Items[0].Id);
        story.Events.Add("ev1");
        corpus.Stories.Add(story);
        corpus.Items.AddRange(doc.Items);

        using (var store = new SqliteStore(dir.File("s.db")))
        {
            store.Put(doc);
            Assert.Equal([doc.Id], store.Pending(10));
            store.SaveAnalysis(doc, corpus);
            Assert.Empty(store.Pending(10));
        }
        using (var store = new SqliteStore(dir.File("s.db")))
        {
            var back = store.GetDocument(doc.Id)!;
            Assert.Equal(StoreJson.SerializeDocument(doc), StoreJson.SerializeDocument(back));
            Assert.Equal(DocumentStatus.Done, store.GetInfo(doc.Id)!.Status);
            var c = store.LoadCorpus();
            Assert.Empty(c.Documents);
            Assert.Equal(doc.Items[0].Id, Assert.Single(c.Items).Id);
            Assert.Equal(["بوتن"], c.Entities["e1"].Aliases);
            Assert.Equal(doc.Id, Assert.Single(c.Events).Mentions[0].Document);
            Assert.Equal(["ev1"], Assert.Single(c.Stories).Events);
            Assert.Equal("041", store.GetEvent("ev1")!.Cameo);
            Assert.Equal("قصة", store.GetStory("s1")!.Title);
            Assert.Equal("بوتين", store.GetEntity("e1")!.Name);
            Assert.NotNull(store.GetItem(doc.Items[0].Id));
            Assert.Single(store.Events("s1"));
            Assert.Empty(store.Events("s2"));
            Assert.Equal(new StoreStats(1, 1, 1, 1, 1, 0, 0), store.Stats());
            Assert.Equal("ok", store.IntegrityCheck());
        }
        // JSON is written from its UTF-8 bytes: it must still be TEXT to SQLite (json_* functions and sqlite3 read it).
        using (var db = new SqliteConnection($"Data Source={dir.File("s.db")};Pooling=false"))
        {
            db.Open();
            using var c = db.CreateCommand();
            c.CommandText = """
                SELECT (SELECT group_concat(DISTINCT typeof(meta)) FROM documents) || ' ' ||
                       (SELECT group_concat(DISTINCT typeof(json)) FROM analyses) || ' ' ||
                       (SELECT group_concat(DISTINCT typeof(json)) FROM items) || ' ' ||
                       (SELECT group_concat(DISTINCT typeof(json)) FROM entities) || ' ' ||
                       (SELECT group_concat(DISTINCT typeof(json)) FROM events) || ' ' ||
                       (SELECT group_concat(DISTINCT typeof(json)) FROM stories) || ' ' ||
                       (SELECT json_extract(json, '$.Name') FROM entities WHERE id = 'e1')
                """;
            Assert.Equal("text text text text text text بوتين", c.ExecuteScalar());
        }
    }

    [Fact]
    public void Continuing_from_a_loaded_corpus_writes_what_changed_and_deletes_what_a_merge_removed()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var d1 = Doc("الأول");
        var d2 = Doc("الثاني");
        store.PutMany([d1, d2]);
        var corpus = new Corpus();
        var a = new Event { Id = "a", Type = "t", Cameo = "01", Date = DateValue.Unknown("x") };
        var b = new Event { Id = "b", Type = "t", Cameo = "01", Date = DateValue.Unknown("x") };
        corpus.Events.AddRange([a, b]);
        store.SaveAnalysis(d1, corpus);

        var loaded = store.LoadCorpus();
        // A later document merges b into a: a gains a mention, b disappears.
        loaded.Events.RemoveAll(e => e.Id == "b");
        loaded.Events[0].Mentions.Add(new Mention { Document = d2.Id, Item = d2.Id + "-0", Span = new Span(0, 1), Text = "ا" });
        store.SaveAnalysis(d2, loaded);

        var again = store.LoadCorpus();
        Assert.Equal("a", Assert.Single(again.Events).Id);
        Assert.Single(again.Events[0].Mentions);
    }

    [Fact]
    public void Failed_documents_keep_their_reason_and_can_be_retried()
    {
        using var dir = new TempDir();
        using var store = new SqliteStore(dir.File("s.db"));
        var d = Doc("نص");
        store.Put(d);
        store.MarkFailed(d.Id, "stage clean: boom");
        var info = store.GetInfo(d.Id)!;
        Assert.Equal(DocumentStatus.Failed, info.Status);
        Assert.Equal("stage clean: boom", info.Error);
        Assert.Equal(1, store.Stats().Failed);
        Assert.Empty(store.Pending(10));
        Assert.Equal(1, store.RetryFailed());
        Assert.Equal([d.Id], store.Pending(10));
    }

    [Fact]
    public void An_older_schema_is_migrated_forward_keeping_its_documents()
    {
        using var dir = new TempDir();
        var path = dir.File("old.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            db.Open();
            SqliteStore.Migrate(db, target: 1);
            using var c = db.CreateCommand();
            c.CommandText = "INSERT INTO documents (id, source, format, text, meta, status, created, updated) VALUES ('abc', 'x.txt', 'text', 'نص قديم', '{\"Source\":\"x.txt\"}', 'pending', 'now', 'now')";
            c.ExecuteNonQuery();
            c.CommandText = "SELECT version FROM schema_version";
            Assert.Equal(1L, c.ExecuteScalar());
        }
        using var store = new SqliteStore(path);
        Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion);
        Assert.True(SqliteMigrations.Latest >= 2);
        Assert.Equal("نص قديم".Length, store.GetInfo("abc")!.Length);
        Assert.Equal("نص قديم", store.GetDocument("abc")!.Text);
        Assert.Equal(["abc"], store.Pending(5));
    }

    [Fact]
    public void Analyses_stored_before_rules_were_recorded_count_as_made_by_other_rules()
    {
        using var dir = new TempDir();
        var path = dir.File("v2.db");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            db.Open();
            SqliteStore.Migrate(db, target: 2);
            using var c = db.CreateCommand();
            c.CommandText = """
                INSERT INTO documents (id, source, format, text, meta, status, created, updated) VALUES ('abc', 'x.txt', 'text', 'نص قديم', '{"Source":"x.txt"}', 'done', 'now', 'now');
                INSERT INTO analyses (document_id, json, analysed) VALUES ('abc', '{"Meta":{"Source":"x.txt"}}', 'now');
                """;
            c.ExecuteNonQuery();
        }
        using var store = new SqliteStore(path);
        Assert.Equal(new Dictionary<string, long> { [""] = 1 }, store.AnalysedBy());
        Assert.Equal(1, store.ResetAnalyses());
        Assert.Empty(store.AnalysedBy());
        Assert.Equal(["abc"], store.Pending(5));
        Assert.Equal("نص قديم", store.GetDocument("abc")!.Text);
    }

    [Fact]
    public void A_store_from_a_newer_rasd_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var path = dir.File("new.db");
        using (var s = new SqliteStore(path)) { }
        using (var db = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            db.Open();
            using var c = db.CreateCommand();
            c.CommandText = "UPDATE schema_version SET version = 999";
            c.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => new SqliteStore(path));
        Assert.Contains("newer", ex.Message);
    }

    [Fact]
    public void Factory_resolves_folders_files_environment_and_postgres()
    {
        using var dir = new TempDir();
        var folder = System.IO.Path.Combine(dir.Path, "a", "b");
        using (var s = StoreFactory.Open(folder)) Assert.Equal(System.IO.Path.Combine(folder, "rasd.db"), s.Location);
        Assert.True(File.Exists(System.IO.Path.Combine(folder, "rasd.db")));
        using (var s = StoreFactory.Open(dir.File("x.sqlite"))) Assert.Equal(dir.File("x.sqlite"), s.Location);
        Assert.Equal(System.IO.Path.GetFullPath("/tmp/q/rasd.db"), StoreFactory.SqlitePath("/tmp/q"));
        Assert.True(StoreFactory.IsPostgres("postgresql://u@h/db"));
        Assert.False(StoreFactory.IsPostgres("/data/postgres"));
    }
}
