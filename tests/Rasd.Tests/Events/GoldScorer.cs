using System.Text.Json;
using Rasd.Events;
using Rasd.Ingest;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>
/// Runs the whole pipeline (the ingest readers, then <see cref="Analyzer.Default"/>) over a set of files and scores the
/// result against a gold JSON of key events: found, date right, merged across documents, direction, attribution,
/// modality, single-source marks, events that must not exist, and story checks. Shared by the gold sets.
/// </summary>
internal static class GoldScorer
{
    public sealed record GoldEvent(string Id, string Type, string Cameo, string? Date, List<string> Source, List<string> Target, List<string> Documents,
        bool SingleSource, bool Direction, Dictionary<string, string> Attribution, string? Modality);

    public sealed record Absent(string About, string? DatePrefix, string? Family, List<string> Source, List<string> Target);

    public sealed class Run
    {
        public required Corpus Corpus;
        public required Dictionary<string, List<Document>> ByFile;
        public required Dictionary<string, string> FileOfDoc;
    }

    public sealed class Score
    {
        public int Evaluated, Found, DateTotal, Dated, Multi, Merged, DirectionTotal, DirectionRight, AttributionTotal, AttributionRight;
        public int Single, SingleRight, ModalityTotal, ModalityRight, AbsentTotal, AbsentViolated, StoryTotal, StoryPassed;
        public int Events;
        public readonly List<string> Lines = new();
        public readonly List<string> StoryFailures = new();

        public static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
        public double FoundRatio => Ratio(Found, Evaluated);
        public double DateRatio => Ratio(Dated, DateTotal);
        public double MergedRatio => Ratio(Merged, Multi);
        public double DirectionRatio => Ratio(DirectionRight, DirectionTotal);
        public double AttributionRatio => Ratio(AttributionRight, AttributionTotal);

        public string Summary =>
            $"found {Found}/{Evaluated} = {FoundRatio:P0}; date right {Dated}/{DateTotal} = {DateRatio:P0}; merged {Merged}/{Multi} = {MergedRatio:P0}; " +
            $"direction {DirectionRight}/{DirectionTotal}; attribution {AttributionRight}/{AttributionTotal}; single-source {SingleRight}/{Single}; " +
            $"modality {ModalityRight}/{ModalityTotal}; absent violated {AbsentViolated}/{AbsentTotal}; stories {StoryPassed}/{StoryTotal}; system events {Events}";
    }

    /// <summary>Reads and analyses the files (full path → key as the gold names it) in one corpus.</summary>
    public static Run Analyse(IReadOnlyDictionary<string, string> files)
    {
        var docs = new List<Document>();
        var byFile = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var fileOfDoc = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Inputs.Read(files.Keys.ToList()))
        {
            if (r.Document is not { } d) throw new InvalidOperationException($"{r.Source}: {r.Error}");
            var path = Path.GetFullPath(d.Meta.Source.Split('#')[0]);
            var key = files.TryGetValue(path, out var k) ? k : throw new InvalidOperationException($"unexpected source {d.Meta.Source}");
            docs.Add(d);
            if (!byFile.TryGetValue(key, out var l)) byFile[key] = l = new List<Document>();
            l.Add(d);
            fileOfDoc[d.Id] = key;
        }
        var corpus = new Corpus();
        Analyzer.Default().Run(docs, corpus);
        return new Run { Corpus = corpus, ByFile = byFile, FileOfDoc = fileOfDoc };
    }

    /// <summary>Files of a folder keyed as "prefix/name", README.md left out.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Folder(string dir, string prefix) =>
        Directory.GetFiles(dir).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => KeyValuePair.Create(Path.GetFullPath(f), prefix + "/" + Path.GetFileName(f)));

    public static (List<GoldEvent> Events, List<Absent> Absent, JsonElement Stories) Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        static List<string> Strings(JsonElement e, string name) =>
            e.TryGetProperty(name, out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();
        var list = new List<GoldEvent>();
        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            var attribution = new Dictionary<string, string>(StringComparer.Ordinal);
            if (e.TryGetProperty("attribution", out var at))
                foreach (var p in at.EnumerateObject()) attribution[p.Name] = p.Value.GetString()!;
            var date = e.GetProperty("date");
            list.Add(new GoldEvent(e.GetProperty("id").GetString()!, e.GetProperty("type").GetString()!, e.GetProperty("cameo").GetString()!,
                date.ValueKind == JsonValueKind.Null ? null : date.GetString(), Strings(e, "source"), Strings(e, "target"), Strings(e, "documents"),
                e.TryGetProperty("single_source", out var ss) && ss.GetBoolean(),
                e.TryGetProperty("direction", out var dir) && dir.GetBoolean(), attribution,
                e.TryGetProperty("modality", out var mo) ? mo.GetString() : null));
        }
        var absent = new List<Absent>();
        if (root.TryGetProperty("absent", out var abs))
            foreach (var a in abs.EnumerateArray())
                absent.Add(new Absent(a.GetProperty("about").GetString()!, a.TryGetProperty("date_prefix", out var dp) ? dp.GetString() : null,
                    a.TryGetProperty("cameo_family", out var cf) ? cf.GetString() : null, Strings(a, "source"), Strings(a, "target")));
        return (list, absent, root.GetProperty("stories").Clone());
    }

    public static bool NameMatches(Corpus corpus, string id, string spec)
    {
        var names = corpus.Entities.TryGetValue(id, out var e) ? e.Aliases.Append(e.Name).Append(id).ToList() : new List<string> { id };
        // A country's government is that country as an actor (CAMEO's RUSGOV is Russia): "روسيا" names it too.
        var dict = Rasd.Actors.ActorDictionary.Default;
        if (id.StartsWith("rasd:government:", StringComparison.Ordinal) && dict.Get(id)?.Country is { } iso && dict.CountryId(iso) is { } c && dict.Get(c) is { } country)
            names.Add(country.Name);
        var norms = names.Select(ArabicNormalizer.Normalize).ToList();
        return spec.Split('|').Select(ArabicNormalizer.Normalize).Any(alt => norms.Any(n => n.Contains(alt, StringComparison.Ordinal)));
    }

    private static bool AllMatch(Corpus corpus, IEnumerable<string> ids, IEnumerable<string> specs) =>
        specs.All(spec => ids.Any(a => NameMatches(corpus, a, spec)));

    /// <summary>Source and target on the right side; a visit seen from the host (043) has its sides swapped against 042.</summary>
    private static bool DirectionRight(Corpus corpus, GoldEvent g, Event e)
    {
        var (src, tgt) = (e.SourceActors, e.TargetActors);
        var swap = (g.Cameo == "042" && e.Cameo == "043") || (g.Cameo == "043" && e.Cameo == "042");
        if (swap) (src, tgt) = (tgt, src);
        return AllMatch(corpus, src, g.Source) && AllMatch(corpus, tgt, g.Target);
    }

    /// <summary>The least a set's score may fall to: found, date right, merged, direction and attribution ratios.</summary>
    /// <remarks><paramref name="AbsentAllowed"/>: background events the set says must not exist that may still exist (0 unless a set documents why).</remarks>
    public sealed record Floors(double Found, double Date, double Merged, double Direction, double Attribution, int AbsentAllowed = 0);

    /// <summary>
    /// Scores the whole pipeline on a folder of the events sets (docs/ and gold.json under tests/Rasd.Tests/Events/NAME),
    /// writes the per-event lines and the summary, and fails below the floors or when an absent event exists.
    /// </summary>
    public static Score ScoreSet(string name, Floors floors, Action<string> write)
    {
        var dir = Path.Combine(TestFiles.Repo(), "tests", "Rasd.Tests", "Events", name);
        var run = Analyse(Folder(Path.Combine(dir, "docs"), name).ToDictionary(x => x.Key, x => x.Value));
        var (gold, absent, stories) = Load(Path.Combine(dir, "gold.json"));
        var s = Evaluate(run, gold, absent, stories);
        foreach (var l in s.Lines) write(l);
        write(s.Summary);
        Assert.Equal(gold.Count, s.Evaluated);
        Assert.True(s.FoundRatio >= floors.Found, $"found {s.Found}/{s.Evaluated} is below the floor {floors.Found:P0}");
        Assert.True(s.DateRatio >= floors.Date, $"date right {s.Dated}/{s.DateTotal} is below the floor {floors.Date:P0}");
        Assert.True(s.MergedRatio >= floors.Merged, $"merged {s.Merged}/{s.Multi} is below the floor {floors.Merged:P0}");
        Assert.True(s.DirectionRatio >= floors.Direction, $"direction {s.DirectionRight}/{s.DirectionTotal} is below the floor {floors.Direction:P0}");
        Assert.True(s.AttributionRatio >= floors.Attribution, $"attribution {s.AttributionRight}/{s.AttributionTotal} is below the floor {floors.Attribution:P0}");
        Assert.True(s.AbsentViolated <= floors.AbsentAllowed, $"{s.AbsentViolated} events exist that must not (at most {floors.AbsentAllowed})");
        return s;
    }

    public static Score Evaluate(Run run, List<GoldEvent> gold, List<Absent> absent, JsonElement storyChecks)
    {
        var corpus = run.Corpus;
        var s = new Score { Events = corpus.Events.Count };
        foreach (var g in gold)
        {
            var expected = g.Documents.Where(run.ByFile.ContainsKey).ToList();
            if (expected.Count == 0) { s.Lines.Add($"-  {g.Id}: no document read"); continue; }
            s.Evaluated++;
            if (g.Date != null) s.DateTotal++;
            if (expected.Count > 1) s.Multi++;
            if (g.Direction) s.DirectionTotal++;
            s.AttributionTotal += g.Attribution.Count;
            if (g.SingleSource) s.Single++;
            if (g.Modality != null) s.ModalityTotal++;
            var family = EventFamilies.Of(g.Cameo);
            var candidates = corpus.Events.Where(e => EventFamilies.Of(e.Cameo) == family
                    && e.Mentions.Any(m => run.FileOfDoc.TryGetValue(m.Document, out var f) && expected.Contains(f))
                    && AllMatch(corpus, e.SourceActors.Concat(e.TargetActors), g.Source.Concat(g.Target)))
                .Select(e => (Event: e, Files: e.Mentions.Select(m => run.FileOfDoc.GetValueOrDefault(m.Document)).Where(f => f != null && expected.Contains(f)).Distinct().Count()))
                // (of two events of the family reported by as many files on the same date, the one of the gold's own code: the letter, not
                // the visit it came with)
                .OrderByDescending(x => x.Files).ThenByDescending(x => g.Date != null && x.Event.Date.Iso == g.Date ? 1 : 0).ThenByDescending(x => x.Event.Cameo == g.Cameo ? 1 : 0)
                .ThenByDescending(x => DirectionRight(corpus, g, x.Event) ? 1 : 0).ToList();
            if (candidates.Count == 0) { s.Lines.Add($"✗  {g.Id}: not found ({g.Cameo} {g.Date})"); continue; }
            s.Found++;
            var (best, files) = candidates[0];
            var notes = new List<string>();
            if (g.Date != null)
            {
                if (best.Date.Iso == g.Date) s.Dated++;
                else notes.Add($"date WRONG {best.Date.Iso ?? "undated"} ≠ {g.Date}");
            }
            if (expected.Count > 1)
            {
                if (files == expected.Count) s.Merged++;
                else notes.Add($"merged {files}/{expected.Count} files, {candidates.Count} candidate events");
            }
            if (g.Direction)
            {
                if (DirectionRight(corpus, g, best)) s.DirectionRight++;
                else notes.Add($"direction WRONG [{string.Join(",", best.SourceActors)}] → [{string.Join(",", best.TargetActors)}]");
            }
            foreach (var (file, spec) in g.Attribution)
            {
                var ms = best.Mentions.Where(m => run.FileOfDoc.GetValueOrDefault(m.Document) == file).ToList();
                if (ms.Any(m => m.Attribution != null && NameMatches(corpus, m.Attribution, spec))) s.AttributionRight++;
                else notes.Add($"attribution WRONG in {file}: {string.Join(",", ms.Select(m => m.Attribution ?? "none"))} ≠ {spec}");
            }
            if (g.SingleSource)
            {
                if (best.SingleSource) s.SingleRight++;
                else notes.Add($"not single-source ({best.Attributions} attributions)");
            }
            if (g.Modality != null)
            {
                var mod = best.Modality.ToString().ToLowerInvariant();
                if (mod == g.Modality) s.ModalityRight++;
                else notes.Add($"modality WRONG {mod} ≠ {g.Modality}");
            }
            s.Lines.Add($"✓  {g.Id}: {best.Cameo} {best.Date.Iso ?? "undated"}{(notes.Count > 0 ? "; " + string.Join("; ", notes) : "")}");
        }
        foreach (var a in absent)
        {
            s.AbsentTotal++;
            var hits = corpus.Events.Where(e => (a.DatePrefix == null || (e.Date.Iso ?? "").StartsWith(a.DatePrefix, StringComparison.Ordinal))
                                                && (a.Family == null || EventFamilies.Of(e.Cameo) == a.Family)
                                                && AllMatch(corpus, e.SourceActors, a.Source) && AllMatch(corpus, e.TargetActors, a.Target)).ToList();
            if (hits.Count > 0) { s.AbsentViolated++; s.Lines.Add($"✗  absent: {a.About} ({string.Join(", ", hits.Select(h => h.Cameo + " " + h.Date.Iso))})"); }
            else s.Lines.Add($"✓  absent: {a.About}");
        }
        foreach (var check in storyChecks.EnumerateArray())
        {
            var kind = check.TryGetProperty("apart", out var apart) ? "apart" : "together";
            var refs = (kind == "apart" ? apart : check.GetProperty("together")).EnumerateArray()
                .Select(x => (File: x[0].GetString()!, Index: x[1].GetInt32())).ToList();
            if (refs.Any(r => !run.ByFile.ContainsKey(r.File))) continue;
            s.StoryTotal++;
            var storiesOf = refs.Select(r => run.ByFile[r.File].SelectMany(d => d.Items).ElementAtOrDefault(r.Index)?.Story).ToList();
            var ok = kind == "apart"
                ? storiesOf.All(x => x != null) && storiesOf.Distinct().Count() == storiesOf.Count
                : storiesOf.All(x => x != null) && storiesOf.Distinct().Count() == 1;
            var about = check.GetProperty("about").GetString()!;
            if (ok) s.StoryPassed++; else s.StoryFailures.Add(about);
            s.Lines.Add($"{(ok ? "✓" : "✗")}  story: {about}");
        }
        return s;
    }
}
