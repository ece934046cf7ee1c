namespace Rasd.Actors;

/// <summary>Precision, recall and F1 of one entity type (or all), in percent as conlleval prints them.</summary>
public sealed record ChunkScore(string Type, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record ConllReport(IReadOnlyList<ChunkScore> PerType, ChunkScore Micro, double MacroF1, int Tokens, int CorrectTags)
{
    public double Accuracy => Tokens == 0 ? 0 : 100.0 * CorrectTags / Tokens;

    public string Table()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{"type",-6} {"gold",6} {"pred",6} {"ok",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var s in PerType.Append(Micro))
            sb.AppendLine($"{s.Type,-6} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision,7:F2} {s.Recall,7:F2} {s.F1,7:F2}");
        sb.AppendLine($"macro-F1 {MacroF1:F2}  token accuracy {Accuracy:F2} ({Tokens} tokens)");
        return sb.ToString();
    }
}

/// <summary>
/// Exact-span chunk scoring with the chunk boundary rules of conlleval.pl (CoNLL-2000): a chunk starts at B-X,
/// or at I-X after O or another type; it ends before any tag that does not continue it. Macro-F1 is the mean
/// of the per-type F1 over the types seen in gold or prediction.
/// </summary>
public static class ConllEval
{
    public static ConllReport Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var counter = new Counter();
        foreach (var (g, p) in sentences) counter.Add(g, p);
        return counter.Report();
    }

    /// <summary>Counts chunks sentence by sentence (pooled over cross-validation folds, say), then reports.</summary>
    public sealed class Counter
    {
        private readonly Dictionary<string, int> _gold = new(), _pred = new(), _ok = new();
        private int _tokens, _correctTags;

        public void Add(IReadOnlyList<string> g, IReadOnlyList<string> p)
        {
            if (g.Count != p.Count) throw new ArgumentException($"sentence length differs: gold {g.Count}, predicted {p.Count}");
            _tokens += g.Count;
            for (var i = 0; i < g.Count; i++) if (g[i] == p[i]) _correctTags++;
            var gc = Chunks(g);
            var pc = Chunks(p).ToHashSet();
            foreach (var c in gc) Inc(_gold, c.Type);
            foreach (var c in pc) Inc(_pred, c.Type);
            foreach (var c in gc) if (pc.Contains(c)) Inc(_ok, c.Type);
        }

        public ConllReport Report()
        {
            var types = _gold.Keys.Union(_pred.Keys).Order(StringComparer.Ordinal).ToList();
            var per = types.Select(t => new ChunkScore(t, _gold.GetValueOrDefault(t), _pred.GetValueOrDefault(t), _ok.GetValueOrDefault(t))).ToList();
            var micro = new ChunkScore("all", _gold.Values.Sum(), _pred.Values.Sum(), _ok.Values.Sum());
            var macro = per.Count == 0 ? 0 : per.Average(s => s.F1);
            return new ConllReport(per, micro, macro, _tokens, _correctTags);
        }
    }

    private static void Inc(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

    /// <summary>Chunks (start, end exclusive, type) of a tag sequence under conlleval's rules.</summary>
    public static List<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var result = new List<(int, int, string)>();
        var prevTag = "O";
        var prevType = "";
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            // An "O" after "O" changes nothing: most tags of a sentence cost one comparison.
            if (i < tags.Count && start < 0 && prevType.Length == 0 && prevTag == "O" && tags[i] == "O") continue;
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && EndOfChunk(prevTag, tag, prevType, type)) { result.Add((start, i, prevType)); start = -1; }
            if (StartOfChunk(prevTag, tag, prevType, type)) start = i;
            prevTag = tag;
            prevType = type;
        }
        return result;
    }

    private static (string Tag, string Type) Split(string label)
    {
        if (label.Length > 2 && label[1] == '-') return (label[..1], label[2..]);
        return label == "O" || label.Length == 0 ? ("O", "") : ("B", label);
    }

    // conlleval.pl endOfChunk / startOfChunk (IOB2 subset: B, I, O; E/S treated as in the script).
    private static bool EndOfChunk(string pt, string t, string ptype, string type) =>
        (pt == "B" && t == "B") || (pt == "B" && t == "O") || (pt == "I" && t == "B") || (pt == "I" && t == "O") ||
        (pt == "E" && t is "E" or "I" or "O" or "B") || (pt == "S" && t is "E" or "I" or "O" or "B") ||
        (pt != "O" && pt != "." && ptype != type);

    private static bool StartOfChunk(string pt, string t, string ptype, string type) =>
        (pt == "B" && t == "B") || (pt == "I" && t == "B") || (pt == "O" && t == "B") || (pt == "O" && t == "I") ||
        (pt == "E" && t is "E" or "I") || (pt == "S" && t is "E" or "I") || (pt == "E" && t == "B") || (pt == "S" && t == "B") ||
        (pt == "O" && t is "E" or "S") || (t == "S") ||
        (t != "O" && t != "." && ptype != type);
}

/// <summary>Reads "token TAG" CoNLL files: one token per line, blank line between sentences, tag = last field.</summary>
public static class ConllReader
{
    public static List<(string[] Tokens, string[] Tags)> Read(TextReader reader)
    {
        var result = new List<(string[], string[])>();
        var toks = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                if (toks.Count > 0) { result.Add((toks.ToArray(), tags.ToArray())); toks.Clear(); tags.Clear(); }
                continue;
            }
            toks.Add(parts[0]);
            tags.Add(parts.Length > 1 ? parts[^1] : "O");
        }
        if (toks.Count > 0) result.Add((toks.ToArray(), tags.ToArray()));
        return result;
    }

    public static List<(string[] Tokens, string[] Tags)> ReadFile(string path)
    {
        using var r = new StreamReader(path);
        return Read(r);
    }
}
