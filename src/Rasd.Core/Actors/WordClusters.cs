using System.Numerics;
using System.Text.RegularExpressions;
using Rasd.Language;

namespace Rasd.Actors;

/// <summary>
/// Distributional word classes learned from unlabelled text, used as tagger features so that words rare or absent
/// in the labelled data (most names) share weights with words that occur in the same contexts. Each word (its
/// normalised, clitic-stripped form) is a vector of its neighbours (±1, ±2 positions, weighted by the neighbour's
/// inverse frequency) randomly projected to a few dimensions, then clustered by spherical k-means at several
/// granularities. Deterministic: fixed projection and seeded initialisation.
/// </summary>
public static partial class WordClusters
{
    public static readonly int[] DefaultSizes = { 64, 256, 1024 };

    /// <summary>Stems of a sentence as the tagger sees them.</summary>
    public static string Stem(string token)
    {
        var norm = ArabicNormalizer.Normalize(token);
        var pl = ArabicClitics.PrefixLength(norm);
        return norm[pl..];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>Sentences (lines) of stems from text files under the given paths (markup stripped).</summary>
    public static IEnumerable<List<string>> ReadUnlabelled(IEnumerable<string> paths)
    {
        foreach (var line in Lines(paths))
        {
            if (line.Length < 20) continue;
            var stems = Tokenizer.Tokenize(line).Where(t => t.Kind == TokenKind.Word).Select(t => Stem(t.Text)).ToList();
            if (stems.Count > 2) yield return stems;
        }
    }

    /// <summary>The lines of the text files under the given paths, in file-name order, markup stripped; unreadable files skipped.</summary>
    private static IEnumerable<string> Lines(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : File.Exists(path) ? new[] { path } : Array.Empty<string>();
            foreach (var f in files)
            {
                string text;
                try { text = File.ReadAllText(f); } catch (IOException) { continue; }
                foreach (var line in Tags().Replace(text, "\n").Split('\n')) yield return line;
            }
        }
    }

    /// <summary>Sentences of tokens (words, numbers, punctuation) from text files, lines split at sentence-final
    /// punctuation, keeping those of <paramref name="min"/>–<paramref name="max"/> tokens; every <paramref name="stride"/>-th only.</summary>
    public static IEnumerable<string[]> ReadSentences(IEnumerable<string> paths, int min = 6, int max = 60, int stride = 1)
    {
        var k = 0;
        foreach (var line in Lines(paths))
        {
            var cur = new List<string>();
            foreach (var t in Tokenizer.Tokenize(line))
            {
                cur.Add(t.Text);
                if (t.Kind != TokenKind.Punct || t.Text is not ("." or "؟" or "?" or "!")) continue;
                if (cur.Count >= min && cur.Count <= max && k++ % stride == 0) yield return cur.ToArray();
                cur.Clear();
            }
            if (cur.Count >= min && cur.Count <= max && k++ % stride == 0) yield return cur.ToArray();
        }
    }

    public static Dictionary<string, int[]> Build(IEnumerable<List<string>> sentences, int[] sizes, int seed = 17,
        int minCount = 4, int maxWords = 40000, int contexts = 2000, int dims = 64, int iterations = 10, Action<string>? log = null)
    {
        var data = sentences.ToList();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var s in data) foreach (var w in s) { freq[w] = freq.GetValueOrDefault(w) + 1; total++; }
        var ranked = freq.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        var words = ranked.Take(maxWords).ToList();
        var wordIndex = words.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        var ctxIndex = ranked.Take(contexts).Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        log?.Invoke($"clusters: {total} tokens, {words.Count} words, {ctxIndex.Count} context words");
        // Random ±1 projection of (position, context word), fixed by the seed.
        var rng = new Random(seed);
        const int positions = 4;
        var proj = new float[positions * contexts * dims];
        for (var i = 0; i < proj.Length; i++) proj[i] = rng.Next(2) == 0 ? -1f : 1f;
        var idf = new float[contexts];
        foreach (var (w, i) in ctxIndex) idf[i] = (float)Math.Log((double)total / freq[w]);
        var vec = new float[words.Count * dims];
        int[] offs = { -2, -1, 1, 2 };
        foreach (var s in data)
        {
            for (var i = 0; i < s.Count; i++)
            {
                if (!wordIndex.TryGetValue(s[i], out var wi)) continue;
                var v = vec.AsSpan(wi * dims, dims);
                for (var p = 0; p < positions; p++)
                {
                    var j = i + offs[p];
                    if (j < 0 || j >= s.Count || !ctxIndex.TryGetValue(s[j], out var ci)) continue;
                    var r = proj.AsSpan((p * contexts + ci) * dims, dims);
                    var wgt = idf[ci];
                    for (var d = 0; d < dims; d++) v[d] += wgt * r[d];
                }
            }
        }
        for (var w = 0; w < words.Count; w++) Normalize(vec.AsSpan(w * dims, dims));
        var result = words.ToDictionary(w => w, _ => new int[sizes.Length], StringComparer.Ordinal);
        for (var g = 0; g < sizes.Length; g++)
        {
            var assign = KMeans(vec, words.Count, dims, Math.Min(sizes[g], words.Count), iterations, seed + g);
            for (var w = 0; w < words.Count; w++) result[words[w]][g] = assign[w];
            log?.Invoke($"clusters: k={sizes[g]} done");
        }
        return result;
    }

    private static void Normalize(Span<float> v)
    {
        var n = 0f;
        foreach (var x in v) n += x * x;
        if (n <= 0) return;
        var inv = 1f / MathF.Sqrt(n);
        for (var i = 0; i < v.Length; i++) v[i] *= inv;
    }

    private static int[] KMeans(float[] vec, int n, int dims, int k, int iterations, int seed)
    {
        var rng = new Random(seed);
        var centres = new float[k * dims];
        // Initial centres: k distinct words chosen by the seed, frequent words more likely (they come first).
        var chosen = new HashSet<int>();
        while (chosen.Count < k) chosen.Add((int)(Math.Pow(rng.NextDouble(), 2) * n));
        var ci = 0;
        foreach (var w in chosen.Order()) vec.AsSpan(w * dims, dims).CopyTo(centres.AsSpan(ci++ * dims, dims));
        var assign = new int[n];
        for (var it = 0; it < iterations; it++)
        {
            for (var w = 0; w < n; w++)
            {
                var v = vec.AsSpan(w * dims, dims);
                var best = 0;
                var bestDot = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var dot = Dot(v, centres.AsSpan(c * dims, dims));
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assign[w] = best;
            }
            Array.Clear(centres);
            for (var w = 0; w < n; w++)
            {
                var c = centres.AsSpan(assign[w] * dims, dims);
                var v = vec.AsSpan(w * dims, dims);
                for (var d = 0; d < dims; d++) c[d] += v[d];
            }
            for (var c = 0; c < k; c++) Normalize(centres.AsSpan(c * dims, dims));
        }
        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
