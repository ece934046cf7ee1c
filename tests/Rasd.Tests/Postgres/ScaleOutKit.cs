using System.Diagnostics;
using System.Text;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store;
using Rasd.Store.Postgres;

namespace Rasd.Tests.Postgres;

/// <summary>Inputs, the built CLI, and canonical views of a corpus for the scale-out tests.</summary>
internal static class ScaleOutKit
{
    public static string Shared() => TestFiles.Shared();

    public static string AntFolder => Path.Combine(Shared(), "data", "antcorpus");

    private static readonly Lazy<string[]> AntFiles = new(() =>
        Directory.EnumerateFiles(AntFolder, "*.txt", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("<TEXT>", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray());

    /// <summary>ANT articles as documents (title and body, outlet and URL from the TREC fields), deduplicated by content, in path order.</summary>
    public static List<Document> Ant(int count, int skip = 0)
    {
        var docs = new List<Document>();
        var seen = new HashSet<string>();
        foreach (var f in AntFiles.Value.Skip(skip))
        {
            if (docs.Count == count) break;
            var raw = File.ReadAllText(f);
            var title = Between(raw, "<TITLE>", "</TITLE>")?.Trim();
            var body = Between(raw, "<TEXT>", "</TEXT>")?.Trim();
            if (string.IsNullOrEmpty(body)) continue;
            var d = new Document((title != null ? title + "\n" : "") + body + "\n", new DocumentMeta
            {
                Source = f, Format = "trec", Outlet = Between(raw, "<SRC>", "</SRC>")?.Trim(), Url = Between(raw, "<URL>", "</URL>")?.Trim(), Title = title,
            });
            if (seen.Add(d.Id)) docs.Add(d);
        }
        if (docs.Count < count) throw new InvalidOperationException($"only {docs.Count} ANT documents available, {count} wanted");
        return docs;
    }

    private static string? Between(string s, string open, string close) => TestFiles.Between(s, open, close);

    /// <summary>Fresh copies (the pipeline mutates documents).</summary>
    public static List<Document> Copy(IEnumerable<Document> docs) => docs.Select(d => new Document(d.Text, new DocumentMeta
    {
        Source = d.Meta.Source, Format = d.Meta.Format, Outlet = d.Meta.Outlet, Url = d.Meta.Url, Title = d.Meta.Title,
    })).ToList();

    /// <summary>The single-process reference: the same documents analysed and linked in the same order by one Analyzer.</summary>
    public static (Corpus Corpus, List<Document> Docs) SingleProcess(IEnumerable<Document> docs, Analyzer? analyzer = null)
    {
        var copy = Copy(docs);
        var corpus = new Corpus();
        (analyzer ?? Analyzer.Default()).Run(copy, corpus);
        return (corpus, copy);
    }

    /// <summary>Items, entities, events and stories as sorted JSON lines: equal strings mean equal corpora.</summary>
    public static string Canonical(IEnumerable<Item> items, IEnumerable<Entity> entities, IEnumerable<Event> events, IEnumerable<Story> stories)
    {
        var sb = new StringBuilder();
        void Add<T>(string kind, IEnumerable<T> xs, Func<T, string> id)
        {
            foreach (var x in xs.OrderBy(id, StringComparer.Ordinal)) sb.Append(kind).Append(' ').Append(Sorted(StoreJson.Serialize(x))).Append('\n');
        }
        Add("item", items, i => i.Id);
        Add("entity", entities, e => e.Id);
        Add("event", events, e => e.Id);
        Add("story", stories, s => s.Id);
        return sb.ToString();
    }

    /// <summary>
    /// JSON with object keys sorted: PostgreSQL's jsonb keeps keys in its own order, so a dictionary read back from
    /// the store (a story's word profile) enumerates differently from the one in memory, with the same content.
    /// </summary>
    public static string Sorted(string json) => Sort(System.Text.Json.Nodes.JsonNode.Parse(json))?.ToJsonString(StoreJson.Options) ?? "null";

    private static System.Text.Json.Nodes.JsonNode? Sort(System.Text.Json.Nodes.JsonNode? n) => n switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => KeyValuePair.Create(kv.Key, Sort(kv.Value?.DeepClone())))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray(a.Select(x => Sort(x?.DeepClone())).ToArray()),
        _ => n?.DeepClone(),
    };

    public static string Canonical(Corpus c) => Canonical(c.Items, c.Entities.Values, c.Events, c.Stories);

    public static string Canonical(PostgresStore s)
    {
        var c = s.LoadCorpus();
        return Canonical(c.Items, c.Entities.Values, c.Events, c.Stories);
    }

    /// <summary>First differing line of two canonical dumps, for a readable failure.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(none)";
            var y = i < b.Length ? b[i] : "(none)";
            if (x != y) return $"line {i}: expected {Cut(x)}\n  actual {Cut(y)}";
        }
        return "(same)";
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;

    /// <summary>The built CLI beside the tests (the test project references Rasd.Cli).</summary>
    public static string CliDll
    {
        get
        {
            var p = Path.Combine(AppContext.BaseDirectory, "rasd.dll");
            if (!File.Exists(p)) throw new InvalidOperationException("rasd.dll not found beside the tests at " + p);
            return p;
        }
    }

    public static Process StartCli(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(CliDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_TieredPGO"] = "0";
        psi.Environment.Remove("RASD_STORE");
        var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        return p;
    }

    /// <summary>Waits for a CLI process; returns its exit code and output, killing it (and failing) after the timeout.</summary>
    public static (int Code, string Out, string Err) Wait(Process p, TimeSpan timeout)
    {
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
            throw new TimeoutException($"rasd did not finish within {timeout.TotalSeconds:F0}s: {stderr.Result}");
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
