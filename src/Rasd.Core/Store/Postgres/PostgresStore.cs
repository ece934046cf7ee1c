using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Rasd.Model;

namespace Rasd.Store.Postgres;

/// <summary>How many documents are in each queue state.</summary>
public sealed record QueueCounts(long Pending, long Claimed, long Analysed, long Done, long Failed)
{
    public long Total => Pending + Claimed + Analysed + Done + Failed;
}

/// <summary>A document a worker claimed: it has it until <see cref="Until"/>.</summary>
public sealed record ClaimedDocument(Document Document, long Seq, int Attempts);

/// <summary>What one call of <see cref="PostgresStore.LinkReady"/> did and how long it held the merge lock.</summary>
public sealed record LinkOutcome(int Linked, int Failed, TimeSpan LockWait, TimeSpan LockHeld, bool Busy = false);

/// <summary>
/// The shared store: PostgreSQL through Npgsql. Same tables and JSON (<see cref="StoreJson"/>) as SQLite, with
/// jsonb columns, a queue on the documents table, and full-text search through PostgreSQL's <c>arabic</c>
/// configuration. Writes are idempotent: documents are keyed by content hash (INSERT … ON CONFLICT DO NOTHING),
/// corpus rows by their ids (upserts), and a document already done is never written again.
/// Thread-safe: every call takes a pooled connection of its own.
/// </summary>
public sealed class PostgresStore : IStore
{
    /// <summary>A document claimed this many times without finishing is marked failed (it keeps killing workers).</summary>
    public const int MaxAttempts = 5;

    private readonly NpgsqlDataSource _source;

    public string Location { get; }
    public int SchemaVersion { get; }

    /// <summary>Opens (and migrates) the database a <c>postgres://</c> URL names.</summary>
    public PostgresStore(string url, int? migrateTo = null)
    {
        Location = PostgresUrl.Redact(url);
        string cs;
        try { cs = PostgresUrl.ToConnectionString(url); }
        catch (ArgumentException e) { throw new StoreException(e.Message, e); }
        // Workers run the same few statements thousands of times: let Npgsql prepare them (parse and plan once).
        var b = new NpgsqlConnectionStringBuilder(cs);
        if (!cs.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase)) { b.MaxAutoPrepare = 32; b.AutoPrepareMinUsages = 2; }
        _source = NpgsqlDataSource.Create(b.ConnectionString);
        try
        {
            using var conn = _source.OpenConnection();
            SchemaVersion = PostgresSchema.Migrate(conn, Location, migrateTo);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            _source.Dispose();
            throw new StoreException($"cannot open the PostgreSQL store {Location}: {e.Message}", e);
        }
        catch
        {
            _source.Dispose();
            throw;
        }
    }

    internal NpgsqlConnection Open() => _source.OpenConnection();

    // ---- documents -------------------------------------------------------------------------------------------

    public PutOutcome Put(Document doc) => PutMany([doc])[0];

    /// <summary>Enqueues documents as pending in one transaction; a content already stored is a duplicate.</summary>
    public IReadOnlyList<PutOutcome> PutMany(IReadOnlyList<Document> docs)
    {
        var outcomes = new PutOutcome[docs.Count];
        if (docs.Count == 0) return outcomes;
        using var conn = Open();
        using var tx = conn.BeginTransaction();
        using var cmd = new NpgsqlCommand("""
            INSERT INTO documents (id, source, format, outlet, title, published, length, text, meta)
            VALUES (@id, @source, @format, @outlet, @title, @published, @length, @text, @meta)
            ON CONFLICT (id) DO NOTHING
            """, conn, tx);
        var id = cmd.Parameters.Add("id", NpgsqlDbType.Text);
        var src = cmd.Parameters.Add("source", NpgsqlDbType.Text);
        var fmt = cmd.Parameters.Add("format", NpgsqlDbType.Text);
        var outlet = cmd.Parameters.Add("outlet", NpgsqlDbType.Text);
        var title = cmd.Parameters.Add("title", NpgsqlDbType.Text);
        var pub = cmd.Parameters.Add("published", NpgsqlDbType.Text);
        var len = cmd.Parameters.Add("length", NpgsqlDbType.Integer);
        var text = cmd.Parameters.Add("text", NpgsqlDbType.Text);
        var meta = cmd.Parameters.Add("meta", NpgsqlDbType.Jsonb);
        cmd.Prepare();
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            id.Value = d.Id;
            src.Value = d.Meta.Source;
            fmt.Value = d.Meta.Format;
            outlet.Value = (object?)d.Meta.Outlet ?? DBNull.Value;
            title.Value = (object?)d.Meta.Title ?? DBNull.Value;
            pub.Value = (object?)d.Meta.Published.Iso ?? DBNull.Value;
            len.Value = d.Text.Length;
            text.Value = Clean(d.Text);
            meta.Value = Clean(StoreJson.Serialize(d.Meta));
            outcomes[i] = cmd.ExecuteNonQuery() == 1 ? PutOutcome.Stored : PutOutcome.Duplicate;
        }
        tx.Commit();
        return outcomes;
    }

    // PostgreSQL text cannot hold NUL; the content hash was taken before, so the id is unaffected.
    private static string Clean(string s) => s.Contains('\0') ? s.Replace('\0', '\uFFFD') : s;

    public Document? GetDocument(string id)
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("SELECT text, meta::text, analysis::text FROM documents WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        var doc = ReadDocument(r, 0);
        r.Close();
        // Later documents may have changed this document's items (a story merge): the items table is current.
        if (doc.Items.Count > 0)
        {
            var current = Objects<Item>(conn, "SELECT data::text FROM items WHERE document_id = @id ORDER BY ord", ("id", id)).ToDictionary(i => i.Id);
            for (var i = 0; i < doc.Items.Count; i++)
                if (current.TryGetValue(doc.Items[i].Id, out var fresh)) doc.Items[i] = fresh;
        }
        return doc;
    }

    private static Document ReadDocument(NpgsqlDataReader r, int at)
    {
        var text = r.GetString(at);
        if (!r.IsDBNull(at + 2)) return StoreJson.DeserializeDocument(r.GetString(at + 2), text);
        return new Document(text, StoreJson.Deserialize<DocumentMeta>(r.GetString(at + 1)));
    }

    public DocumentInfo? GetInfo(string id)
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("SELECT id, source, format, outlet, title, published, status, error, length FROM documents WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", id);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new DocumentInfo(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5),
            r.GetString(6) switch { "done" => DocumentStatus.Done, "failed" => DocumentStatus.Failed, _ => DocumentStatus.Pending },
            Str(r, 7), r.GetInt32(8));
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public IReadOnlyList<string> Pending(int max)
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("SELECT id FROM documents WHERE status = 'pending' ORDER BY seq LIMIT @max", conn);
        cmd.Parameters.AddWithValue("max", (long)Math.Max(0, max));
        return Strings(cmd);
    }

    public void MarkFailed(string documentId, string reason)
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("""
            UPDATE documents SET status = 'failed', error = @e, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND status <> 'done'
            """, conn);
        cmd.Parameters.AddWithValue("e", reason);
        cmd.Parameters.AddWithValue("id", documentId);
        cmd.ExecuteNonQuery();
    }

    public int RetryFailed()
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("UPDATE documents SET status = 'pending', error = NULL, attempts = 0, claimed_by = NULL, claimed_until = NULL WHERE status = 'failed'", conn);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Saves one document's analysis and the corpus objects it touched, and marks it done, in one transaction.
    /// Takes the merge lock so a single-process run and workers can write the same store safely.
    /// A document already done is left as it is (idempotent).
    /// </summary>
    public void SaveAnalysis(Document doc, Corpus corpus)
    {
        var tracker = CorpusTracker.For(corpus);
        using var conn = Open();
        using var tx = conn.BeginTransaction();
        Exec(conn, tx, $"SELECT pg_advisory_xact_lock({PostgresSchema.MergeLockKey})");
        var status = Scalar<string?>(conn, tx, "SELECT status FROM documents WHERE id = @id", ("id", doc.Id));
        if (status == null) throw new StoreException($"document {doc.Id} is not in the store: Put it before saving its analysis");
        if (status == "done") { tx.Rollback(); return; }
        var writes = new CorpusWrites();
        writes.Add(tracker.Changes(doc, corpus));
        WriteLinked(conn, tx, [new LinkedDoc(doc, null, null)], writes);
        tx.Commit();
        tracker.Accept(corpus);
    }

    /// <summary>A linked document waiting to be written, with its timings.</summary>
    private sealed record LinkedDoc(Document Doc, double? LinkMs, double? WaitMs);

    /// <summary>
    /// The corpus rows a run of linked documents changed, merged in order: the latest object per id, objects a
    /// later document removed dropped, first-seen order kept (so new rows get their ord in creation order).
    /// </summary>
    private sealed class CorpusWrites
    {
        public readonly OrderedDictionary<string, Item> Items = new();
        public readonly OrderedDictionary<string, Entity> Entities = new();
        public readonly OrderedDictionary<string, Event> Events = new();
        public readonly OrderedDictionary<string, Story> Stories = new();
        public readonly HashSet<string> RemovedEntities = new(), RemovedEvents = new(), RemovedStories = new();

        public void Add(CorpusDelta d)
        {
            foreach (var x in d.Items) Items[x.Id] = x;
            Merge(Entities, RemovedEntities, d.Entities, e => e.Id, d.RemovedEntities);
            Merge(Events, RemovedEvents, d.Events, e => e.Id, d.RemovedEvents);
            Merge(Stories, RemovedStories, d.Stories, e => e.Id, d.RemovedStories);
        }

        private static void Merge<T>(OrderedDictionary<string, T> rows, HashSet<string> removed, IReadOnlyList<T> changed, Func<T, string> id, IReadOnlyList<string> gone)
        {
            foreach (var g in gone) { rows.Remove(g); removed.Add(g); }
            foreach (var x in changed) { removed.Remove(id(x)); rows[id(x)] = x; }
        }
    }

    // Writes linked documents (each marked done only if it was not) and the corpus rows they changed, as one
    // round trip; the caller holds the merge lock and commits.
    private static void WriteLinked(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<LinkedDoc> docs, CorpusWrites w)
    {
        using var batch = new NpgsqlBatch(conn, tx);
        var update = new NpgsqlBatchCommand("""
            UPDATE documents d SET status = 'done', analysis = u.a::jsonb, rules = u.r, outlet = u.outlet, title = u.title, published = u.pub,
                   error = NULL, claimed_by = NULL, claimed_until = NULL, done_at = now(),
                   link_ms = coalesce(u.lms, d.link_ms), lock_wait_ms = coalesce(u.wms, d.lock_wait_ms)
            FROM unnest(@ids, @a, @r, @outlet, @title, @pub, @lms, @wms) AS u(id, a, r, outlet, title, pub, lms, wms)
            WHERE d.id = u.id AND d.status <> 'done'
            """);
        // meta keeps what the reader gave (a reanalysis starts from it); the analysis holds the refined metadata.
        Array(update, "ids", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.Id));
        Array(update, "a", NpgsqlDbType.Text, docs.Select(d => (object?)Clean(StoreJson.SerializeDocument(d.Doc, includeText: false))));
        Array(update, "r", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.AnalysedBy));
        Array(update, "outlet", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.Meta.Outlet));
        Array(update, "title", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.Meta.Title));
        Array(update, "pub", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.Meta.Published.Iso));
        Array(update, "lms", NpgsqlDbType.Double, docs.Select(d => (object?)d.LinkMs));
        Array(update, "wms", NpgsqlDbType.Double, docs.Select(d => (object?)d.WaitMs));
        batch.BatchCommands.Add(update);
        Remove(batch, "entities", w.RemovedEntities);
        Remove(batch, "events", w.RemovedEvents);
        Remove(batch, "stories", w.RemovedStories);
        Upsert(batch, "items", w.Items.Values, i => i.Id,
            ("document_id", NpgsqlDbType.Text, i => i.DocumentId),
            ("search_text", NpgsqlDbType.Text, i => Clean(SearchText.Prepare(SearchBody(i)))));
        Upsert(batch, "entities", w.Entities.Values, e => e.Id);
        Upsert(batch, "events", w.Events.Values, e => e.Id, ("story", NpgsqlDbType.Text, e => e.Story));
        Upsert(batch, "stories", w.Stories.Values, s => s.Id);
        var te = Stopwatch.GetTimestamp();
        batch.ExecuteNonQuery();
        Profile.Add("write.execute", Stopwatch.GetElapsedTime(te));
        if (update.RecordsAffected != docs.Count)
            throw new StoreException($"{docs.Count - update.RecordsAffected} of {docs.Count} documents were already done or not in the store");
    }

    private static void Array(NpgsqlBatchCommand cmd, string name, NpgsqlDbType type, IEnumerable<object?> values) =>
        cmd.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.Select(v => v ?? DBNull.Value).ToArray() });

    /// <summary>What an item's search text is made of: its title and its clean text.</summary>
    internal static string SearchBody(Item i) => string.IsNullOrEmpty(i.Title) || i.CleanText.StartsWith(i.Title, StringComparison.Ordinal)
        ? i.CleanText : i.Title + "\n" + i.CleanText;

    // One statement per table: rows in corpus order, each new row taking the next change number as its ord
    // (PostgreSQL evaluates nextval after ORDER BY), so a corpus loaded from rows has its lists in creation order.
    private static void Upsert<T>(NpgsqlBatch batch, string table, ICollection<T> rows, Func<T, string> id,
        params (string Column, NpgsqlDbType Type, Func<T, object?> Value)[] extra)
    {
        if (rows.Count == 0) return;
        var cols = extra.Select(e => e.Column).ToArray();
        var list = string.Join("", cols.Select(c => c + ", "));
        var cmd = new NpgsqlBatchCommand($"""
            INSERT INTO {table} (id, data, {list}ord, seq)
            SELECT id, data::jsonb, {list}s, s FROM (
                SELECT id, data, {list}nextval('change_seq') AS s
                FROM unnest({string.Join(", ", new[] { "@ids", "@datas" }.Concat(cols.Select(c => "@" + c)))}) WITH ORDINALITY AS t(id, data, {list}n) ORDER BY n) x
            ON CONFLICT (id) DO UPDATE SET data = excluded.data, seq = excluded.seq{string.Join("", cols.Select(c => $", {c} = excluded.{c}"))}
            """);
        Array(cmd, "ids", NpgsqlDbType.Text, rows.Select(r => (object?)id(r)));
        Array(cmd, "datas", NpgsqlDbType.Text, rows.Select(r => (object?)Clean(StoreJson.Serialize(r))));
        foreach (var (column, type, value) in extra) Array(cmd, column, type, rows.Select(value));
        batch.BatchCommands.Add(cmd);
    }

    private static void Remove(NpgsqlBatch batch, string table, HashSet<string> ids)
    {
        if (ids.Count == 0) return;
        var cmd = new NpgsqlBatchCommand($"DELETE FROM {table} WHERE id = ANY(@ids)");
        Array(cmd, "ids", NpgsqlDbType.Text, ids.Select(x => (object?)x));
        batch.BatchCommands.Add(cmd);
    }

    // ---- corpus ----------------------------------------------------------------------------------------------

    public Corpus LoadCorpus()
    {
        using var conn = Open();
        using var tx = conn.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var corpus = CorpusReplica.LoadAll(conn, tx);
        tx.Commit();
        CorpusTracker.For(corpus).Accept(corpus);
        return corpus;
    }


    public IReadOnlyList<Story> Stories() => Query<Story>("SELECT data::text FROM stories ORDER BY ord");
    public Story? GetStory(string id) => Query<Story>("SELECT data::text FROM stories WHERE id = @id", ("id", id)).FirstOrDefault();
    public Event? GetEvent(string id) => Query<Event>("SELECT data::text FROM events WHERE id = @id", ("id", id)).FirstOrDefault();
    public Entity? GetEntity(string id) => Query<Entity>("SELECT data::text FROM entities WHERE id = @id", ("id", id)).FirstOrDefault();
    public Item? GetItem(string id) => Query<Item>("SELECT data::text FROM items WHERE id = @id", ("id", id)).FirstOrDefault();
    public IReadOnlyList<Entity> Entities() => Query<Entity>("SELECT data::text FROM entities ORDER BY id COLLATE \"C\"");

    public IReadOnlyList<Event> Events(string? storyId = null) => storyId == null
        ? Query<Event>("SELECT data::text FROM events ORDER BY ord")
        : Query<Event>("SELECT data::text FROM events WHERE story = @s ORDER BY ord", ("s", storyId));

    /// <summary>Every document with its analysis, in queue order, read in pages.</summary>
    public IEnumerable<Document> Documents()
    {
        long after = 0;
        while (true)
        {
            var page = new List<(long Seq, Document Doc)>();
            using (var conn = Open())
            using (var cmd = new NpgsqlCommand("SELECT seq, text, meta::text, analysis::text FROM documents WHERE seq > @after ORDER BY seq LIMIT 256", conn))
            {
                cmd.Parameters.AddWithValue("after", after);
                using var r = cmd.ExecuteReader();
                while (r.Read()) page.Add((r.GetInt64(0), ReadDocument(r, 1)));
            }
            if (page.Count == 0) yield break;
            foreach (var (_, d) in page) yield return d;
            after = page[^1].Seq;
        }
    }

    public StoreStats Stats()
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM items), (SELECT count(*) FROM entities),
                   (SELECT count(*) FROM events), (SELECT count(*) FROM stories),
                   (SELECT count(*) FROM documents WHERE status IN ('pending', 'analysed')), (SELECT count(*) FROM documents WHERE status = 'failed')
            """, conn);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6));
    }

    public IReadOnlyDictionary<string, long> AnalysedBy()
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("SELECT coalesce(rules, ''), count(*) FROM documents WHERE status = 'done' GROUP BY 1", conn);
        using var r = cmd.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (r.Read()) counts[r.GetString(0)] = r.GetInt64(1);
        return counts;
    }

    /// <summary>
    /// As <see cref="IStore.ResetAnalyses"/>, under the merge lock. Claims are dropped, so what a worker is analysing
    /// meanwhile is not stored; the generation number goes up, so every worker's replica starts over.
    /// </summary>
    public int ResetAnalyses()
    {
        using var conn = Open();
        using var tx = conn.BeginTransaction();
        Exec(conn, tx, $"SELECT pg_advisory_xact_lock({PostgresSchema.MergeLockKey})");
        Exec(conn, tx, "DELETE FROM items; DELETE FROM entities; DELETE FROM events; DELETE FROM stories; UPDATE corpus_generation SET n = n + 1");
        using var cmd = new NpgsqlCommand("""
            UPDATE documents SET status = 'pending', analysis = NULL, prelink = NULL, rules = NULL, error = NULL,
                   claimed_by = NULL, claimed_until = NULL, attempts = 0, done_at = NULL,
                   analysis_ms = NULL, link_ms = NULL, lock_wait_ms = NULL, analysed_by = NULL
            """, conn, tx);
        var n = cmd.ExecuteNonQuery();
        tx.Commit();
        return n;
    }

    // ---- queue -----------------------------------------------------------------------------------------------

    /// <summary>Documents by queue state: pending (no live claim), claimed (a worker has it), analysed (waiting to be linked), done, failed.</summary>
    public QueueCounts Queue()
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())),
                   count(*) FILTER (WHERE status = 'pending' AND claimed_until >= now()),
                   count(*) FILTER (WHERE status = 'analysed'),
                   count(*) FILTER (WHERE status = 'done'),
                   count(*) FILTER (WHERE status = 'failed')
            FROM documents
            """, conn);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new QueueCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> pending documents in queue order for <paramref name="lease"/>, skipping
    /// rows other workers are claiming at this instant (FOR UPDATE SKIP LOCKED) and taking over expired claims.
    /// The claim is its own short transaction: no lock is held while the document is analysed.
    /// </summary>
    public IReadOnlyList<ClaimedDocument> Claim(string worker, int max, TimeSpan lease)
    {
        using var conn = Open();
        using var tx = conn.BeginTransaction();
        // A document that has used up its attempts kept killing its workers: give up on it.
        using (var poison = new NpgsqlCommand("""
            UPDATE documents SET status = 'failed', error = 'abandoned after ' || attempts || ' claims that did not finish (a worker died on it each time)',
                   claimed_by = NULL, claimed_until = NULL
            WHERE status = 'pending' AND attempts >= @max AND claimed_until < now()
            """, conn, tx))
        {
            poison.Parameters.AddWithValue("max", MaxAttempts);
            poison.ExecuteNonQuery();
        }
        using var cmd = new NpgsqlCommand("""
            WITH c AS (
                SELECT id FROM documents
                WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
                ORDER BY seq LIMIT @n
                FOR UPDATE SKIP LOCKED)
            UPDATE documents d SET claimed_by = @w, claimed_until = now() + @lease, attempts = d.attempts + 1
            FROM c WHERE d.id = c.id
            RETURNING d.seq, d.text, d.meta::text, d.attempts
            """, conn, tx);
        cmd.Parameters.AddWithValue("n", Math.Max(1, max));
        cmd.Parameters.AddWithValue("w", worker);
        cmd.Parameters.AddWithValue("lease", lease);
        var list = new List<ClaimedDocument>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                list.Add(new ClaimedDocument(new Document(r.GetString(1), StoreJson.Deserialize<DocumentMeta>(r.GetString(2))), r.GetInt64(0), r.GetInt32(3)));
        tx.Commit();
        list.Sort((a, b) => a.Seq.CompareTo(b.Seq));
        return list;
    }

    /// <summary>Extends a live claim (a long document); false when the claim was lost to another worker.</summary>
    public bool Renew(string worker, string documentId, TimeSpan lease)
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("UPDATE documents SET claimed_until = now() + @lease WHERE id = @id AND status = 'pending' AND claimed_by = @w", conn);
        cmd.Parameters.AddWithValue("lease", lease);
        cmd.Parameters.AddWithValue("id", documentId);
        cmd.Parameters.AddWithValue("w", worker);
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <summary>
    /// Stores the per-document analysis of a claimed document (status analysed, claim released). Ignored when
    /// another worker took the claim over and already stored it: the analysis is a function of the text alone,
    /// so both results are the same.
    /// </summary>
    public bool StoreAnalysed(string worker, Document doc, double analysisMs) => StoreAnalysed(worker, [(doc, analysisMs)]) == 1;

    /// <summary>Stores several analyses in one statement; returns how many were taken (the others were done by someone else).</summary>
    public int StoreAnalysed(string worker, IReadOnlyList<(Document Doc, double Ms)> docs)
    {
        if (docs.Count == 0) return 0;
        using var conn = Open();
        using var batch = new NpgsqlBatch(conn);
        var cmd = new NpgsqlBatchCommand("""
            UPDATE documents d SET status = 'analysed', prelink = u.a::jsonb, claimed_by = NULL, claimed_until = NULL,
                   analysis_ms = u.ms, analysed_by = @w
            FROM unnest(@ids, @a, @ms) AS u(id, a, ms)
            WHERE d.id = u.id AND d.status = 'pending' AND (d.claimed_by = @w OR d.claimed_by IS NULL OR d.claimed_until < now())
            """);
        Array(cmd, "ids", NpgsqlDbType.Text, docs.Select(d => (object?)d.Doc.Id));
        Array(cmd, "a", NpgsqlDbType.Text, docs.Select(d => (object?)Clean(StoreJson.SerializeDocument(d.Doc, includeText: false))));
        Array(cmd, "ms", NpgsqlDbType.Double, docs.Select(d => (object?)d.Ms));
        cmd.Parameters.AddWithValue("w", worker);
        batch.BatchCommands.Add(cmd);
        batch.ExecuteNonQuery();
        return cmd.RecordsAffected;
    }

    /// <summary>Marks a claimed document failed (its analysis threw), unless another worker finished it.</summary>
    public void FailClaimed(string documentId, string reason) => MarkFailed(documentId, reason);

    /// <summary>True when nothing is left to claim or link: no pending (claimed or not) and no analysed documents.</summary>
    public bool Drained()
    {
        using var conn = Open();
        using var cmd = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM documents WHERE status IN ('pending', 'analysed'))", conn);
        return (bool)cmd.ExecuteScalar()!;
    }

    /// <summary>Time per step of the locked merge section, summed over this process (`RASD_PROFILE=1 rasd worker`).</summary>
    public static readonly Rasd.Pipeline.TimeProfile Profile = new();

    /// <summary>
    /// Links analysed documents into the corpus strictly in queue order, under the merge lock, for as long as the
    /// next document in queue order is analysed (at most <paramref name="max"/>). The replica first catches up
    /// (outside the lock, then under it) with what other workers linked. Up to <paramref name="perTransaction"/>
    /// consecutive ready documents share a transaction (one round trip of writes, one commit): each document's
    /// results are still committed whole, in exactly one transaction.
    /// See <see cref="Rasd.Pipeline.Worker"/> for why merging is serialised this way.
    /// </summary>
    /// <param name="wait">
    /// False: when another worker holds the merge lock, return at once (it links every ready document in order,
    /// including this worker's, so this worker can go on analysing instead of queueing for the lock).
    /// </param>
    public LinkOutcome LinkReady(CorpusReplica replica, Action<Document, Corpus> link, int max = int.MaxValue, int perTransaction = 16, bool wait = true)
    {
        int linked = 0, failed = 0;
        var waited = TimeSpan.Zero;
        var held = TimeSpan.Zero;
        var busy = false;
        using var conn = Open();
        while (linked + failed < max)
        {
            replica.CatchUp(conn, null, link);
            var t0 = Stopwatch.GetTimestamp();
            using var tx = conn.BeginTransaction();
            if (wait) Exec(conn, tx, $"SELECT pg_advisory_xact_lock({PostgresSchema.MergeLockKey})");
            else if (!Scalar<bool>(conn, tx, $"SELECT pg_try_advisory_xact_lock({PostgresSchema.MergeLockKey})"))
            {
                tx.Commit();
                busy = true;
                break;
            }
            var t1 = Stopwatch.GetTimestamp();
            waited += Stopwatch.GetElapsedTime(t0, t1);
            var waitMs = Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            // The next open documents in queue order; only the analysed ones before the first that is not can go.
            var ready = new List<(string Id, string Text, string Prelink, long Seq)>();
            using (var cmd = new NpgsqlCommand("""
                SELECT id, status, text, prelink::text, seq FROM documents
                WHERE status IN ('pending', 'analysed') ORDER BY seq LIMIT @k
                """, conn, tx))
            {
                cmd.Parameters.AddWithValue("k", Math.Max(1, Math.Min(perTransaction, max - linked - failed)));
                using var r = cmd.ExecuteReader();
                while (r.Read() && r.GetString(1) == "analysed" && !r.IsDBNull(3))
                    ready.Add((r.GetString(0), r.GetString(2), r.GetString(3), r.GetInt64(4)));
            }
            if (ready.Count == 0)
            {
                tx.Commit();
                held += Stopwatch.GetElapsedTime(t1);
                break;
            }
            var current = "";
            try
            {
                var p0 = Stopwatch.GetTimestamp();
                replica.CatchUp(conn, tx, link);
                var corpus = replica.Corpus!;
                var tracker = CorpusTracker.For(corpus);
                var writes = new CorpusWrites();
                var docs = new List<LinkedDoc>(ready.Count);
                foreach (var (id, text, prelink, _) in ready)
                {
                    current = id;
                    var doc = StoreJson.DeserializeDocument(prelink, text);
                    var tl = Stopwatch.GetTimestamp();
                    link(doc, corpus);
                    docs.Add(new LinkedDoc(doc, Stopwatch.GetElapsedTime(tl).TotalMilliseconds, waitMs));
                }
                current = "";
                // One change scan for the whole run (it is O(corpus)): everything changed since the last accepted
                // state, plus what any of the documents refers to.
                var all = new Document("", new DocumentMeta { Source = "(linked together)" });
                foreach (var d in docs) { all.Items.AddRange(d.Doc.Items); all.Entities.AddRange(d.Doc.Entities); }
                writes.Add(tracker.Changes(all, corpus));
                var p1 = Stopwatch.GetTimestamp();
                WriteLinked(conn, tx, docs, writes);
                var p2 = Stopwatch.GetTimestamp();
                tx.Commit();
                var p3 = Stopwatch.GetTimestamp();
                tracker.Accept(corpus);
                replica.Linked(ready[^1].Seq);
                linked += ready.Count;
                Profile.Add("select", Stopwatch.GetElapsedTime(t1, p0));
                Profile.Add("link", Stopwatch.GetElapsedTime(p0, p1));
                Profile.Add("write", Stopwatch.GetElapsedTime(p1, p2));
                Profile.Add("commit", Stopwatch.GetElapsedTime(p2, p3));
            }
            catch (Exception e) when (e is not NpgsqlException and not OutOfMemoryException && current != "")
            {
                // A corpus stage threw: the in-memory corpus may be half changed, so it is rebuilt; the document is
                // failed with the reason (the ones before it in this transaction are linked again on the next
                // round), so the documents after it can be linked. Replays skip failed documents.
                tx.Rollback();
                replica.Invalidate();
                MarkFailed(current, $"linking failed: {e.GetType().Name}: {e.Message}");
                failed++;
            }
            catch
            {
                replica.Invalidate();
                throw;
            }
            finally
            {
                held += Stopwatch.GetElapsedTime(t1);
            }
        }
        return new LinkOutcome(linked, failed, waited, held, busy);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    internal static List<T> Objects<T>(NpgsqlConnection conn, string sql, params (string Name, object Value)[] ps) => Objects<T>(conn, sql, null, ps);

    internal static List<T> Objects<T>(NpgsqlConnection conn, string sql, NpgsqlTransaction? tx, params (string Name, object Value)[] ps)
    {
        using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v);
        var list = new List<T>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoreJson.Deserialize<T>(r.GetString(0)));
        return list;
    }

    private List<T> Query<T>(string sql, params (string Name, object Value)[] ps)
    {
        using var conn = Open();
        return Objects<T>(conn, sql, null, ps);
    }

    private static List<string> Strings(NpgsqlCommand cmd)
    {
        var list = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    internal static void Exec(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.ExecuteNonQuery();
    }

    internal static T Scalar<T>(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, params (string Name, object Value)[] ps)
    {
        using var cmd = new NpgsqlCommand(sql, conn, tx);
        foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v);
        var o = cmd.ExecuteScalar();
        return o is null or DBNull ? default! : (T)o;
    }

    public void Dispose() => _source.Dispose();
}
