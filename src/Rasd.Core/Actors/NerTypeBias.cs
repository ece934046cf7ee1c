namespace Rasd.Actors;

/// <summary>
/// Biases per entity type, added at decode time to the scores of that type's tags (on top of the scalar bias
/// against "O"), chosen by coordinate ascent on pooled out-of-fold scores: macro-F1 rewards balancing each type's
/// precision and recall, which one scalar cannot do for all four types at once.
/// </summary>
internal static class NerTypeBias
{
    /// <summary>Entity types in the order of <see cref="NerModel.BilouTags"/> (B, I, L, U per type).</summary>
    public const int Types = 4;

    /// <summary>Offsets tried for each type's bias, relative to the scalar "O" bias (first-stage score units).</summary>
    public static readonly float[] DefaultGrid = { -32f, -24f, -16f, -8f, 0f, 8f, 16f, 24f, 32f, 48f, 64f, 80f, 96f };

    /// <summary>Per-tag biases (BILOU tag set; "O" gets 0) from per-type ones: every tag of a type, or with
    /// <paramref name="starts"/> only its B and U tags (a bias per name rather than per word).</summary>
    public static float[] Expand(IReadOnlyList<float> perType, bool starts = false)
    {
        var t = NerModel.BilouTags.Length;
        var result = new float[t];
        for (var c = 1; c < t; c++)
        {
            var pos = NerModel.BilouTags[c][0];
            if (!starts || pos is 'B' or 'U') result[c] = perType[(c - 1) / 4];
        }
        return result;
    }

    /// <summary>
    /// Sentences decoded under a bias: their emissions ([token * T + tag]) and transitions.
    /// </summary>
    public sealed class Decoder(TagSet structure, IReadOnlyList<(string[] Tokens, string[] Tags)> data, IReadOnlyList<double[]> emissions,
        IReadOnlyList<double[]> transitions)
    {
        private readonly int _t = structure.Tags.Length;
        private readonly double[][] _packed = PackAll(structure, transitions);

        public string Output(int tag) => structure.Output[tag];

        private static double[][] PackAll(TagSet structure, IReadOnlyList<double[]> transitions)
        {
            var distinct = new Dictionary<double[], double[]>(ReferenceEqualityComparer.Instance);
            var result = new double[transitions.Count][];
            for (var s = 0; s < transitions.Count; s++)
            {
                if (!distinct.TryGetValue(transitions[s], out var p)) distinct[transitions[s]] = p = structure.Pack(transitions[s]);
                result[s] = p;
            }
            return result;
        }

        /// <summary>BILOU tag indices of sentence <paramref name="s"/> with <paramref name="outsideBias"/> taken from "O"
        /// and <paramref name="tagBias"/> (none when empty) added to the other tags.</summary>
        public int[] Decode(int s, float outsideBias, IReadOnlyList<float> tagBias)
        {
            var e = emissions[s];
            var n = e.Length / _t;
            var path = new int[n];
            if (n == 0) return path;
            var em = new double[e.Length];
            for (var i = 0; i < n; i++)
            {
                em[i * _t] = e[i * _t] - outsideBias;
                for (var c = 1; c < _t; c++) em[i * _t + c] = e[i * _t + c] + (tagBias.Count == 0 ? 0 : tagBias[c]);
            }
            structure.ViterbiPacked(em, n, _packed[s], new double[e.Length], new int[e.Length], path);
            return path;
        }

        /// <summary>Pooled report over the sentences in [from, to) minus [skipFrom, skipTo).</summary>
        public ConllReport Score(float outsideBias, IReadOnlyList<float> tagBias, int from = 0, int to = int.MaxValue, int skipFrom = 0, int skipTo = 0)
        {
            var counter = new ConllEval.Counter();
            to = Math.Min(to, emissions.Count);
            for (var s = from; s < to; s++)
            {
                if (s >= skipFrom && s < skipTo) continue;
                counter.Add(data[s].Tags, Decode(s, outsideBias, tagBias).Select(x => structure.Output[x]).ToArray());
            }
            return counter.Report();
        }
    }

    /// <summary>
    /// Coordinate ascent over <paramref name="grid"/> for each type in turn (PERS, LOC, ORG, MISC), starting from
    /// no offset, until a round changes nothing (at most <paramref name="rounds"/>); a change must raise macro-F1
    /// strictly, so ties keep the earlier setting and the search is deterministic.
    /// </summary>
    public static (float[] PerType, double MacroF1) Search(Func<float[], double> macroF1, IReadOnlyList<float> grid, int rounds = 3, Action<string>? log = null)
    {
        var best = new float[Types];
        var bestF1 = macroF1(best);
        for (var round = 0; round < rounds; round++)
        {
            var changed = false;
            for (var type = 0; type < Types; type++)
            {
                foreach (var v in grid)
                {
                    if (v == best[type]) continue;
                    var trial = (float[])best.Clone();
                    trial[type] = v;
                    var f1 = macroF1(trial);
                    if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = trial; changed = true; }
                }
            }
            log?.Invoke($"type biases after round {round + 1}: PERS {best[0]}, LOC {best[1]}, ORG {best[2]}, MISC {best[3]} (macro-F1 {bestF1:F2})");
            if (!changed) break;
        }
        return (best, bestF1);
    }

    /// <summary>
    /// Nested estimate of what the search is worth on unseen folds: for each of <paramref name="k"/> contiguous
    /// blocks, biases chosen on the other blocks and the block scored with them; counts pooled over the blocks.
    /// </summary>
    public static ConllReport Nested(Decoder decoder, IReadOnlyList<(string[] Tokens, string[] Tags)> data, int k, float outsideBias, bool starts,
        IReadOnlyList<float> grid)
    {
        var counter = new ConllEval.Counter();
        for (var f = 0; f < k; f++)
        {
            int from = data.Count * f / k, to = data.Count * (f + 1) / k;
            var (perType, _) = Search(b => decoder.Score(outsideBias, Expand(b, starts), 0, data.Count, from, to).MacroF1, grid);
            var tagBias = Expand(perType, starts);
            for (var s = from; s < to; s++)
                counter.Add(data[s].Tags, decoder.Decode(s, outsideBias, tagBias).Select(x => decoder.Output(x)).ToArray());
        }
        return counter.Report();
    }
}
