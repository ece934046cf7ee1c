namespace Rasd.Actors;

/// <summary>
/// Brown clusters (Brown et al. 1992) by Liang's windowed algorithm (Liang 2005, "Semi-supervised learning for
/// natural language", §3): words by falling frequency enter a window of C clusters one at a time; after each
/// entry the two clusters whose merge loses least average mutual information of adjacent-cluster bigrams are
/// merged. When every word is in, the C clusters are merged down to one, and each word's class is the bit
/// string of its cluster's path in that binary tree (0 for the first slot of a merge, 1 for the second).
/// <para>
/// The merge-loss table is kept for every pair of window slots and updated incrementally (O(1) per pair and
/// merge, Liang's update), so one step costs O(C²) and the whole run O(V·C²). Counts are integers, so n·log n
/// comes from a table. Deterministic: words ordered by count then ordinally, ties of the loss broken by the
/// lowest slot pair, each pair's loss computed by the same operations whatever the thread.
/// </para>
/// </summary>
public static class BrownClusters
{
    /// <summary>Marks a prefix code in a word's class array (<see cref="NerFeatures"/>): k-means classes stay
    /// below 2^16, a Brown prefix is <c>Flag | (1 &lt;&lt; length) | bits</c>.</summary>
    public const int Flag = 1 << 30;
    /// <summary>Marks a prefix code that is also a feature of the words two positions away.</summary>
    public const int FarFlag = 1 << 29;
    public static readonly int[] DefaultPrefixes = { 4, 6, 10, 20 };

    /// <summary>Bit strings of the word stems seen at least <paramref name="minCount"/> times (the
    /// <paramref name="maxWords"/> most frequent), clustered into <paramref name="clusters"/> classes.</summary>
    public static Dictionary<string, string> Build(IEnumerable<IReadOnlyList<string>> sentences, int clusters = 1000, int minCount = 4,
        int maxWords = 40000, Action<string>? log = null) => Build(sentences, clusters, minCount, maxWords, log, null);

    /// <summary>As the public overload; <paramref name="drift"/> is told, after every step, how far the incrementally
    /// kept losses are from losses computed afresh (a check for tests: it costs O(C³) a step).</summary>
    internal static Dictionary<string, string> Build(IEnumerable<IReadOnlyList<string>> sentences, int clusters, int minCount,
        int maxWords, Action<string>? log, Action<double>? drift)
    {
        var data = sentences as IReadOnlyList<IReadOnlyList<string>> ?? sentences.ToList();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in data) foreach (var w in s) freq[w] = freq.GetValueOrDefault(w) + 1;
        var words = freq.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(maxWords).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) index[words[i]] = i;
        // Bigrams of adjacent tokens that are both clustered (a rarer word breaks the chain).
        var pairs = new Dictionary<long, int>();
        foreach (var s in data)
        {
            var prev = -1;
            foreach (var w in s)
            {
                var cur = index.GetValueOrDefault(w, -1);
                if (prev >= 0 && cur >= 0) { var key = (long)prev * words.Length + cur; pairs[key] = pairs.GetValueOrDefault(key) + 1; }
                prev = cur;
            }
        }
        var right = new List<(int Word, int Count)>[words.Length];
        var left = new List<(int Word, int Count)>[words.Length];
        for (var i = 0; i < words.Length; i++) { right[i] = new(); left[i] = new(); }
        foreach (var (key, n) in pairs.OrderBy(kv => kv.Key))
        {
            var a = (int)(key / words.Length);
            var b = (int)(key % words.Length);
            right[a].Add((b, n));
            if (a != b) left[b].Add((a, n));
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var c = Math.Max(1, Math.Min(clusters, words.Length));
        var state = new State(c + 1, words.Length);
        var counts = words.Select(w => freq[w]).ToArray();
        var next = 0;
        for (; next < c && next < words.Length; next++) state.Add(next, next, counts[next], right[next], left[next]);
        var free = c;
        for (; next < words.Length; next++)
        {
            state.Add(next, free, counts[next], right[next], left[next]);
            var (a, b) = state.Best();
            if (drift != null) drift(state.Drift());
            state.Merge(a, b);
            if (drift != null) drift(state.Drift());
            free = b;
            if (log != null && (next - c + 1) % 5000 == 0) log($"brown: {next + 1} of {words.Length} words ({sw.Elapsed.TotalSeconds:F0}s)");
        }
        // The window's clusters, merged down to one: the tree whose paths are the bit strings.
        var node = new int[c + 1];
        var children = new List<(int Left, int Right)>();
        var leafOf = new Dictionary<int, int>();
        for (var s = 0; s <= c; s++)
            if (state.Active[s]) { node[s] = -1 - leafOf.Count; leafOf[s] = leafOf.Count; }
        var slotsOfLeaf = leafOf.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var leafMembers = slotsOfLeaf.Select(s => state.Members[s].ToArray()).ToArray();
        for (var left2 = leafOf.Count; left2 > 1; left2--)
        {
            var (a, b) = state.Best();
            state.Merge(a, b);
            if (drift != null) drift(state.Drift());
            children.Add((node[a], node[b]));
            node[a] = children.Count - 1;
        }
        var paths = new string[leafMembers.Length];
        if (children.Count == 0) { if (paths.Length == 1) paths[0] = ""; }
        else
        {
            var stack = new Stack<(int Node, string Path)>();
            stack.Push((children.Count - 1, ""));
            while (stack.Count > 0)
            {
                var (n, p) = stack.Pop();
                if (n < 0) { paths[-1 - n] = p; continue; }
                stack.Push((children[n].Right, p + "1"));
                stack.Push((children[n].Left, p + "0"));
            }
        }
        var result = new Dictionary<string, string>(words.Length, StringComparer.Ordinal);
        for (var l = 0; l < leafMembers.Length; l++) foreach (var w in leafMembers[l]) result[words[w]] = paths[l];
        log?.Invoke($"brown: {words.Length} words, {pairs.Count} bigram types, {leafMembers.Length} clusters in {sw.Elapsed.TotalSeconds:F1}s");
        return result;
    }

    /// <summary>A bit string's prefix codes (at most <c>length</c> bits each; a shorter path is its own prefix), flagged as Brown classes.</summary>
    public static int[] Codes(string path, IReadOnlyList<int> lengths, bool far = false)
    {
        var codes = new int[lengths.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var l = Math.Min(Math.Min(lengths[i], path.Length), 24);
            var bits = 0;
            for (var j = 0; j < l; j++) bits = (bits << 1) | (path[j] == '1' ? 1 : 0);
            codes[i] = Flag | (far ? FarFlag : 0) | (1 << l) | bits;
        }
        return codes;
    }

    /// <summary>Writes bit strings as "path TAB word" lines (the format of Liang's tool), with a header naming the settings.</summary>
    public static void Save(string file, string header, Dictionary<string, string> paths)
    {
        using var w = new StreamWriter(file) { NewLine = "\n" };
        w.WriteLine("# " + header);
        foreach (var (word, path) in paths.OrderBy(kv => kv.Value, StringComparer.Ordinal).ThenBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"{path}\t{word}");
    }

    /// <summary>Reads a file of <see cref="Save"/>; null when it was written with other settings.</summary>
    public static Dictionary<string, string>? Load(string file, string header)
    {
        using var r = new StreamReader(file);
        if (r.ReadLine() != "# " + header) return null;
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"{file}: expected path<TAB>word");
            paths[line[(tab + 1)..]] = line[..tab];
        }
        return paths;
    }

    // n·log n for small counts, from a table.
    private static readonly double[] NLogN = BuildTable();

    private static double[] BuildTable()
    {
        var t = new double[1 << 16];
        for (var i = 1; i < t.Length; i++) t[i] = i * Math.Log(i);
        return t;
    }

    private static double K(int n) => n < NLogN.Length ? NLogN[n] : n * Math.Log(n);

    // A term n·log(n / (m_x m_y)) of the mutual information (scaled by the number of bigrams, which cancels); 0
    // without bigrams (the table's first entry), so no branch is needed.
    private static double Term(int n, double logMargins) => K(n) - n * logMargins;

    /// <summary>The window: bigram counts between slots (and transposed, so columns read as rows), the AMI terms,
    /// each slot's share of the AMI and the loss of merging each pair.</summary>
    private sealed class State
    {
        private readonly int _s;
        private readonly int[] _n, _nT;
        private readonly double[] _q, _share, _loss, _logSum, _logM;
        private readonly long[] _m;
        public readonly bool[] Active;
        public readonly List<int>[] Members;
        private readonly int[] _slotOf;
        private readonly double[] _delta;
        private readonly double[] _rowMin;
        private readonly int[] _rowArg;

        public State(int slots, int words)
        {
            _s = slots;
            _n = new int[slots * slots];
            _nT = new int[slots * slots];
            _q = new double[slots * slots];
            _loss = new double[slots * slots];
            _logSum = new double[slots * slots];
            _share = new double[slots];
            _logM = new double[slots];
            _m = new long[slots];
            _delta = new double[slots];
            _rowMin = new double[slots];
            _rowArg = new int[slots];
            Active = new bool[slots];
            Members = new List<int>[slots];
            for (var i = 0; i < slots; i++) Members[i] = new List<int>();
            _slotOf = new int[words];
            Array.Fill(_slotOf, -1);
        }

        private double Q(int x, int y) => Term(_n[x * _s + y], _logM[x] + _logM[y]);

        // The slot's own terms of the AMI: its bigrams with every slot, either way, the one with itself once.
        private double Share(int x)
        {
            var sum = 0.0;
            for (var u = 0; u < _s; u++) if (Active[u]) sum += _q[x * _s + u] + _q[u * _s + x];
            return sum - _q[x * _s + x];
        }

        // AMI lost by merging s and t: their terms less the merged cluster's. Free slots have no counts and a zero
        // log-margin, so the loop runs over every slot without a branch and takes s and t out afterwards.
        private double FullLoss(int s, int t)
        {
            var S = _s;
            var lst = _logSum[s * S + t];
            ReadOnlySpan<int> ns = _n.AsSpan(s * S, S), nt = _n.AsSpan(t * S, S), ms = _nT.AsSpan(s * S, S), mt = _nT.AsSpan(t * S, S);
            ReadOnlySpan<double> lm = _logM.AsSpan(0, S);
            var sumK = 0.0;
            var dot = 0.0;
            long count = 0;
            for (var u = 0; u < S; u++)
            {
                var k1 = ns[u] + nt[u];
                var k2 = ms[u] + mt[u];
                sumK += K(k1) + K(k2);
                var k = k1 + k2;
                count += k;
                dot += k * lm[u];
            }
            var merged = sumK - lst * count - dot;
            foreach (var u in stackalloc[] { s, t })
            {
                var k1 = ns[u] + nt[u];
                var k2 = ms[u] + mt[u];
                merged -= K(k1) + K(k2) - (k1 + k2) * (lst + lm[u]);
            }
            merged += Term(ns[s] + ns[t] + nt[s] + nt[t], 2 * lst);
            return _share[s] + _share[t] - _q[s * S + t] - _q[t * S + s] - merged;
        }

        private void SetLoss(int s, int t, double v)
        {
            if (s < t) _loss[s * _s + t] = v; else _loss[t * _s + s] = v;
        }

        private void Margins(int x)
        {
            _logM[x] = _m[x] > 0 ? Math.Log(_m[x]) : 0;
            for (var u = 0; u < _s; u++)
            {
                var sum = _m[x] + _m[u];
                _logSum[x * _s + u] = _logSum[u * _s + x] = sum > 0 ? Math.Log(sum) : 0;
            }
        }

        private void Terms(int x)
        {
            for (var u = 0; u < _s; u++)
            {
                var on = Active[u] && Active[x];
                _q[x * _s + u] = on ? Q(x, u) : 0;
                _q[u * _s + x] = on ? Q(u, x) : 0;
            }
        }

        private void Losses(int x)
        {
            Parallel.For(0, _s, u =>
            {
                if (u != x && Active[u]) SetLoss(x, u, FullLoss(x, u));
            });
        }

        /// <summary>Puts word <paramref name="w"/> into the free slot <paramref name="c"/> as a cluster of its own.</summary>
        public void Add(int w, int c, long count, List<(int Word, int Count)> right, List<(int Word, int Count)> left)
        {
            var S = _s;
            Active[c] = true;
            Members[c].Add(w);
            _slotOf[w] = c;
            _m[c] = count;
            foreach (var (v, n) in right)
            {
                var sv = _slotOf[v];
                if (sv < 0) continue;
                _n[c * S + sv] += n;
                _nT[sv * S + c] += n;
            }
            foreach (var (v, n) in left)
            {
                var sv = _slotOf[v];
                if (sv < 0) continue;
                _n[sv * S + c] += n;
                _nT[c * S + sv] += n;
            }
            Margins(c);
            Terms(c);
            // Every other pair's loss gains the terms with the new slot (only pairs touching its neighbours change).
            var adjacent = new List<int>();
            for (var u = 0; u < S; u++)
            {
                _delta[u] = 0;
                if (u == c || !Active[u]) continue;
                if (_n[c * S + u] != 0 || _n[u * S + c] != 0)
                {
                    adjacent.Add(u);
                    _delta[u] = _q[u * S + c] + _q[c * S + u];
                }
            }
            var isAdj = new bool[S];
            foreach (var u in adjacent) isAdj[u] = true;
            var lc = _logM[c];
            Parallel.ForEach(adjacent, s =>
            {
                for (var t = 0; t < S; t++)
                {
                    if (t == s || t == c || !Active[t] || (isAdj[t] && t < s)) continue;
                    var lst = _logSum[s * S + t] + lc;
                    var dm = Term(_n[s * S + c] + _n[t * S + c], lst) + Term(_n[c * S + s] + _n[c * S + t], lst);
                    var i = s < t ? s * S + t : t * S + s;
                    _loss[i] += _delta[s] + _delta[t] - dm;
                }
            });
            for (var u = 0; u < S; u++) if (u != c) _share[u] += _delta[u];
            _share[c] = Share(c);
            Losses(c);
        }

        /// <summary>Largest difference between a kept loss and the loss computed afresh, relative to the AMI's scale.</summary>
        public double Drift()
        {
            var max = 0.0;
            var scale = 1.0;
            for (var s = 0; s < _s; s++) if (Active[s]) scale += Math.Abs(_share[s]);
            for (var s = 0; s < _s; s++)
                for (var t = s + 1; t < _s; t++)
                    if (Active[s] && Active[t]) max = Math.Max(max, Math.Abs(_loss[s * _s + t] - FullLoss(s, t)));
            // The shares are kept incrementally too: compare them with their sums.
            for (var s = 0; s < _s; s++) if (Active[s]) max = Math.Max(max, Math.Abs(_share[s] - Share(s)));
            return max / scale;
        }

        /// <summary>The pair of active slots whose merge loses least (lowest slots on ties).</summary>
        public (int A, int B) Best()
        {
            var S = _s;
            Parallel.For(0, S, s =>
            {
                var best = double.PositiveInfinity;
                var arg = -1;
                if (Active[s])
                    for (var t = s + 1; t < S; t++)
                        if (Active[t] && _loss[s * S + t] < best) { best = _loss[s * S + t]; arg = t; }
                _rowMin[s] = best;
                _rowArg[s] = arg;
            });
            var (a, b, min) = (-1, -1, double.PositiveInfinity);
            for (var s = 0; s < S; s++)
                if (_rowArg[s] >= 0 && _rowMin[s] < min) (a, b, min) = (s, _rowArg[s], _rowMin[s]);
            return (a, b);
        }

        /// <summary>Merges slot <paramref name="b"/> into <paramref name="a"/> (a &lt; b); b becomes free.</summary>
        public void Merge(int a, int b)
        {
            var S = _s;
            var la = _logM[a];
            var lb = _logM[b];
            var lab = _logSum[a * S + b];
            // Each other slot's terms with a and b become its terms with the merged cluster.
            for (var u = 0; u < S; u++)
            {
                _delta[u] = 0;
                if (u == a || u == b || !Active[u]) continue;
                var into = _n[u * S + a] + _n[u * S + b];
                var from = _n[a * S + u] + _n[b * S + u];
                _delta[u] = Term(into, _logM[u] + lab) + Term(from, _logM[u] + lab)
                    - _q[u * S + a] - _q[a * S + u] - _q[u * S + b] - _q[b * S + u];
            }
            // Liang's update of the other pairs' losses: only the terms with a, b and the merged cluster change.
            Parallel.For(0, S, s =>
            {
                if (s == a || s == b || !Active[s]) return;
                var sa = _nT[a * S + s];
                var sb = _nT[b * S + s];
                var as_ = _n[a * S + s];
                var bs = _n[b * S + s];
                var ds = _delta[s];
                ReadOnlySpan<int> ta = _nT.AsSpan(a * S, S), tb = _nT.AsSpan(b * S, S), na = _n.AsSpan(a * S, S), nb = _n.AsSpan(b * S, S);
                ReadOnlySpan<double> delta = _delta.AsSpan(0, S), logSum = _logSum.AsSpan(s * S, S);
                var loss = _loss.AsSpan(s * S, S);
                // Pairs with a, b or a free slot get garbage here: a's are recomputed below, the others before use.
                for (var t = s + 1; t < S; t++)
                {
                    var k1 = sa + ta[t]; // s+t followed by a
                    var k2 = sb + tb[t];
                    var k3 = as_ + na[t]; // a followed by s+t
                    var k4 = bs + nb[t];
                    var lst = logSum[t];
                    var dm = Term(k1 + k2, lst + lab) + Term(k3 + k4, lst + lab)
                        - Term(k1, lst + la) - Term(k3, lst + la) - Term(k2, lst + lb) - Term(k4, lst + lb);
                    loss[t] += ds + delta[t] - dm;
                }
            });
            for (var u = 0; u < S; u++) { _n[a * S + u] += _n[b * S + u]; _n[b * S + u] = 0; }
            for (var u = 0; u < S; u++) { _n[u * S + a] += _n[u * S + b]; _n[u * S + b] = 0; }
            for (var u = 0; u < S; u++)
            {
                _nT[a * S + u] = _n[u * S + a];
                _nT[u * S + a] = _n[a * S + u];
                _nT[b * S + u] = _nT[u * S + b] = 0;
            }
            _m[a] += _m[b];
            _m[b] = 0;
            Active[b] = false;
            foreach (var w in Members[b]) _slotOf[w] = a;
            Members[a].AddRange(Members[b]);
            Members[b].Clear();
            Margins(a);
            Margins(b);
            Terms(a);
            Terms(b);
            for (var u = 0; u < S; u++) if (u != a && u != b) _share[u] += _delta[u];
            _share[a] = Share(a);
            _share[b] = 0;
            Losses(a);
        }
    }
}
