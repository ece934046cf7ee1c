using System.Text.Json.Nodes;
using Rasd.Model;
using Rasd.Tests.Store;

namespace Rasd.Tests.Cli;

public class CliTests
{
    private static string[] Articles(TempDir dir, int n)
    {
        var folder = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(folder);
        var paths = new string[n];
        for (var i = 0; i < n; i++)
        {
            paths[i] = Path.Combine(folder, $"a{i:D3}.txt");
            File.WriteAllText(paths[i], $"خبر رقم {i}\nقال المتحدث إن الاجتماع رقم {i} عقد اليوم في دمشق.\n");
        }
        return paths;
    }

    [Fact]
    public void Ingest_twice_stores_once_and_says_so()
    {
        using var dir = new TempDir();
        Articles(dir, 5);
        var store = dir.File("store");
        var r1 = CliRunner.Run("ingest", Path.Combine(dir.Path, "in"), "--store", store, "--quiet");
        Assert.Equal(0, r1.Exit);
        Assert.Contains("5 read, 5 stored, 0 duplicates, 0 rejected", r1.Out);
        var r2 = CliRunner.Run("ingest", Path.Combine(dir.Path, "in"), dir.File("nope.txt"), "--store", store, "--quiet");
        Assert.Equal(0, r2.Exit);
        Assert.Contains("5 read, 0 stored, 5 duplicates, 1 rejected", r2.Out);
        Assert.Contains("nope.txt", r2.Out);
        Assert.Contains("no such file", r2.Out);

        var stats = CliRunner.Run("stats", "--format", "json", "--store", store);
        var o = JsonNode.Parse(stats.Out)!;
        Assert.Equal(5, (int)o["documents"]!);
        Assert.Equal(0, (int)o["pending"]!);
        Assert.Equal(0, (int)o["failed"]!);
    }

    [Fact]
    public void Nothing_readable_exits_non_zero_with_the_reason()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run("ingest", dir.File("missing.txt"), "--store", dir.File("s"), "--quiet");
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("0 read, 0 stored, 0 duplicates, 1 rejected", r.Out);
        Assert.Contains("missing.txt", r.Out);
        var a = CliRunner.Run("analyze", dir.File("missing.txt"), "--store", dir.File("s"));
        Assert.NotEqual(0, a.Exit);
        Assert.Contains("missing.txt", a.Err);
    }

    [Fact]
    public void Usage_errors_exit_non_zero()
    {
        using var dir = new TempDir();
        Assert.NotEqual(0, CliRunner.Run("analyze", dir.Path, "--format", "xml", "--store", dir.File("s")).Exit);
        Assert.NotEqual(0, CliRunner.Run("ingest").Exit);
        Assert.NotEqual(0, CliRunner.Run("bench").Exit);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("analyze")]
    [InlineData("stories")]
    [InlineData("timeline")]
    [InlineData("show")]
    [InlineData("export")]
    [InlineData("stats")]
    [InlineData("bench")]
    public void Every_command_has_help_and_a_store_option(string command)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.Exit);
        Assert.Contains("--store", r.Out);
        Assert.Contains("Usage", r.Out);
    }

    [Fact]
    public void Analyze_reports_stored_documents_too_and_show_export_stats_read_the_store()
    {
        using var dir = new TempDir();
        var paths = Articles(dir, 3);
        var store = dir.File("store");
        CliRunner.Run("ingest", paths[0], "--store", store, "--quiet");
        // One input already stored, two new: the report covers all three.
        var r = CliRunner.Run("analyze", Path.Combine(dir.Path, "in"), "--format", "json", "--store", store);
        Assert.Equal(0, r.Exit);
        Assert.Contains("3 read, 2 stored, 1 duplicates, 0 rejected", r.Err);
        var report = JsonNode.Parse(r.Out)!;
        var ids = report["documents"]!.AsArray().Select(d => (string)d!["id"]!).ToList();
        Assert.Equal(paths.Select(p => ContentHash.Of(File.ReadAllText(p))), ids);

        var outFile = dir.File("out/report.json");
        var w = CliRunner.Run("analyze", paths[1], "--format", "json", "--out", outFile, "--store", store, "--quiet");
        Assert.Equal(0, w.Exit);
        Assert.Equal("", w.Out);
        Assert.Equal(ids[1], (string)JsonNode.Parse(File.ReadAllText(outFile))!["documents"]![0]!["id"]!);

        var table = CliRunner.Run("analyze", paths[2], "--store", store, "--quiet");
        Assert.Contains(ids[2], table.Out);

        var show = CliRunner.Run("show", ids[0], "--store", store);
        Assert.Equal(0, show.Exit);
        var shown = JsonNode.Parse(show.Out)!;
        Assert.Equal("document", (string)shown["kind"]!);
        Assert.Equal("done", (string)shown["status"]!);
        var itemId = (string)shown["items"]![0]!["id"]!;
        Assert.Equal("item", (string)JsonNode.Parse(CliRunner.Run("show", itemId, "--store", store).Out)!["kind"]!);
        var missing = CliRunner.Run("show", "nope", "--store", store);
        Assert.NotEqual(0, missing.Exit);
        Assert.Contains("nothing with id nope", missing.Err);

        var json = CliRunner.Run("export", "--format", "json", "--store", store);
        Assert.Equal(3, JsonNode.Parse(json.Out)!["documents"]!.AsArray().Count);
        var jsonl = CliRunner.Run("export", "--format", "jsonl", "--store", store);
        var lines = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Count(l => (string)JsonNode.Parse(l)!["kind"]! == "document"));
        var csv = CliRunner.Run("export", "--format", "csv", "--store", store);
        Assert.StartsWith(string.Join(',', Rasd.Events.EventCsv.Header), csv.Out);

        Assert.Equal(0, CliRunner.Run("stories", "--store", store).Exit);
        Assert.Equal(0, CliRunner.Run("timeline", "--store", store).Exit);
        var noStory = CliRunner.Run("timeline", "no-such-story", "--store", store);
        Assert.NotEqual(0, noStory.Exit);
        Assert.Contains("no story no-such-story", noStory.Err);
        Assert.Contains("documents  3", CliRunner.Run("stats", "--store", store).Out);
    }

    [Fact]
    public void Bench_ends_with_the_total_line_scripts_read()
    {
        using var dir = new TempDir();
        Articles(dir, 20);
        foreach (var extra in new[] { [], new[] { "--no-store" } })
        {
            var r = CliRunner.Run(["bench", "--corpus", Path.Combine(dir.Path, "in"), "--n", "12", .. extra]);
            Assert.Equal(0, r.Exit);
            var last = r.Out.TrimEnd().Split('\n')[^1];
            Assert.Matches(@"^total: 12 documents in \d+\.\d\d s = \d+ docs/s, peak \d+ MB$", last);
        }
    }
}

public class CliSamplesTests
{
    private static string Samples()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Rasd.slnx")) && Directory.Exists(Path.Combine(d.FullName, "samples")))
                return Path.Combine(d.FullName, "samples");
        throw new InvalidOperationException("no samples/ folder beside Rasd.slnx above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Samples_give_stories_and_timelines_in_date_order_and_exports_agree_with_stats()
    {
        using var dir = new TempDir();
        var store = dir.File("store");
        var a = CliRunner.Run("analyze", Samples(), "--store", store, "--quiet");
        Assert.Equal(0, a.Exit);
        Assert.Contains("EVENTS", a.Out);

        var stats = JsonNode.Parse(CliRunner.Run("stats", "--format", "json", "--store", store).Out)!;
        var events = (int)stats["events"]!;
        Assert.True(events > 0);

        var stories = JsonNode.Parse(CliRunner.Run("stories", "--format", "json", "--store", store).Out)!.AsArray();
        Assert.Equal((int)stats["stories"]!, stories.Count);
        var withEvents = stories.First(s => s!["events"]!.AsArray().Count > 0)!;
        var t = CliRunner.Run("timeline", (string)withEvents["id"]!, "--store", store);
        Assert.Equal(0, t.Exit);

        // Whole-store timeline: dated lines ascending, every undated line after them with its reason.
        var lines = CliRunner.Run("timeline", "--store", store).Out.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var dates = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^  (\d{4}(-\d{2}(-\d{2})?)?)\s")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(dates);
        string First(string iso) => iso.Length == 4 ? iso + "-01-01" : iso.Length == 7 ? iso + "-01" : iso;
        Assert.Equal(dates.Select(First).Order(StringComparer.Ordinal), dates.Select(First));
        var firstUndated = lines.FindIndex(l => l.Contains("date unknown"));
        if (firstUndated >= 0)
            Assert.DoesNotContain(lines.Skip(firstUndated), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  \d{4}"));

        var csv = CliRunner.Run("export", "--format", "csv", "--store", store).Out;
        Assert.Equal(events + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - CountEmbeddedBreaks(csv));
        var report = JsonNode.Parse(CliRunner.Run("export", "--store", store).Out)!;
        Assert.Equal(events, report["events"]!.AsArray().Count);
        var eventId = (string)report["events"]![0]!["id"]!;
        Assert.Equal("event", (string)JsonNode.Parse(CliRunner.Run("show", eventId, "--store", store).Out)!["kind"]!);
    }

    [Fact]
    public void A_store_analysed_by_other_rules_is_named_in_analyze_and_stats_and_reanalyze_brings_it_up_to_date()
    {
        using var dir = new TempDir();
        var store = dir.File("old");
        using (var st = Rasd.Store.StoreFactory.Open(store))
            new Rasd.Pipeline.Ingestion(st, StoreContractTests.EarlierRules()).Run([Samples()]);

        var a = CliRunner.Run("analyze", Samples(), "--store", store, "--format", "json");
        Assert.Equal(0, a.Exit);
        Assert.Contains("were analysed by other rules", a.Err);
        Assert.Contains("rasd reanalyze", a.Err);
        var stale = JsonNode.Parse(CliRunner.Run("stats", "--format", "json", "--store", store).Out)!["rules"]!;
        var documents = (int)stale["analysed_by_other"]!;
        Assert.True(documents >= 5, $"the samples are several documents ({documents})");
        Assert.Equal(0, (int)stale["analysed_by_current"]!);

        var r = CliRunner.Run("reanalyze", "--store", store, "--if-stale", "--quiet");
        Assert.Equal(0, r.Exit);
        Assert.StartsWith($"{documents} reanalysed, 0 failed, with {(string)stale["current"]!}", r.Out);
        Assert.StartsWith("0 reanalysed", CliRunner.Run("reanalyze", "--store", store, "--if-stale", "--quiet").Out);
        var rules = JsonNode.Parse(CliRunner.Run("stats", "--format", "json", "--store", store).Out)!["rules"]!;
        Assert.Equal((documents, 0), ((int)rules["analysed_by_current"]!, (int)rules["analysed_by_other"]!));

        // The report is now the one a store that never saw the other rules gives.
        var after = CliRunner.Run("analyze", Samples(), "--store", store, "--format", "json");
        Assert.DoesNotContain("other rules", after.Err);
        var fresh = dir.File("fresh");
        CliRunner.Run("analyze", Samples(), "--store", fresh, "--quiet");
        Assert.Equal(CliRunner.Run("analyze", Samples(), "--store", fresh, "--format", "json", "--quiet").Out, after.Out);
        Assert.NotEqual(a.Out, after.Out);
    }

    // A quoted cell may hold a line break; count rows by quotes-aware splitting instead.
    private static int CountEmbeddedBreaks(string csv)
    {
        int breaks = 0; var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"') quoted = !quoted;
            else if (quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') breaks++;
        }
        return breaks;
    }
}
