// A bounded load generator for the Rasd HTTP API on loopback: a fixed number of requests from a fixed number of
// workers, latency of each recorded, then throughput and percentiles printed. Targets are taken from the server
// itself (story ids from /api/stories, query words from story titles), so nothing is tied to one corpus.
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

var opts = Args.Parse(args);
if (opts == null)
{
    Console.Error.WriteLine("usage: Rasd.Load --url http://127.0.0.1:5080 [--scenario search|story|mixed] [--requests 20000] [--concurrency 8] [--warmup 500]");
    return 2;
}
if (!Uri.TryCreate(opts.Url, UriKind.Absolute, out var baseUri) || !(baseUri.IsLoopback))
{
    Console.Error.WriteLine($"Rasd.Load: {opts.Url} is not a loopback URL; the load generator only targets this machine");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = opts.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = baseUri,
    Timeout = TimeSpan.FromSeconds(30),
};

// Targets from the server's own data.
var storyIds = new List<string>();
var words = new List<string>();
for (var page = 1; page <= 10 && storyIds.Count < 1000; page++)
{
    using var doc = JsonDocument.Parse(await http.GetStringAsync($"/api/stories?page={page}&size=100"));
    var items = doc.RootElement.GetProperty("items");
    if (items.GetArrayLength() == 0) break;
    foreach (var s in items.EnumerateArray())
    {
        storyIds.Add(s.GetProperty("id").GetString()!);
        foreach (Match m in Regex.Matches(s.GetProperty("title").GetString() ?? "", @"\p{L}{4,}"))
            if (words.Count < 2000 && !words.Contains(m.Value)) words.Add(m.Value);
    }
}
if (storyIds.Count == 0 || words.Count == 0)
{
    Console.Error.WriteLine("Rasd.Load: the server has no stories to load-test; ingest a corpus first");
    return 1;
}

var rng = new Random(42);
var targets = Enumerable.Range(0, opts.Requests + opts.Warmup).Select(i =>
{
    var kind = opts.Scenario == "mixed" ? (i % 2 == 0 ? "search" : "story") : opts.Scenario;
    return kind == "search"
        ? "/api/search?q=" + Uri.EscapeDataString(words[rng.Next(words.Count)])
        : "/api/stories/" + Uri.EscapeDataString(storyIds[rng.Next(storyIds.Count)]);
}).ToArray();

async Task<(double[] Latencies, int Errors, TimeSpan Elapsed)> Run(int from, int count)
{
    var lat = new double[count];
    var errors = 0;
    var next = -1;
    var sw = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, opts.Concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var t = Stopwatch.GetTimestamp();
            try
            {
                using var r = await http.GetAsync(targets[from + i], HttpCompletionOption.ResponseContentRead);
                if (!r.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }
            catch (HttpRequestException) { Interlocked.Increment(ref errors); }
            catch (TaskCanceledException) { Interlocked.Increment(ref errors); }
            lat[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
    }).ToArray();
    await Task.WhenAll(workers);
    return (lat, errors, sw.Elapsed);
}

if (opts.Warmup > 0) await Run(opts.Requests, opts.Warmup);
var (latencies, errs, elapsed) = await Run(0, opts.Requests);
Array.Sort(latencies);
double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
Console.WriteLine($"scenario {opts.Scenario}: {opts.Requests} requests, concurrency {opts.Concurrency}, {storyIds.Count} stories, {words.Count} query words");
Console.WriteLine($"errors {errs}; elapsed {elapsed.TotalSeconds:F1} s; throughput {opts.Requests / elapsed.TotalSeconds:F0} req/s");
Console.WriteLine($"latency ms: p50 {P(0.50):F2}  p95 {P(0.95):F2}  p99 {P(0.99):F2}  max {latencies[^1]:F2}");
return errs == 0 ? 0 : 1;

sealed record Args(string Url, string Scenario, int Requests, int Concurrency, int Warmup)
{
    public static Args? Parse(string[] a)
    {
        string url = "http://127.0.0.1:5080", scenario = "mixed";
        int requests = 20_000, concurrency = 8, warmup = 500;
        for (var i = 0; i < a.Length; i++)
        {
            string Next() => i + 1 < a.Length ? a[++i] : throw new ArgumentException("missing value for " + a[i]);
            try
            {
                switch (a[i])
                {
                    case "--url": url = Next(); break;
                    case "--scenario": scenario = Next(); break;
                    case "--requests": requests = int.Parse(Next()); break;
                    case "--concurrency": concurrency = int.Parse(Next()); break;
                    case "--warmup": warmup = int.Parse(Next()); break;
                    default: return null;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException) { return null; }
        }
        if (scenario is not ("search" or "story" or "mixed") || requests < 1 || requests > 1_000_000 || concurrency < 1 || concurrency > 256 || warmup < 0) return null;
        return new Args(url, scenario, requests, concurrency, warmup);
    }
}
