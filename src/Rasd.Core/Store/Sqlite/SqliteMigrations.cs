namespace Rasd.Store.Sqlite;

/// <summary>
/// The SQLite schema as forward migrations: script n brings version n-1 to n. Never edit a released script;
/// append a new one. Each runs in its own transaction together with the schema_version update.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<string> Scripts =
    [
        // 1: documents keyed by content hash, their analyses, and the corpus objects as JSON with key columns.
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            format TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            meta TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
            error TEXT,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX documents_status ON documents (status);
        CREATE TABLE analyses (
            document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            json TEXT NOT NULL,
            analysed TEXT NOT NULL
        );
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            story TEXT,
            json TEXT NOT NULL
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            json TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            story TEXT,
            type TEXT NOT NULL,
            cameo TEXT NOT NULL,
            date TEXT,
            json TEXT NOT NULL
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first TEXT,
            last TEXT,
            json TEXT NOT NULL
        );
        """,
        // 2: lookups the commands make (items of a document, events of a story) and the text length for stats and listings.
        """
        ALTER TABLE documents ADD COLUMN length INTEGER NOT NULL DEFAULT 0;
        UPDATE documents SET length = length(text);
        CREATE INDEX items_document ON items (document_id);
        CREATE INDEX items_story ON items (story);
        CREATE INDEX events_story ON events (story);
        """,
        // 3: the rules each analysis was made by (null: made before rasd recorded them), so a rasd with other rules
        // can say which analyses are not its own. documents.meta stays as read from now on; the analysis holds the
        // metadata the stages refined.
        """
        ALTER TABLE analyses ADD COLUMN rules TEXT;
        """,
    ];

    public static int Latest => Scripts.Count;
}
