using System.Globalization;
using Microsoft.Data.Sqlite;
using Rasd.Model;

namespace Rasd.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Documents are keyed by content hash (INSERT OR IGNORE, so
/// the same content is stored once); a document's analysis and the corpus objects it touched are written in
/// one transaction, so a crash leaves all of it or none of it. One connection, used under a lock: callers
/// may share the store between threads.
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly SqliteConnection _db;
    private readonly object _gate = new();

    public string Location { get; }

    public SqliteStore(string path)
    {
        Location = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        _db = new SqliteConnection(cs);
        try
        {
            _db.Open();
            Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
            Migrate(_db);
        }
        catch (SqliteException ex)
        {
            _db.Dispose();
            throw new StoreException($"cannot open the store {Location}: {ex.Message}", ex);
        }
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => (int)Scalar<long>("SELECT version FROM schema_version");

    /// <summary>Applies the forward migrations the database lacks, up to <paramref name="target"/> (default: latest).</summary>
    internal static void Migrate(SqliteConnection db, int? target = null)
    {
        var to = target ?? SqliteMigrations.Latest;
        using (var c = db.CreateCommand())
        {
            c.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL); " +
                            "INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version);";
            c.ExecuteNonQuery();
        }
        while (true)
        {
            using var tx = db.BeginTransaction(deferred: false);
            using var c = db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = "SELECT version FROM schema_version";
            var current = Convert.ToInt32(c.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (current > SqliteMigrations.Latest)
                throw new StoreException($"the store was written by a newer rasd (schema {current}, this one knows {SqliteMigrations.Latest})");
            if (current >= to) return;
            c.CommandText = SqliteMigrations.Scripts[current] + $"\nUPDATE schema_version SET version = {current + 1};";
            c.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public PutOutcome Put(Document doc) => PutMany([doc])[0];

    public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<Document> docs)
    {
        var outcomes = new PutOutcome[docs.Count];
        lock (_gate)
        {
            using var tx = _db.BeginTransaction(deferred: false);
            using var c = _db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = """
                INSERT OR IGNORE INTO documents (id, source, format, outlet, title, published, text, meta, status, created, updated, length)
                VALUES ($id, $source, $format, $outlet, $title, $published, $text, CAST($meta AS TEXT), 'pending', $now, $now, $length)
                """;
            var p = AddParams(c, "$id", "$source", "$format", "$outlet", "$title", "$published", "$text", "$meta", "$now", "$length");
            c.Prepare();
            var now = Now();
            for (var i = 0; i < docs.Count; i++)
            {
                var d = docs[i];
                p[0].Value = d.Id;
                p[1].Value = d.Meta.Source;
                p[2].Value = d.Meta.Format;
                p[3].Value = (object?)d.Meta.Outlet ?? DBNull.Value;
                p[4].Value = (object?)d.Meta.Title ?? DBNull.Value;
                p[5].Value = (object?)d.Meta.Published.Iso ?? DBNull.Value;
                p[6].Value = d.Text;
                p[7].Value = StoreJson.SerializeToUtf8(d.Meta);
                p[8].Value = now;
                p[9].Value = d.Text.Length;
                outcomes[i] = c.ExecuteNonQuery() == 1 ? PutOutcome.Stored : PutOutcome.Duplicate;
            }
            tx.Commit();
        }
        return outcomes;
    }

    private static SqliteParameter[] AddParams(SqliteCommand c, params string[] names) =>
        names.Select(n => c.Parameters.Add(new SqliteParameter { ParameterName = n, Value = DBNull.Value })).ToArray();

    public Document? GetDocument(string id)
    {
        lock (_gate)
        {
            using var c = Cmd("SELECT d.text, d.meta, a.json FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = $id", ("$id", id));
            using var r = c.ExecuteReader();
            return r.Read() ? ReadDocument(r) : null;
        }
    }

    private static Document ReadDocument(SqliteDataReader r)
    {
        var text = r.GetString(0);
        if (!r.IsDBNull(2)) return StoreJson.DeserializeDocument(r.GetString(2), text);
        return new Document(text, StoreJson.Deserialize<DocumentMeta>(r.GetString(1)));
    }

    public DocumentInfo? GetInfo(string id)
    {
        lock (_gate)
        {
            using var c = Cmd("SELECT id, source, format, outlet, title, published, status, error, length FROM documents WHERE id = $id", ("$id", id));
            using var r = c.ExecuteReader();
            return r.Read() ? ReadInfo(r) : null;
        }
    }

    /// <summary>Every document's key fields, in the order they were stored.</summary>
    public IReadOnlyList<DocumentInfo> Infos()
    {
        lock (_gate)
        {
            using var c = Cmd("SELECT id, source, format, outlet, title, published, status, error, length FROM documents ORDER BY rowid");
            using var r = c.ExecuteReader();
            var list = new List<DocumentInfo>();
            while (r.Read()) list.Add(ReadInfo(r));
            return list;
        }
    }

    private static DocumentInfo ReadInfo(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5),
        r.GetString(6) switch { "done" => DocumentStatus.Done, "failed" => DocumentStatus.Failed, _ => DocumentStatus.Pending },
        Str(r, 7), r.GetInt32(8));

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public IReadOnlyList<string> Pending(int max)
    {
        lock (_gate)
        {
            using var c = Cmd("SELECT id FROM documents WHERE status = 'pending' ORDER BY rowid LIMIT $max", ("$max", max));
            return ReadStrings(c);
        }
    }

    public void SaveAnalysis(Document doc, Corpus corpus) => SaveAnalyses([doc], corpus);

    // JSON is bound as its UTF-8 bytes and cast to TEXT in SQL (a no-op for UTF-8 bytes): the column stays TEXT,
    // and the serialiser's UTF-8 is not turned into a UTF-16 string and back into UTF-8 for SQLite.

    public void SaveAnalyses(IReadOnlyList<Document> docs, Corpus corpus)
    {
        if (docs.Count == 0) return;
        var tracker = CorpusTracker.For(corpus);
        lock (_gate)
        {
            var delta = tracker.Changes(docs, corpus);
            var now = Now();
            using var tx = _db.BeginTransaction(deferred: false);
            using (var c = _db.CreateCommand())
            {
                c.Transaction = tx;
                // The meta column keeps what the reader gave (a reanalysis starts from it); the refined metadata
                // is in the analysis, and the listing columns show it.
                c.CommandText = """
                    UPDATE documents SET status = 'done', error = NULL, updated = $now, outlet = $outlet, title = $title, published = $published
                    WHERE id = $id
                    """;
                var p = AddParams(c, "$now", "$outlet", "$title", "$published", "$id");
                c.Prepare();
                foreach (var doc in docs)
                {
                    p[0].Value = now;
                    p[1].Value = (object?)doc.Meta.Outlet ?? DBNull.Value;
                    p[2].Value = (object?)doc.Meta.Title ?? DBNull.Value;
                    p[3].Value = (object?)doc.Meta.Published.Iso ?? DBNull.Value;
                    p[4].Value = doc.Id;
                    if (c.ExecuteNonQuery() != 1) throw new StoreException($"document {doc.Id} is not in the store: Put it before saving its analysis");
                }
            }
            Upsert(tx, "INSERT OR REPLACE INTO analyses (document_id, json, analysed, rules) VALUES ($1, CAST($2 AS TEXT), $3, $4)",
                docs, d => [d.Id, StoreJson.SerializeDocumentToUtf8(d, includeText: false), now, d.AnalysedBy]);
            // Upserts keep a row's rowid (INSERT OR REPLACE would delete and re-add it at the end): rows stay in the order
            // their objects were made, the order of the corpus in memory and of PostgreSQL's ord.
            Upsert(tx, "INSERT INTO items (id, document_id, story, json) VALUES ($1, $2, $3, CAST($4 AS TEXT)) ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, story = excluded.story, json = excluded.json",
                delta.Items, i => [i.Id, i.DocumentId, i.Story, StoreJson.SerializeToUtf8(i)]);
            Upsert(tx, "INSERT INTO entities (id, type, name, json) VALUES ($1, $2, $3, CAST($4 AS TEXT)) ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, json = excluded.json",
                delta.Entities, e => [e.Id, e.Type.ToString(), e.Name, StoreJson.SerializeToUtf8(e)]);
            Upsert(tx, "INSERT INTO events (id, story, type, cameo, date, json) VALUES ($1, $2, $3, $4, $5, CAST($6 AS TEXT)) ON CONFLICT (id) DO UPDATE SET story = excluded.story, type = excluded.type, cameo = excluded.cameo, date = excluded.date, json = excluded.json",
                delta.Events, e => [e.Id, e.Story, e.Type, e.Cameo, e.Date.Iso, StoreJson.SerializeToUtf8(e)]);
            Upsert(tx, "INSERT INTO stories (id, title, first, last, json) VALUES ($1, $2, $3, $4, CAST($5 AS TEXT)) ON CONFLICT (id) DO UPDATE SET title = excluded.title, first = excluded.first, last = excluded.last, json = excluded.json",
                delta.Stories, s => [s.Id, s.Title, s.First?.Iso, s.Last?.Iso, StoreJson.SerializeToUtf8(s)]);
            Upsert(tx, "DELETE FROM entities WHERE id = $1", delta.RemovedEntities, x => [x]);
            Upsert(tx, "DELETE FROM events WHERE id = $1", delta.RemovedEvents, x => [x]);
            Upsert(tx, "DELETE FROM stories WHERE id = $1", delta.RemovedStories, x => [x]);
            tx.Commit();
            tracker.Accept(corpus);
        }
    }

    private void Upsert<T>(SqliteTransaction tx, string sql, IReadOnlyList<T> rows, Func<T, object?[]> values)
    {
        if (rows.Count == 0) return;
        using var c = _db.CreateCommand();
        c.Transaction = tx;
        c.CommandText = sql;
        var first = values(rows[0]);
        var ps = AddParams(c, Enumerable.Range(1, first.Length).Select(i => "$" + i).ToArray());
        c.Prepare();
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < v.Length; i++) ps[i].Value = v[i] ?? DBNull.Value;
            c.ExecuteNonQuery();
        }
    }

    public void MarkFailed(string documentId, string reason)
    {
        lock (_gate)
        {
            using var c = Cmd("UPDATE documents SET status = 'failed', error = $e, updated = $now WHERE id = $id",
                ("$e", reason), ("$now", Now()), ("$id", documentId));
            c.ExecuteNonQuery();
        }
    }

    public int RetryFailed()
    {
        lock (_gate)
        {
            using var c = Cmd("UPDATE documents SET status = 'pending', error = NULL, updated = $now WHERE status = 'failed'", ("$now", Now()));
            return c.ExecuteNonQuery();
        }
    }

    public IReadOnlyDictionary<string, long> AnalysedBy()
    {
        lock (_gate)
        {
            using var c = Cmd("SELECT coalesce(a.rules, ''), count(*) FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.status = 'done' GROUP BY 1");
            using var r = c.ExecuteReader();
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            while (r.Read()) counts[r.GetString(0)] = r.GetInt64(1);
            return counts;
        }
    }

    public int ResetAnalyses()
    {
        lock (_gate)
        {
            using var tx = _db.BeginTransaction(deferred: false);
            using var c = _db.CreateCommand();
            c.Transaction = tx;
            c.CommandText = "DELETE FROM analyses; DELETE FROM items; DELETE FROM entities; DELETE FROM events; DELETE FROM stories;";
            c.ExecuteNonQuery();
            c.CommandText = "UPDATE documents SET status = 'pending', error = NULL, updated = $now";
            c.Parameters.AddWithValue("$now", Now());
            var n = c.ExecuteNonQuery();
            tx.Commit();
            return n;
        }
    }

    public Corpus LoadCorpus()
    {
        var corpus = new Corpus();
        lock (_gate)
        {
            foreach (var json in Jsons("SELECT json FROM items ORDER BY rowid")) corpus.Items.Add(StoreJson.Deserialize<Item>(json));
            foreach (var json in Jsons("SELECT json FROM entities ORDER BY rowid"))
            {
                var e = StoreJson.Deserialize<Entity>(json);
                corpus.Entities[e.Id] = e;
            }
            foreach (var json in Jsons("SELECT json FROM events ORDER BY rowid")) corpus.Events.Add(StoreJson.Deserialize<Event>(json));
            foreach (var json in Jsons("SELECT json FROM stories ORDER BY rowid")) corpus.Stories.Add(StoreJson.Deserialize<Story>(json));
        }
        CorpusTracker.For(corpus).Accept(corpus);
        return corpus;
    }

    public IReadOnlyList<Story> Stories()
    {
        lock (_gate) return Jsons("SELECT json FROM stories ORDER BY rowid").Select(StoreJson.Deserialize<Story>).ToList();
    }

    public Story? GetStory(string id) => One<Story>("SELECT json FROM stories WHERE id = $id", id);
    public Event? GetEvent(string id) => One<Event>("SELECT json FROM events WHERE id = $id", id);
    public Entity? GetEntity(string id) => One<Entity>("SELECT json FROM entities WHERE id = $id", id);
    public Item? GetItem(string id) => One<Item>("SELECT json FROM items WHERE id = $id", id);

    public IReadOnlyList<Entity> Entities()
    {
        lock (_gate) return Jsons("SELECT json FROM entities ORDER BY id").Select(StoreJson.Deserialize<Entity>).ToList();
    }

    public IReadOnlyList<Event> Events(string? storyId = null)
    {
        lock (_gate)
        {
            using var c = storyId == null
                ? Cmd("SELECT json FROM events ORDER BY rowid")
                : Cmd("SELECT json FROM events WHERE story = $s ORDER BY rowid", ("$s", storyId));
            return ReadStrings(c).Select(StoreJson.Deserialize<Event>).ToList();
        }
    }

    /// <summary>Every document with its analysis, in the order stored; read in pages so memory stays flat.</summary>
    public IEnumerable<Document> Documents()
    {
        long after = 0;
        while (true)
        {
            var page = new List<(long Row, Document Doc)>();
            lock (_gate)
            {
                using var c = Cmd("SELECT d.text, d.meta, a.json, d.rowid FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.rowid > $after ORDER BY d.rowid LIMIT 256", ("$after", after));
                using var r = c.ExecuteReader();
                while (r.Read()) page.Add((r.GetInt64(3), ReadDocument(r)));
            }
            if (page.Count == 0) yield break;
            foreach (var (_, d) in page) yield return d;
            after = page[^1].Row;
        }
    }

    public StoreStats Stats()
    {
        lock (_gate)
        {
            using var c = Cmd("""
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM items), (SELECT count(*) FROM entities),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM stories),
                       (SELECT count(*) FROM documents WHERE status = 'pending'), (SELECT count(*) FROM documents WHERE status = 'failed')
                """);
            using var r = c.ExecuteReader();
            r.Read();
            return new StoreStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6));
        }
    }

    /// <summary>SQLite's own consistency check ("ok" when the file is sound).</summary>
    public string IntegrityCheck()
    {
        lock (_gate) return string.Join("; ", Jsons("PRAGMA integrity_check"));
    }

    private T? One<T>(string sql, string id) where T : class
    {
        lock (_gate)
        {
            using var c = Cmd(sql, ("$id", id));
            return c.ExecuteScalar() is string json ? StoreJson.Deserialize<T>(json) : null;
        }
    }

    private List<string> Jsons(string sql)
    {
        using var c = Cmd(sql);
        return ReadStrings(c);
    }

    private static List<string> ReadStrings(SqliteCommand c)
    {
        using var r = c.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private SqliteCommand Cmd(string sql, params (string Name, object? Value)[] ps)
    {
        var c = _db.CreateCommand();
        c.CommandText = sql;
        foreach (var (n, v) in ps) c.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return c;
    }

    private void Exec(string sql)
    {
        using var c = Cmd(sql);
        c.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql)
    {
        lock (_gate)
        {
            using var c = Cmd(sql);
            return (T)c.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            try { Exec("PRAGMA optimize"); } catch (SqliteException) { }
            _db.Dispose();
        }
    }
}
