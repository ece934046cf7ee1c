using Npgsql;

namespace Rasd.Tests.Postgres;

/// <summary>
/// A throw-away database on the test cluster named by RASD_TEST_PG (./test starts one). Each test gets its own
/// database, dropped afterwards. Without RASD_TEST_PG the PostgreSQL tests are skipped with a message, except
/// under CI=true, where they fail: CI must test the PostgreSQL store.
/// </summary>
public sealed class PgTestDatabase : IDisposable
{
    public const string Variable = "RASD_TEST_PG";

    public static string? ServerUrl => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? v : null;
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    public static string SkipReason => $"{Variable} is not set (./test sets it to a throw-away PostgreSQL 15 cluster); PostgreSQL tests skipped";
    /// <summary>True when tests should be skipped: no server and not in CI.</summary>
    public static bool Unavailable => ServerUrl == null && !InCi;

    public string Name { get; }
    /// <summary>postgres:// URL of the new database.</summary>
    public string Url { get; }

    public PgTestDatabase()
    {
        var server = ServerUrl ?? throw new InvalidOperationException(
            $"{Variable} is not set but CI=true: the PostgreSQL tests need a server (./test starts a throw-away PostgreSQL 15 cluster and sets {Variable}=postgres://rasd@127.0.0.1:PORT/postgres)");
        Name = "rasd_t_" + Guid.NewGuid().ToString("N")[..12];
        using (var conn = Admin(server))
        using (var cmd = new NpgsqlCommand($"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8'", conn))
            cmd.ExecuteNonQuery();
        var u = new Uri(server);
        Url = $"{u.Scheme}://{u.UserInfo}@{u.Host}:{(u.Port > 0 ? u.Port : 5432)}/{Name}";
    }

    private static NpgsqlConnection Admin(string server)
    {
        var conn = new NpgsqlConnection(Rasd.Store.Postgres.PostgresUrl.ToConnectionString(server) + ";Pooling=false");
        conn.Open();
        return conn;
    }

    /// <summary>A connection to this database (for checks the store API does not offer).</summary>
    public NpgsqlConnection Connect()
    {
        var conn = new NpgsqlConnection(Rasd.Store.Postgres.PostgresUrl.ToConnectionString(Url) + ";Pooling=false");
        conn.Open();
        return conn;
    }

    public long Count(string sql)
    {
        using var conn = Connect();
        using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var conn = Admin(ServerUrl!);
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
        catch (NpgsqlException) { /* the cluster is thrown away after the run anyway */ }
    }
}

/// <summary>A fact that needs the PostgreSQL test cluster: skipped with a message outside CI when there is none.</summary>
public sealed class PgFactAttribute : FactAttribute
{
    public PgFactAttribute()
    {
        if (PgTestDatabase.Unavailable) Skip = PgTestDatabase.SkipReason;
    }
}
