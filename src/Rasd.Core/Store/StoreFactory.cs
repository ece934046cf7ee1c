using Rasd.Store.Sqlite;

namespace Rasd.Store;

/// <summary>A store that cannot be opened or used (bad location, newer schema, unsupported backend).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Opens the store a `--store` value names.</summary>
public static class StoreFactory
{
    public const string EnvironmentVariable = "RASD_STORE";
    public const string DefaultFileName = "rasd.db";

    /// <summary>
    /// null → $RASD_STORE, else the default SQLite store ($XDG_DATA_HOME/rasd, or ~/.local/share/rasd);
    /// postgres:// or postgresql:// → PostgreSQL; a path ending in .db/.sqlite/.sqlite3 → that SQLite file;
    /// any other path → a folder (created) holding rasd.db.
    /// </summary>
    public static IStore Open(string? spec)
    {
        spec = string.IsNullOrWhiteSpace(spec) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : spec;
        if (string.IsNullOrWhiteSpace(spec)) return new SqliteStore(Path.Combine(DefaultFolder(), DefaultFileName));
        if (IsPostgres(spec)) return new Rasd.Store.Postgres.PostgresStore(spec);
        return new SqliteStore(SqlitePath(spec));
    }

    public static bool IsPostgres(string spec) =>
        spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQLite file a path names: itself when it ends in .db/.sqlite/.sqlite3, else rasd.db inside it.</summary>
    public static string SqlitePath(string spec)
    {
        if (spec.StartsWith("~/", StringComparison.Ordinal))
            spec = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), spec[2..]);
        var ext = Path.GetExtension(spec).ToLowerInvariant();
        return ext is ".db" or ".sqlite" or ".sqlite3" ? Path.GetFullPath(spec) : Path.GetFullPath(Path.Combine(spec, DefaultFileName));
    }

    /// <summary>The user's data folder for Rasd: $XDG_DATA_HOME/rasd or ~/.local/share/rasd.</summary>
    public static string DefaultFolder()
    {
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(data))
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "rasd");
    }
}
