using BenchmarkDotNet.Attributes;
using Rasd.Actors;
using Rasd.Model;

namespace Rasd.Bench;

/// <summary>
/// NER tagging speed on the ANERcorp test split (25,008 tokens; found by walking up to shared/data/anercorp),
/// and the whole actors stage on the same text. The split is tagged in documents of 20 sentences with both
/// stages of the tagger, as the pipeline tags a document. Tokens/s = 25,008 / mean time of TagTestSplit.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private List<(string[] Tokens, string[] Tags)> _sentences = new();
    private NerModel _model = null!;
    private NerModel _uncached = null!;
    private Document[] _docs = Array.Empty<Document>();
    // The same paragraphs of 20 sentences as token lists, tagged as documents (both stages, as the pipeline does).
    private List<IReadOnlyList<string>[]> _tokenDocs = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        string? path = null;
        // RASD_SHARED points at shared/ when the benchmark runs outside the checkout.
        if (Environment.GetEnvironmentVariable("RASD_SHARED") is { } shared)
        {
            var p = Path.Combine(shared, "data", "anercorp", "ANERCorp_CamelLab_test.txt");
            if (File.Exists(p)) path = p;
        }
        while (path == null && dir != null)
        {
            var p = Path.Combine(dir.FullName, "shared", "data", "anercorp", "ANERCorp_CamelLab_test.txt");
            if (File.Exists(p)) path = p;
            dir = dir.Parent;
        }
        if (path == null) throw new FileNotFoundException("NerBenchmarks needs shared/data/anercorp/ANERCorp_CamelLab_test.txt above the bench folder");
        _sentences = ConllReader.ReadFile(path);
        _model = NerModel.Default;
        _uncached = _model.WithCache(0);
        _ = ActorDictionary.Default;
        // Paragraphs of 20 sentences as documents for the stage benchmark.
        _docs = _sentences.Chunk(20).Select(c => string.Join("\n", c.Select(s => string.Join(' ', s.Tokens))))
            .Select(t => new Document(t, new DocumentMeta { Source = "bench" })).ToArray();
        _tokenDocs = _sentences.Select(s => (IReadOnlyList<string>)s.Tokens).Chunk(20).ToList();
    }

    public int Tokens => _sentences.Sum(s => s.Tokens.Length);

    /// <summary>Steady state: the per-word score cache is warm after the first iteration (as on a long corpus).</summary>
    [Benchmark(Description = "NER: tag ANERcorp test split (25k tokens)")]
    public int TagTestSplit()
    {
        var n = 0;
        foreach (var d in _tokenDocs) n += _model.TagDocument(d).Length;
        return n;
    }

    /// <summary>Every token scored afresh (no per-word cache): the cost of a word type the first time it is seen.</summary>
    [Benchmark(Description = "NER: tag the test split without the word cache")]
    public int TagTestSplitUncached()
    {
        var n = 0;
        foreach (var d in _tokenDocs) n += _uncached.TagDocument(d).Length;
        return n;
    }

    [Benchmark(Description = "actors stage over the test split text")]
    public int ActorsStage()
    {
        var stage = new ActorsStage();
        var n = 0;
        foreach (var d in _docs)
        {
            d.Entities.Clear();
            stage.Process(d);
            n += d.Entities.Count;
        }
        return n;
    }
}
