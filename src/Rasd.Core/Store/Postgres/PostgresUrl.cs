using Npgsql;

namespace Rasd.Store.Postgres;

/// <summary>Turns a <c>postgres://user[:password]@host[:port]/database[?sslmode=...]</c> URL into an Npgsql connection string.</summary>
public static class PostgresUrl
{
    public static bool IsPostgres(string? spec) =>
        spec != null && (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string; throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static string ToConnectionString(string url)
    {
        if (!IsPostgres(url)) throw new ArgumentException($"not a postgres:// URL: {Redact(url)}");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new ArgumentException($"malformed PostgreSQL URL (expected postgres://user[:password]@host[:port]/database): {Redact(url)}");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        var db = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (db.Length > 0) b.Database = db;
        foreach (var kv in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = kv.Split('=', 2);
            var key = Uri.UnescapeDataString(p[0]);
            var value = p.Length == 2 ? Uri.UnescapeDataString(p[1]) : "";
            try
            {
                // libpq spells a few keys differently from Npgsql.
                b[key.ToLowerInvariant() switch { "sslmode" => "SSL Mode", "application_name" => "Application Name", "connect_timeout" => "Timeout", _ => key }] = value;
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException)
            {
                throw new ArgumentException($"unsupported option '{key}' in PostgreSQL URL {Redact(url)}: {e.Message}");
            }
        }
        return b.ConnectionString;
    }

    /// <summary>The URL without its password, for messages.</summary>
    public static string Redact(string url)
    {
        var at = url.IndexOf('@');
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme) return url;
        var userinfo = url[(scheme + 3)..at];
        var colon = userinfo.IndexOf(':');
        return colon < 0 ? url : url[..(scheme + 3)] + userinfo[..colon] + ":***" + url[at..];
    }
}
