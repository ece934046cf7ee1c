using Npgsql;
using Rasd.Model;

namespace Rasd.Store.Postgres;

/// <summary>
/// A worker's in-memory copy of the shared corpus. Every corpus row carries the change number (<c>seq</c>) of its
/// last write; the replica remembers the highest it has seen and, before each link (under the merge lock, so no
/// one writes meanwhile), reads only the rows written since: items, entities, events and stories other workers
/// changed, and tombstones of the ones they removed. New rows are appended in creation order (<c>ord</c>), so the
/// lists are in the same order as in a single process. When anything came from others, stage state
/// (<see cref="Corpus.State"/>) is dropped: stages rebuild their indexes from the lists, as after a load.
/// </summary>
public sealed class CorpusReplica
{
    public Corpus? Corpus { get; private set; }
    /// <summary>The highest change number reflected in <see cref="Corpus"/>.</summary>
    public long Seq { get; private set; }
    /// <summary>Rows taken from other workers so far (for the worker's summary).</summary>
    public long RowsPulled { get; private set; }
    /// <summary>Times the whole corpus was loaded (the first time, and after a failed link).</summary>
    public int FullLoads { get; private set; }

    public void Invalidate() => Corpus = null;

    private static long CurrentSeq(NpgsqlConnection conn, NpgsqlTransaction tx) =>
        PostgresStore.Scalar<long>(conn, tx, "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM change_seq");

    /// <summary>Brings the corpus up to date; call inside the transaction that holds the merge lock.</summary>
    public void Sync(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        if (Corpus == null)
        {
            Seq = CurrentSeq(conn, tx);
            Corpus = LoadAll(conn, tx);
            FullLoads++;
            CorpusTracker.For(Corpus).Accept(Corpus);
            return;
        }
        var c = Corpus;
        var pulled = 0;
        var items = PostgresStore.Objects<Item>(conn, "SELECT data::text FROM items WHERE seq > @s ORDER BY ord", tx, ("s", Seq));
        var entities = PostgresStore.Objects<Entity>(conn, "SELECT data::text FROM entities WHERE seq > @s ORDER BY ord", tx, ("s", Seq));
        var events = PostgresStore.Objects<Event>(conn, "SELECT data::text FROM events WHERE seq > @s ORDER BY ord", tx, ("s", Seq));
        var stories = PostgresStore.Objects<Story>(conn, "SELECT data::text FROM stories WHERE seq > @s ORDER BY ord", tx, ("s", Seq));
        var gone = new List<(string Kind, string Id)>();
        using (var cmd = new NpgsqlCommand("SELECT kind, id FROM tombstones WHERE seq > @s", conn, tx))
        {
            cmd.Parameters.AddWithValue("s", Seq);
            using var r = cmd.ExecuteReader();
            while (r.Read()) gone.Add((r.GetString(0), r.GetString(1)));
        }
        pulled += Merge(c.Items, items, i => i.Id, []);
        pulled += Merge(c.Events, events, e => e.Id, gone.Where(g => g.Kind == "events").Select(g => g.Id).ToHashSet());
        pulled += Merge(c.Stories, stories, s => s.Id, gone.Where(g => g.Kind == "stories").Select(g => g.Id).ToHashSet());
        foreach (var (kind, id) in gone)
            if (kind == "entities" && c.Entities.Remove(id)) pulled++;
        foreach (var e in entities) { c.Entities[e.Id] = e; pulled++; }
        Seq = CurrentSeq(conn, tx);
        if (pulled > 0)
        {
            RowsPulled += pulled;
            c.State.Clear();
            CorpusTracker.For(c).Accept(c);
        }
    }

    /// <summary>After this worker's own write (still under the lock): its rows are already in memory.</summary>
    public void Saved(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        Seq = CurrentSeq(conn, tx);
        // Documents of this run are not kept: a corpus loaded from the store has none, and memory stays flat.
        Corpus?.Documents.Clear();
    }

    // Replaces changed objects in place, removes deleted ones, appends new ones (already in creation order).
    private static int Merge<T>(List<T> list, List<T> fresh, Func<T, string> id, HashSet<string> removed)
    {
        if (fresh.Count == 0 && removed.Count == 0) return 0;
        var n = 0;
        if (removed.Count > 0) n += list.RemoveAll(x => removed.Contains(id(x)));
        var at = new Dictionary<string, int>(list.Count);
        for (var i = 0; i < list.Count; i++) at[id(list[i])] = i;
        foreach (var f in fresh)
        {
            if (at.TryGetValue(id(f), out var i)) list[i] = f;
            else { at[id(f)] = list.Count; list.Add(f); }
            n++;
        }
        return n;
    }

    internal static Corpus LoadAll(NpgsqlConnection conn, NpgsqlTransaction tx)
    {
        var corpus = new Corpus();
        corpus.Items.AddRange(PostgresStore.Objects<Item>(conn, "SELECT data::text FROM items ORDER BY ord", tx));
        foreach (var e in PostgresStore.Objects<Entity>(conn, "SELECT data::text FROM entities ORDER BY ord", tx)) corpus.Entities[e.Id] = e;
        corpus.Events.AddRange(PostgresStore.Objects<Event>(conn, "SELECT data::text FROM events ORDER BY ord", tx));
        corpus.Stories.AddRange(PostgresStore.Objects<Story>(conn, "SELECT data::text FROM stories ORDER BY ord", tx));
        return corpus;
    }
}
