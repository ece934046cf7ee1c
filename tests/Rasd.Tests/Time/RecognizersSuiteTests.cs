using System.Globalization;
using System.Text;
using System.Text.Json;
using Rasd.Model;
using Rasd.Time;
using Xunit.Abstractions;

namespace Rasd.Tests.Time;

/// <summary>
/// Runs Microsoft Recognizers-Text's Arabic DateTime suites (read from ../shared at test time, never copied) and
/// reports the pass rate of every file; fails when a file falls below its floor.
///
/// Pass criterion (per case):
/// - every file: the set of (Text, Start, Length) Rasd finds equals the expected set (an empty expected set
///   means Rasd must find nothing);
/// - parser and model files (expected results carry a value) also require, for each expected result, Rasd's
///   value to equal the expected resolution: for the tense Rasd reads from the sentence, the peer's
///   FutureResolution or PastResolution ("date", or "startDate"/"endDate" with the peer's exclusive end made
///   inclusive); Model files use Resolution.values[0]. A value Rasd gives at month or year precision (it never
///   claims more than the words say: "قبل عامين" is a year) is compared with the expected date cut to that
///   precision. Durations compare in seconds, times as HH:MM. A result the peer resolves to nothing (seasons)
///   cannot be passed.
/// - Cases listed in recognizers-exclusions.tsv (file, input, reason) are left out of the rate, each with its reason.
/// </summary>
public sealed class RecognizersSuiteTests(ITestOutputHelper output)
{
    /// <summary>Floors per file from the measured rates (raise as Rasd improves; never lower).</summary>
    private static readonly Dictionary<string, double> Floors = new()
    {
        ["DateExtractor"] = 0.98,
        ["DateParser"] = 0.98,
        ["DatePeriodExtractor"] = 0.95,
        ["DatePeriodParser"] = 0.86,
    };

    public sealed record CaseResult(string File, string Input, bool Pass, string Why);

    [Fact]
    public void EveryFilePassRate()
    {
        var dir = Path.Combine(TestPaths.Shared(), "data", "recognizers-text-arabic", "DateTime");
        Assert.True(Directory.Exists(dir), $"Recognizers-Text suite not found at {dir}");
        var exclusions = LoadExclusions();
        var table = new StringBuilder();
        table.AppendLine($"{"file",-26} {"cases",6} {"excl",5} {"pass",5} {"rate",7}");
        var failures = new StringBuilder();
        var rates = new Dictionary<string, double>();
        foreach (var path in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var results = RunFile(path, exclusions, out var excluded);
            var pass = results.Count(r => r.Pass);
            var rate = results.Count == 0 ? 1.0 : (double)pass / results.Count;
            rates[name] = rate;
            table.AppendLine($"{name,-26} {results.Count + excluded,6} {excluded,5} {pass,5} {rate,7:P1}");
            foreach (var r in results) failures.AppendLine($"{(r.Pass ? "PASS" : "FAIL")}\t{r.File}\t{r.Input}\t{r.Why}");
        }
        var text = table.ToString();
        output.WriteLine(text);
        var artifacts = Path.Combine(TestPaths.Repo(), "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "recognizers-rates.txt"), text);
        File.WriteAllText(Path.Combine(artifacts, "recognizers-cases.txt"), failures.ToString());
        foreach (var (file, floor) in Floors)
        {
            Assert.True(rates.ContainsKey(file), $"suite file {file}.json missing");
            Assert.True(rates[file] >= floor, $"{file}: pass rate {rates[file]:P1} is below the floor {floor:P1}");
        }
    }

    private static Dictionary<(string File, string Input), string> LoadExclusions()
    {
        var path = Path.Combine(TestPaths.Repo(), "tests", "Rasd.Tests", "Time", "recognizers-exclusions.tsv");
        var map = new Dictionary<(string, string), string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 3 || cols[2].Trim().Length == 0) throw new InvalidDataException($"{path}: an exclusion needs a file, an input and a reason: {line}");
            map[(cols[0], cols[1])] = cols[2];
        }
        return map;
    }

    public static List<CaseResult> RunFile(string path, Dictionary<(string File, string Input), string> exclusions, out int excluded)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        var list = new List<CaseResult>();
        excluded = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? "";
            if (exclusions.ContainsKey((name, input))) { excluded++; continue; }
            list.Add(RunCase(name, input, c));
        }
        return list;
    }

    private static CaseResult RunCase(string file, string input, JsonElement c)
    {
        var ctx = TimeContext.Unknown;
        if (c.TryGetProperty("Context", out var cx) && cx.TryGetProperty("ReferenceDateTime", out var rdt)
            && DateTime.TryParse(rdt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var refDt))
            ctx = new TimeContext(DateValue.OfDay(DateOnly.FromDateTime(refDt), "metadata"));
        List<TimeMention> found;
        try
        {
            found = TimeRecognizer.Find(input, ctx);
        }
        catch (Exception ex)
        {
            return new CaseResult(file, input, false, "exception " + ex.GetType().Name);
        }
        var tense = TenseDetector.Detect(input, new Span(0, input.Length));
        var expected = c.GetProperty("Results").EnumerateArray().ToList();
        // Model files give an inclusive End instead of a Length.
        static int Len(JsonElement r) => r.TryGetProperty("Length", out var l) ? l.GetInt32() : r.GetProperty("End").GetInt32() - r.GetProperty("Start").GetInt32() + 1;
        var exp = expected.Select(r => (r.GetProperty("Text").GetString() ?? "", r.GetProperty("Start").GetInt32(), Len(r))).OrderBy(x => x.Item2).ToList();
        var ignoreValues = c.TryGetProperty("IgnoreResolution", out var ir) && ir.ToString() == "true";
        var got = found.Select(m => (m.Text, m.Span.Start, m.Span.Length)).OrderBy(x => x.Start).ToList();
        if (!exp.SequenceEqual(got))
            return new CaseResult(file, input, false, "spans: expected " + string.Join(" | ", exp.Select(e => $"{e.Item1}@{e.Item2}")) + " got " + string.Join(" | ", got.Select(g => $"{g.Text}@{g.Start}")));
        var checkedValues = new List<string>();
        foreach (var r in expected)
        {
            var start = r.GetProperty("Start").GetInt32();
            var m = found.First(f => f.Span.Start == start);
            var want = ignoreValues ? null : ExpectedValue(r, tense);
            if (want is null) continue; // extractor: spans only
            if (!Matches(m, want.Value, out var why)) return new CaseResult(file, input, false, $"value of '{m.Text}': {why}");
            checkedValues.Add(want.Value.ToString());
        }
        return new CaseResult(file, input, true, string.Join(" | ", found.Select(f => f.Text + "=" + f.Iso)) + " checked " + string.Join(";", checkedValues));
    }

    private readonly record struct Want(string? Date, string? Start, string? End, double? Seconds, string? Time, bool Empty);

    private static Want? ExpectedValue(JsonElement r, Tense tense)
    {
        if (r.TryGetProperty("Value", out var v))
        {
            var key = tense == Tense.Future ? "FutureResolution" : "PastResolution";
            if (!v.TryGetProperty(key, out var res)) return new Want(null, null, null, null, null, true);
            return FromRes(res, "date", "startDate", "endDate", "duration", "time");
        }
        if (r.TryGetProperty("Resolution", out var rs) && rs.TryGetProperty("values", out var vals) && vals.GetArrayLength() > 0)
        {
            var arr = vals.EnumerateArray().ToList();
            // the peer lists the past reading first and the future one second when they differ
            var pick = arr.Count > 1 && tense == Tense.Future ? arr[1] : arr[0];
            return FromRes(pick, "value", "start", "end", "value", "value");
        }
        return null;
    }

    private static Want FromRes(JsonElement res, string date, string start, string end, string duration, string time)
    {
        string? Get(string k) => res.ValueKind == JsonValueKind.Object && res.TryGetProperty(k, out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        var s = Get(start);
        var e = Get(end);
        if (s != null && e != null) return new Want(null, s, e, null, null, false);
        var d = Get(date);
        if (d != null && double.TryParse(Get(duration), NumberStyles.Float, CultureInfo.InvariantCulture, out var secs) && !d.Contains('-')) return new Want(null, null, null, secs, null, false);
        if (d != null && d.Length >= 10 && d[4] == '-') return new Want(d[..10], null, null, null, null, false);
        if (d != null && d.Contains(':')) return new Want(null, null, null, null, d, false);
        if (Get(duration) is { } ds && double.TryParse(ds, NumberStyles.Float, CultureInfo.InvariantCulture, out var sec2)) return new Want(null, null, null, sec2, null, false);
        if (Get(time) is { } t && t.Contains(':')) return new Want(null, null, null, null, t, false);
        return new Want(null, null, null, null, null, true);
    }

    private static bool Matches(TimeMention m, Want w, out string why)
    {
        why = "";
        if (w.Empty) { why = "the peer resolves it to nothing"; return false; }
        var iso = m.Iso;
        if (iso is null) { why = "unresolved: " + m.Value.Note; return false; }
        if (w.Date is { } d)
        {
            if (d.StartsWith("0001", StringComparison.Ordinal)) { why = "the peer marks it impossible"; return false; }
            var cut = iso.Length is 4 or 7 or 10 && iso.Length <= d.Length ? d[..iso.Length] : d;
            if (cut == iso) return true;
            why = $"expected {d} got {iso}";
            return false;
        }
        if (w.Start is { } s && w.End is { } e)
        {
            if (!DateOnly.TryParse(s[..Math.Min(10, s.Length)], CultureInfo.InvariantCulture, out var a) || !DateOnly.TryParse(e[..Math.Min(10, e.Length)], CultureInfo.InvariantCulture, out var b))
            { why = "expected range unreadable"; return false; }
            var last = b > a ? b.AddDays(-1) : b; // the peer's end is exclusive
            var (ga, gb) = Bounds(m);
            if (ga == a && gb == last) return true;
            why = $"expected {a:yyyy-MM-dd}/{last:yyyy-MM-dd} got {iso}";
            return false;
        }
        if (w.Seconds is { } secs)
        {
            var got = DurationSeconds(iso);
            if (got is { } g && Math.Abs(g - secs) < 1) return true;
            why = $"expected {secs}s got {iso}";
            return false;
        }
        if (w.Time is { } t)
        {
            if (iso.StartsWith('T') && t.StartsWith(iso[1..], StringComparison.Ordinal)) return true;
            why = $"expected {t} got {iso}";
            return false;
        }
        why = "unsupported expected value";
        return false;
    }

    private static (DateOnly, DateOnly) Bounds(TimeMention m)
    {
        var iso = m.Iso!;
        var slash = iso.IndexOf('/');
        if (slash > 0)
        {
            var a = Start(iso[..slash]);
            var b = End(iso[(slash + 1)..]);
            return (a, b);
        }
        return (Start(iso), End(iso));
    }

    private static DateOnly Start(string p)
    {
        if (p.Length == 4 && int.TryParse(p, out var y)) return new DateOnly(Math.Max(1, y), 1, 1);
        if (p.Length == 7 && int.TryParse(p[..4], out var y2) && int.TryParse(p[5..7], out var m2) && m2 is >= 1 and <= 12) return new DateOnly(y2, m2, 1);
        return p.Length >= 10 && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
    }

    private static DateOnly End(string p)
    {
        if (p.Length == 4 && int.TryParse(p, out var y)) return new DateOnly(Math.Max(1, y), 12, 31);
        if (p.Length == 7 && int.TryParse(p[..4], out var y2) && int.TryParse(p[5..7], out var m2) && m2 is >= 1 and <= 12) return new DateOnly(y2, m2, DateTime.DaysInMonth(y2, m2));
        return p.Length >= 10 && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MaxValue;
    }

    private static double? DurationSeconds(string iso)
    {
        if (!iso.StartsWith('P')) return null;
        var time = iso.StartsWith("PT", StringComparison.Ordinal);
        var body = iso[(time ? 2 : 1)..];
        if (body.Length < 2 || !int.TryParse(body[..^1], out var n)) return null;
        return (time, body[^1]) switch
        {
            (false, 'D') => n * 86400.0,
            (false, 'W') => n * 7 * 86400.0,
            (false, 'M') => n * 30 * 86400.0,
            (false, 'Y') => n * 365 * 86400.0,
            (true, 'H') => n * 3600.0,
            (true, 'M') => n * 60.0,
            _ => null,
        };
    }
}
