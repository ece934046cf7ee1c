using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Rasd.Server;
using Rasd.Store;

namespace Rasd.Browser.Tests;

/// <summary>
/// The whole product on the project's samples: a fresh SQLite store, the samples posted through the API
/// (each file with its content type, read by the same readers as the CLI), then the analyst's path in Chromium.
/// </summary>
public sealed class SamplesTests : IAsyncLifetime
{
    private string _dir = "";
    private IStore _store = null!;
    private WebApplication _app = null!;
    private string _base = "";
    private IPlaywright _pw = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _dir = Path.Combine(Path.GetTempPath(), "rasd-browser-" + Guid.NewGuid().ToString("N")[..12]);
        _store = StoreFactory.Open(_dir);
        _app = RasdServer.Create(new ServerOptions { Store = _store, Urls = new[] { "http://127.0.0.1:0" } });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _app.StartAsync(cts.Token);
        _base = RasdServer.Addresses(_app).First();
        (_pw, _browser) = await BrowserFixture.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser != null) await _browser.DisposeAsync();
        _pw?.Dispose();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        if (_app != null) { await _app.StopAsync(cts.Token); await _app.DisposeAsync(); }
        _store?.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".xml" => "application/rss+xml",
        ".html" => "text/html",
        ".jsonl" => "application/x-ndjson",
        ".json" => "application/json",
        _ => "text/plain",
    };

    private static async Task Ready(IPage page, string hash) =>
        await page.WaitForFunctionAsync("h => document.body.getAttribute('data-ready') === h", hash);

    [Fact]
    public async Task Samples_posted_through_the_API_read_as_stories_timelines_events_and_search()
    {
        var samples = Path.Combine(BrowserFixture.RepoRoot(), "samples");
        Assert.True(Directory.Exists(samples), "samples/ is missing from the checkout");
        using var http = new HttpClient { BaseAddress = new Uri(_base), Timeout = TimeSpan.FromMinutes(3) };
        var posted = 0;
        foreach (var file in Directory.GetFiles(samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var body = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            body.Headers.ContentType = new MediaTypeHeaderValue(ContentType(file));
            var r = await http.PostAsync("/api/documents?source=" + Uri.EscapeDataString("samples/" + Path.GetFileName(file)), body);
            Assert.True(r.StatusCode == HttpStatusCode.Created, $"{file}: {r.StatusCode} {await r.Content.ReadAsStringAsync()}");
            posted++;
        }
        Assert.True(posted >= 4, "too few sample files");

        using var stories = JsonDocument.Parse(await http.GetStringAsync("/api/stories?size=100"));
        var list = stories.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(list.Count >= 2, "the samples should make more than one story");
        var main = list.OrderByDescending(s => s.GetProperty("events").GetInt32()).First();
        var mainId = main.GetProperty("id").GetString()!;
        Assert.True(main.GetProperty("events").GetInt32() >= 2, "the largest story should have several events");

        var shots = BrowserFixture.ScreenshotDir();
        var page = await BrowserFixture.NewPageAsync(_browser, _base);
        await page.GotoAsync("/");
        await Ready(page, "/");
        Assert.Equal(list.Count, await page.Locator("[data-story]").CountAsync());
        await Assertions.Expect(page.Locator($"[data-story='{mainId}']")).ToContainTextAsync("منافذ: " + main.GetProperty("outlets").GetInt32());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "1-stories.png"), FullPage = true });

        await page.Locator($"[data-story='{mainId}'] a").First.ClickAsync();
        await Ready(page, "/story/" + mainId);
        var dates = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.timeline [data-event]')].map(e => e.dataset.date)");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", d));
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToArray(), dates);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "2-timeline.png"), FullPage = true });

        // The event with the most accounts.
        var counts = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('.timeline [data-event]')].map(e => Number(e.dataset.mentions))");
        var best = Array.IndexOf(counts, counts.Max());
        var eventId = await page.Locator(".timeline [data-event]").Nth(best).GetAttributeAsync("data-event");
        await page.Locator(".timeline [data-event]").Nth(best).Locator("a").First.ClickAsync();
        await Ready(page, "/event/" + eventId);
        using var ev = JsonDocument.Parse(await http.GetStringAsync("/api/events/" + eventId));
        var mentions = ev.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        await Assertions.Expect(page.Locator(".mention")).ToHaveCountAsync(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var p = mentions[i].GetProperty("paragraph");
            var text = p.GetProperty("text").GetString()!;
            var m = p.GetProperty("mention");
            var expected = text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()];
            Assert.Equal(expected, await page.Locator(".mention").Nth(i).Locator(".paragraph mark").TextContentAsync());
            Assert.Equal(text, await page.Locator(".mention").Nth(i).Locator(".paragraph").TextContentAsync());
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "3-event.png"), FullPage = true });

        // Search for the longest word of the story's title, in its definite form when it has none.
        var word = Regex.Matches(main.GetProperty("title").GetString()!, @"\p{L}{4,}").Select(x => x.Value).OrderByDescending(w => w.Length).First();
        await page.FillAsync("#search-input", word);
        await page.PressAsync("#search-input", "Enter");
        await Ready(page, "/search?q=" + Uri.EscapeDataString(word));
        Assert.True(await page.Locator(".hit").CountAsync() >= 1, "searching a word of a story title finds nothing: " + word);
        Assert.True(await page.Locator(".hit mark").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "4-search.png"), FullPage = true });
    }
}
