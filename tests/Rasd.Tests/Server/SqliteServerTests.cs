using System.Net;
using System.Text;
using System.Text.Json;
using Rasd.Search;
using Rasd.Server;
using Rasd.Store;
using Rasd.Tests.Store;

namespace Rasd.Tests.Server;

/// <summary>The server and the CLI over a real SQLite store with its index on disk beside it.</summary>
public class SqliteServerTests
{
    private static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Client, IStore Store)> Start(string folder)
    {
        var store = StoreFactory.Open(folder);
        var app = RasdServer.Create(new ServerOptions { Store = store, Urls = new[] { "http://127.0.0.1:0" } });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await app.StartAsync(cts.Token);
        return (app, new HttpClient { BaseAddress = new Uri(RasdServer.Addresses(app).First()), Timeout = TimeSpan.FromSeconds(60) }, store);
    }

    private static async Task Stop((Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Client, IStore Store) s)
    {
        s.Client.Dispose();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await s.App.StopAsync(cts.Token);
        await s.App.DisposeAsync();
        s.Store.Dispose();
    }

    private static async Task<int> Total(HttpClient c, string q)
    {
        var s = await c.GetStringAsync("/api/search?kind=item&q=" + Uri.EscapeDataString(q));
        return JsonDocument.Parse(s).RootElement.GetProperty("total").GetInt32();
    }

    [Fact]
    public async Task Documents_posted_survive_a_restart_and_stay_idempotent_and_searchable()
    {
        using var dir = new TempDir();
        const string text = "أعلنت بلدية صفاقس عن مشروع لتهيئة الميناء القديم وتوسيع الأرصفة.";
        var s1 = await Start(dir.Path);
        try
        {
            var r = await s1.Client.PostAsync("/api/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            Assert.Equal(1, await Total(s1.Client, "الميناء الأرصفة"));
        }
        finally { await Stop(s1); }

        Assert.True(Directory.Exists(Path.Combine(dir.Path, "index")));
        var s2 = await Start(dir.Path);
        try
        {
            Assert.Equal(1, await Total(s2.Client, "الميناء"));
            var again = await s2.Client.PostAsync("/api/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("\"duplicate\"", await again.Content.ReadAsStringAsync());
            Assert.Equal(1, s2.Store.Stats().Documents);
        }
        finally { await Stop(s2); }
    }

    [Fact]
    public async Task Cli_ingest_keeps_the_index_in_step_and_reindex_rebuilds_it()
    {
        using var dir = new TempDir();
        var file = dir.File("article.txt");
        await File.WriteAllTextAsync(file, "وقعت الحكومة اتفاقية لتمويل محطة تحلية مياه البحر في قابس.");
        var storeDir = Path.Combine(dir.Path, "store");
        Assert.Equal(0, await Rasd.Cli.CliApp.RunAsync(new[] { "ingest", file, "--store", storeDir, "--quiet" }));
        using (var store = StoreFactory.Open(storeDir))
        using (var index = new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(store)))
        {
            Assert.Equal(1, index.Search(new SearchQuery("المحطة", Kind: LuceneSearchIndex.KindItem)).Total);
        }
        // A lost index comes back with reindex.
        Directory.Delete(Path.Combine(storeDir, "index"), true);
        Assert.Equal(0, await Rasd.Cli.CliApp.RunAsync(new[] { "reindex", "--store", storeDir, "--quiet" }));
        using (var store = StoreFactory.Open(storeDir))
        using (var index = new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(store)))
        {
            Assert.Equal(1, index.Search(new SearchQuery("تحلية", Kind: LuceneSearchIndex.KindItem)).Total);
        }
    }

    [Fact]
    public async Task Serve_refuses_a_public_address_without_a_token()
    {
        using var dir = new TempDir();
        var old = Environment.GetEnvironmentVariable("RASD_TOKEN");
        Assert.True(string.IsNullOrEmpty(old), "RASD_TOKEN is set in the test environment");
        Assert.Equal(2, await Rasd.Cli.CliApp.RunAsync(new[] { "serve", "--store", dir.Path, "--urls", "http://0.0.0.0:0" }));
    }
}
