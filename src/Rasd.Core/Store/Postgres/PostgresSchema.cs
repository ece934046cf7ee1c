using Npgsql;

namespace Rasd.Store.Postgres;

/// <summary>
/// The PostgreSQL schema as a list of forward migrations. <c>schema_version</c> holds every applied version;
/// opening a store applies the missing ones in order, in one transaction under an advisory lock, so two processes
/// opening a new database at once do not both migrate. A database newer than this build is refused.
/// </summary>
public static class PostgresSchema
{
    /// <summary>Advisory lock keys (arbitrary constants, "rasd" in ASCII plus a purpose).</summary>
    public const long MigrationLockKey = 0x72617364_00000001;
    public const long MergeLockKey = 0x72617364_00000002;

    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> Migrations = new[]
    {
        (1, "documents queue, items with Arabic full-text search, corpus objects", """
            CREATE TABLE documents (
                id            text PRIMARY KEY,              -- content hash: the same content is one row
                seq           bigserial NOT NULL UNIQUE,      -- queue order (order of first ingestion)
                source        text NOT NULL,
                format        text NOT NULL,
                outlet        text,
                title         text,
                published     text,
                length        integer NOT NULL,
                text          text NOT NULL,
                meta          jsonb NOT NULL,
                prelink       jsonb,                          -- per-document analysis before linking (workers replay it)
                analysis      jsonb,                          -- StoreJson document without text, as saved when done
                status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'analysed', 'done', 'failed')),
                claimed_by    text,
                claimed_until timestamptz,
                attempts      integer NOT NULL DEFAULT 0,
                error         text,
                created_at    timestamptz NOT NULL DEFAULT now(),
                done_at       timestamptz
            );
            -- What workers scan: documents still to analyse or to link, in queue order.
            CREATE INDEX documents_open ON documents (seq) WHERE status IN ('pending', 'analysed');
            CREATE INDEX documents_status ON documents (status);

            -- Change number of corpus rows (seq: last write) and creation order (ord), so a corpus loaded from the
            -- rows has its lists in the order a single process built them.
            CREATE SEQUENCE change_seq;

            CREATE TABLE items (
                id          text PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents (id),
                ord         bigint NOT NULL,
                seq         bigint NOT NULL,
                data        jsonb NOT NULL,
                search_text text NOT NULL,
                tsv         tsvector GENERATED ALWAYS AS (to_tsvector('arabic', search_text)) STORED
            );
            CREATE INDEX items_document ON items (document_id);
            CREATE INDEX items_seq ON items (seq);
            CREATE INDEX items_tsv ON items USING gin (tsv);

            CREATE TABLE entities (id text PRIMARY KEY, ord bigint NOT NULL, seq bigint NOT NULL, data jsonb NOT NULL);
            CREATE INDEX entities_seq ON entities (seq);
            CREATE TABLE events (id text PRIMARY KEY, story text, ord bigint NOT NULL, seq bigint NOT NULL, data jsonb NOT NULL);
            CREATE INDEX events_seq ON events (seq);
            CREATE INDEX events_story ON events (story);
            CREATE TABLE stories (id text PRIMARY KEY, ord bigint NOT NULL, seq bigint NOT NULL, data jsonb NOT NULL);
            CREATE INDEX stories_seq ON stories (seq);
            """),
        (2, "per-document timings (analysis outside the merge lock, linking inside it) for capacity planning", """
            ALTER TABLE documents ADD COLUMN analysis_ms double precision;
            ALTER TABLE documents ADD COLUMN link_ms double precision;
            ALTER TABLE documents ADD COLUMN lock_wait_ms double precision;
            ALTER TABLE documents ADD COLUMN analysed_by text;
            """),
        (3, "the rules each analysis was made by, and a generation number a reset of the analyses raises (workers' replicas start over)", """
            ALTER TABLE documents ADD COLUMN rules text;
            CREATE TABLE corpus_generation (id integer PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
            INSERT INTO corpus_generation VALUES (1, 0);
            """),
    };

    public static int Latest => Migrations[^1].Version;

    /// <summary>Applies missing migrations; returns the version the database is at.</summary>
    public static int Migrate(NpgsqlConnection conn, string location, int? target = null)
    {
        var to = target ?? Latest;
        using var tx = conn.BeginTransaction();
        Exec(conn, tx, $"SELECT pg_advisory_xact_lock({MigrationLockKey})");
        Exec(conn, tx, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        int current;
        using (var cmd = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", conn, tx))
            current = Convert.ToInt32(cmd.ExecuteScalar());
        if (current > Latest)
            throw new StoreException($"the PostgreSQL store {location} has schema version {current}, newer than this rasd understands ({Latest}); upgrade rasd");
        foreach (var (version, description, sql) in Migrations)
        {
            if (version <= current || version > to) continue;
            Exec(conn, tx, sql);
            using var ins = new NpgsqlCommand("INSERT INTO schema_version (version, description) VALUES (@v, @d)", conn, tx);
            ins.Parameters.AddWithValue("v", version);
            ins.Parameters.AddWithValue("d", description);
            ins.ExecuteNonQuery();
            current = version;
        }
        tx.Commit();
        return current;
    }

    private static void Exec(NpgsqlConnection conn, NpgsqlTransaction tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.ExecuteNonQuery();
    }
}
