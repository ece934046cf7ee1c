using System.Diagnostics;
using Npgsql;
using Rasd.Model;

namespace Rasd.Store.Postgres;

/// <summary>
/// A worker's in-memory copy of the shared corpus, kept identical to the corpus of a single process that linked
/// the same documents in the same order. Documents are linked strictly in queue order, and each linked document
/// keeps its per-document analysis as it was before linking (<c>documents.prelink</c>); the replica catches up
/// by linking, in memory, the documents other workers linked since its last sync, in that order (a replay).
/// Corpus stages are deterministic, so the replay rebuilds exactly the objects and the stage state
/// (<see cref="Corpus.State"/>: near-duplicate index, per-outlet line counts, story index…) the other workers
/// had, including state that cannot be rebuilt from stored rows. Nothing replayed is written: the rows are
/// already there. A replay costs one link (milliseconds) per document and worker, far less than analysis.
/// A store with a very long history is not replayed from the start: the corpus rows are loaded instead, as a
/// single process continuing from the store would (<see cref="IStore.LoadCorpus"/>).
/// </summary>
public sealed class CorpusReplica
{
    /// <summary>Above this many linked documents a cold start loads the corpus rows instead of replaying them all.</summary>
    public int ReplayLimit { get; init; } = 50_000;

    public Corpus? Corpus { get; private set; }
    /// <summary>Queue position of the last document reflected in <see cref="Corpus"/>.</summary>
    public long LastSeq { get; private set; }
    /// <summary>Documents linked in memory that other workers had linked and saved (replays).</summary>
    public long Replayed { get; private set; }
    public TimeSpan ReplayTime { get; private set; }
    /// <summary>Times the replica was built from scratch (the first time, and after a failed link).</summary>
    public int ColdStarts { get; private set; }

    /// <summary>The store's corpus generation the replica was built in (see <see cref="PostgresStore.ResetAnalyses"/>).</summary>
    public long Generation { get; private set; }

    public void Invalidate() => Corpus = null;

    /// <summary>
    /// Brings the corpus up to date with every document linked so far. Outside the merge lock it catches up on
    /// most of the backlog cheaply; under the lock (with <paramref name="tx"/>) nobody links meanwhile, so it is
    /// then exactly current.
    /// </summary>
    public void CatchUp(NpgsqlConnection conn, NpgsqlTransaction? tx, Action<Document, Corpus> link)
    {
        // A reset of the analyses dropped the corpus this replica holds (exact under the lock, which a reset takes).
        var generation = PostgresStore.Scalar<long>(conn, tx, "SELECT n FROM corpus_generation");
        if (Corpus != null && generation != Generation) Corpus = null;
        if (Corpus == null)
        {
            ColdStart(conn, tx);
            Generation = generation;
        }
        var t = Stopwatch.GetTimestamp();
        var n = 0;
        while (true)
        {
            var page = new List<(long Seq, Document Doc)>();
            using (var cmd = new NpgsqlCommand("""
                SELECT seq, text, coalesce(prelink, analysis)::text FROM documents
                WHERE status = 'done' AND seq > @s ORDER BY seq LIMIT 256
                """, conn, tx))
            {
                cmd.Parameters.AddWithValue("s", LastSeq);
                using var r = cmd.ExecuteReader();
                while (r.Read()) page.Add((r.GetInt64(0), StoreJson.DeserializeDocument(r.GetString(2), r.GetString(1))));
            }
            if (page.Count == 0) break;
            foreach (var (seq, doc) in page)
            {
                link(doc, Corpus!);
                LastSeq = seq;
                n++;
            }
        }
        if (n > 0)
        {
            Replayed += n;
            ReplayTime += Stopwatch.GetElapsedTime(t);
            // What was replayed is stored already: only what this worker links next is a change to write.
            CorpusTracker.For(Corpus!).Accept(Corpus!);
        }
    }

    /// <summary>Records that this worker linked and committed the document at queue position <paramref name="seq"/>.</summary>
    public void Linked(long seq) => LastSeq = seq;

    private void ColdStart(NpgsqlConnection conn, NpgsqlTransaction? tx)
    {
        ColdStarts++;
        var linked = PostgresStore.Scalar<long>(conn, tx, "SELECT count(*) FROM documents WHERE status = 'done'");
        if (linked <= ReplayLimit)
        {
            Corpus = new Corpus();
            LastSeq = 0;
            CorpusTracker.For(Corpus).Accept(Corpus);
            return;
        }
        // Read the rows and the position they reflect in one snapshot.
        using var own = tx == null ? conn.BeginTransaction(System.Data.IsolationLevel.RepeatableRead) : null;
        var t = tx ?? own!;
        LastSeq = PostgresStore.Scalar<long>(conn, t, "SELECT coalesce(max(seq), 0) FROM documents WHERE status = 'done'");
        Corpus = LoadAll(conn, t);
        own?.Commit();
        CorpusTracker.For(Corpus).Accept(Corpus);
    }

    internal static Corpus LoadAll(NpgsqlConnection conn, NpgsqlTransaction? tx)
    {
        var corpus = new Corpus();
        corpus.Items.AddRange(PostgresStore.Objects<Item>(conn, "SELECT data::text FROM items ORDER BY ord", tx));
        foreach (var e in PostgresStore.Objects<Entity>(conn, "SELECT data::text FROM entities ORDER BY ord", tx)) corpus.Entities[e.Id] = e;
        corpus.Events.AddRange(PostgresStore.Objects<Event>(conn, "SELECT data::text FROM events ORDER BY ord", tx));
        corpus.Stories.AddRange(PostgresStore.Objects<Story>(conn, "SELECT data::text FROM stories ORDER BY ord", tx));
        return corpus;
    }
}
