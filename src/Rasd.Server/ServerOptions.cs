using Rasd.Ingest;
using Rasd.Search;
using Rasd.Store;

namespace Rasd.Server;

/// <summary>How to run the server: the store it serves, where it listens and what protects writes.</summary>
public sealed class ServerOptions
{
    public required IStore Store { get; init; }
    /// <summary>The search index; when null the server opens one beside the store (and disposes it).</summary>
    public ISearchIndex? Search { get; init; }
    /// <summary>URLs to listen on; loopback by default. Port 0 picks a free port (tests).</summary>
    public IReadOnlyList<string> Urls { get; init; } = new[] { "http://127.0.0.1:5080" };
    /// <summary>Bearer token for write endpoints; required when any URL is not loopback.</summary>
    public string? Token { get; init; }
    /// <summary>Largest request body accepted (413 above).</summary>
    public long MaxBodyBytes { get; init; } = 20 * 1024 * 1024;
    /// <summary>Turns a posted body into documents; the default sniffs the content with the ingest readers.</summary>
    public Func<string, string, string?, IEnumerable<ReadResult>>? Reader { get; init; }
    /// <summary>Where the server says what it is doing (loading the store at start); null: silent.</summary>
    public Action<string>? Log { get; init; }
    /// <summary>How often the server checks whether another process changed the store.</summary>
    public TimeSpan StoreCheckInterval { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>The server cannot start with these options; the message says why.</summary>
public sealed class ServerConfigException(string message) : Exception(message);
