using Microsoft.AspNetCore.Builder;
using Rasd.Search;
using Rasd.Server;
using Rasd.Store;

namespace Rasd.Tests.Server;

/// <summary>The real server on 127.0.0.1 with a free port, over a given store; stopped on dispose.</summary>
internal sealed class ServerHost : IAsyncDisposable
{
    public WebApplication App { get; }
    public HttpClient Client { get; }
    public string BaseUrl { get; }
    public IStore Store { get; }
    public ISearchIndex Index { get; }

    private ServerHost(WebApplication app, string baseUrl, IStore store, ISearchIndex index)
    {
        App = app;
        BaseUrl = baseUrl;
        Store = store;
        Index = index;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public static async Task<ServerHost> StartAsync(IStore? store = null, bool seed = true, string? token = null, long maxBody = 20 * 1024 * 1024,
        Func<string, string, string?, IEnumerable<Rasd.Ingest.ReadResult>>? reader = null)
    {
        store ??= new MemoryStore();
        var index = LuceneSearchIndex.InMemory();
        if (seed) Fixture.Seed(store, index);
        var app = RasdServer.Create(new ServerOptions
        {
            Store = store, Search = index, Urls = new[] { "http://127.0.0.1:0" }, Token = token, MaxBodyBytes = maxBody, Reader = reader,
            StoreCheckInterval = TimeSpan.FromMilliseconds(200),
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(cts.Token);
        return new ServerHost(app, RasdServer.Addresses(app).First(), store, index);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(cts.Token);
        await App.DisposeAsync();
        Index.Dispose();
        Store.Dispose();
    }
}
