using System.Diagnostics;
using Rasd.Actors;
using Rasd.Cli.Commands;
using Xunit.Abstractions;

namespace Rasd.Tests.Actors;

public class NerTests
{
    private readonly ITestOutputHelper _out;
    public NerTests(ITestOutputHelper output) => _out = output;

    // Floors set from the measured figures of the shipped model (see NER-MODEL.md), a little below them.
    private const double MacroFloor = 67.5;
    private const double MicroFloor = 72.2;

    [Fact]
    public void Shipped_model_on_ANERcorp_test_split_stays_above_the_floor()
    {
        var test = ConllReader.ReadFile(SharedData.Combine("data", "anercorp", "ANERCorp_CamelLab_test.txt"));
        Assert.True(test.Count > 500, "test split looks truncated");
        var model = NerModel.Default;
        // The split is contiguous articles: tagged as one stream, each sentence with its neighbours (as in cross-validation).
        var tagged = model.TagDocument(test.Select(IReadOnlyList<string> (s) => s.Tokens).ToList());
        var report = ConllEval.Score(test.Select((s, i) => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)tagged[i])));
        _out.WriteLine(report.Table());
        Console.WriteLine(report.Table());
        Assert.True(report.MacroF1 >= MacroFloor, $"macro-F1 {report.MacroF1:F2} below floor {MacroFloor}\n{report.Table()}");
        Assert.True(report.Micro.F1 >= MicroFloor, $"micro-F1 {report.Micro.F1:F2} below floor {MicroFloor}\n{report.Table()}");
    }

    [Fact]
    public void Tags_people_and_places_in_a_news_sentence()
    {
        var tokens = "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل دعم سوريا".Split(' ');
        var tags = NerModel.Default.Tag(tokens);
        var chunks = ConllEval.Chunks(tags).Select(c => (string.Join(' ', tokens[c.Start..c.End]), c.Type)).ToList();
        Assert.Contains(("فلاديمير بوتين", "PERS"), chunks);
        Assert.Contains(("موسكو", "LOC"), chunks);
        Assert.Contains(("سوريا", "LOC"), chunks);
    }

    [Fact]
    public void Bad_tokens_never_throw_and_keep_length()
    {
        var model = NerModel.Default;
        var huge = new string('ب', 10_000);
        var odd = new[] { "", " ", huge, "Путин", "普京", "Vladimir", "Putin", "😀", "\u200F", "١٢٣", "بوتين", "#روسيا_سوريا", "https://example.com/a?b=c" };
        var tags = model.Tag(odd);
        Assert.Equal(odd.Length, tags.Length);
        Assert.All(tags, t => Assert.Contains(t, NerModel.DefaultTags));
        Assert.Empty(model.Tag(Array.Empty<string>()));
        Assert.Single(model.Tag(new[] { huge }));
    }

    [Fact]
    public void Tag_sequences_are_valid_BIO()
    {
        var test = "أعلن وزير الخارجية السوري أسعد الشيباني أن وفدا من الأمم المتحدة سيزور دمشق وحلب".Split(' ');
        var tags = NerModel.Default.Tag(test);
        for (var i = 0; i < tags.Length; i++)
            if (tags[i].StartsWith("I-")) Assert.True(i > 0 && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
    }

    [Fact]
    public void Model_round_trips_through_save_and_load()
    {
        var model = NerModel.Default;
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var again = NerModel.Load(ms);
        var tokens = "التقى أحمد الشرع بالمبعوث الأممي غير بيدرسن في دمشق".Split(' ');
        Assert.Equal(model.Tag(tokens), again.Tag(tokens));
    }

    [Fact]
    public void Cached_tagging_is_identical_to_scoring_every_token_afresh()
    {
        var train = ConllReader.ReadFile(SharedData.Combine("data", "anercorp", "ANERCorp_CamelLab_train.txt"));
        // Documents of 20 sentences, tagged with both stages as the pipeline does.
        var docs = train.Take(1500).Select(s => (IReadOnlyList<string>)s.Tokens).Chunk(20).Select(c => (IReadOnlyList<IReadOnlyList<string>>)c).ToList();
        var model = NerModel.Default;
        var fresh = model.WithCache(0);
        // A tiny cache forces collisions and evictions; threads share one cache.
        var tiny = model.WithCache(4);
        var expected = docs.Select(fresh.TagDocument).ToList();
        var changed = 0;
        for (var d = 0; d < docs.Count; d++)
            if (!expected[d].Zip(model.TagDocument(docs[d])).All(p => p.First.SequenceEqual(p.Second))) changed++;
        Assert.Equal(0, changed);
        var parallel = new string[docs.Count][][];
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, d => parallel[d] = (d % 2 == 0 ? tiny : model).TagDocument(docs[d]));
        for (var d = 0; d < docs.Count; d++) Assert.Equal(expected[d], parallel[d]);
        // The first stage alone as well.
        var sentences = docs.SelectMany(d => d).Take(300).ToList();
        var firstFresh = model.WithCache(0);
        firstFresh.Stack = null;
        var firstTiny = model.WithCache(4);
        firstTiny.Stack = null;
        foreach (var s in sentences) Assert.Equal(firstFresh.Tag(s), firstTiny.Tag(s));
        Assert.Throws<ArgumentException>(() => model.WithCache(3));
    }

    [Fact]
    public void Tag_biases_change_decoding_and_round_trip_through_save_and_load()
    {
        var tokens = "التقى أحمد الشرع بالمبعوث الأممي غير بيدرسن في دمشق".Split(' ');
        // A large bias for PERS on every PERS tag of the first stage makes every word a person there.
        var first = NerModel.Default.WithCache(0);
        first.Stack = null;
        first.TagBias = NerTypeBias.Expand(new[] { 5000f, 0, 0, 0 });
        Assert.All(first.Tag(new[] { "قال", "في" }), t => Assert.EndsWith("PERS", t));
        // Against PERS in the second stage: no person left.
        var model = NerModel.Default.WithCache(0);
        var before = model.TagDocument(new[] { tokens })[0];
        var s = NerModel.Default.Stack!;
        var stack = new NerStack(s.Tags, s.Bits, s.Window, s.Weights, s.Transitions) { OutsideBias = s.OutsideBias, TagBias = NerTypeBias.Expand(new[] { -5000f, 0, 0, 0 }) };
        model.TagBias = NerTypeBias.Expand(new[] { 10f, -10f, 20f, 0 });
        model.Stack = stack;
        var biased = model.TagDocument(new[] { tokens })[0];
        Assert.DoesNotContain(biased, t => t.EndsWith("PERS"));
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var again = NerModel.Load(ms);
        Assert.Equal(model.TagBias, again.TagBias);
        Assert.Equal(stack.TagBias, again.Stack!.TagBias);
        Assert.Equal(biased, again.TagDocument(new[] { tokens })[0]);
        // No biases: decoding as before.
        model.TagBias = Array.Empty<float>();
        model.Stack = s;
        Assert.Equal(before, model.TagDocument(new[] { tokens })[0]);
        Assert.Equal(new float[] { 0, 0, 0, 0, 0, 7, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0 }, NerTypeBias.Expand(new[] { 0f, 7f, 0, 0 }, starts: true));
    }

    [Fact]
    public void A_stack_lexicon_is_built_from_first_stage_tags_and_round_trips_through_save_and_load()
    {
        // Codes: 0 below two occurrences; otherwise majority type, share inside names and frequency band.
        Assert.Equal(0, NerStack.LexiconCode(new[] { 1, 0, 0, 0, 0 }));
        Assert.NotEqual(NerStack.LexiconCode(new[] { 10, 0, 0, 0, 0 }), NerStack.LexiconCode(new[] { 0, 10, 0, 0, 0 }));
        var sentences = new[]
        {
            "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل دعم سوريا".Split(' '),
            "والتقى بوتين في موسكو وزير الخارجية".Split(' '),
        };
        var lexicon = NerStack.BuildLexicon(NerModel.Default, sentences);
        Assert.True(lexicon.ContainsKey(NerFeatures.StemKey("موسكو")));
        Assert.False(lexicon.ContainsKey(NerFeatures.StemKey("روسيا")));
        var s = NerModel.Default.Stack!;
        var model = NerModel.Default.WithCache(0);
        model.Stack = new NerStack(s.Tags, s.Bits, s.Window, s.Weights, s.Transitions) { OutsideBias = s.OutsideBias, TagBias = s.TagBias, Lexicon = lexicon };
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        var again = NerModel.Load(ms);
        Assert.Equal(lexicon.OrderBy(kv => kv.Key), again.Stack!.Lexicon!.OrderBy(kv => kv.Key));
        Assert.Equal(model.TagDocument(sentences), again.TagDocument(sentences));
        // Without a lexicon none is stored.
        using var ms2 = new MemoryStream();
        NerModel.Default.Save(ms2);
        ms2.Position = 0;
        Assert.Null(NerModel.Load(ms2).Stack!.Lexicon);
    }

    /// <summary>24 tagged sentences "قال PERSON في PLACE اليوم", for trainer tests that need folds.</summary>
    private static List<(string[], string[])> ToyCorpus()
    {
        var data = new List<(string[], string[])>();
        string[] people = { "أحمد", "سمير", "علي", "خالد", "ماهر", "وليد" };
        string[] places = { "دمشق", "موسكو", "بغداد", "تونس", "القاهرة", "عمان" };
        for (var i = 0; i < 24; i++)
            data.Add(($"قال {people[i % 6]} في {places[(i * 5) % 6]} اليوم".Split(' '), "O B-PERS O B-LOC O".Split(' ')));
        return data;
    }

    [Fact]
    public void Type_biases_are_chosen_on_the_folds_deterministically()
    {
        var data = ToyCorpus();
        var options = new NerTrainOptions { BucketBits = 12, MaxEpochs = 2, CvFolds = 3, CorpusGazetteerFolds = 0, Margin = 0, Stack = true, StackMaxEpochs = 2,
            TypeBiasFirst = true, TypeBiasSecond = true, TypeBiasNested = true };
        byte[] Bytes(NerModel m) { using var ms = new MemoryStream(); m.Save(ms); return ms.ToArray(); }
        var a = NerTrainer.Train(data, new(), options);
        var b = NerTrainer.Train(data, new(), options);
        Assert.Equal(Bytes(a.Model), Bytes(b.Model));
        Assert.NotNull(a.HeldOutScalar);
        Assert.True(a.HeldOut!.MacroF1 >= a.HeldOutScalar!.MacroF1);
        Assert.Throws<ArgumentException>(() => NerTrainer.Train(data, new(), options with { Stack = false }));
        // A search keeps to the grid and only moves on a strict gain.
        var (perType, f1) = NerTypeBias.Search(x => -Math.Abs(x[2] - 16) - Math.Abs(x[0] + 8), NerTypeBias.DefaultGrid);
        Assert.Equal(new[] { -8f, 0, 16, 0 }, perType);
        Assert.Equal(0, f1);
    }

    [Fact]
    public void Older_model_formats_are_refused_with_a_clear_message()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(gz)) w.Write("RASDNER3");
        ms.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(ms));
        Assert.Contains("retrain", e.Message);
        using var junk = new MemoryStream(new byte[] { 1, 2, 3 });
        Assert.ThrowsAny<InvalidDataException>(() => NerModel.Load(junk));
    }

    [Fact]
    public void Corpus_gazetteer_keeps_words_usually_tagged_and_only_their_hashes()
    {
        var data = new List<(string[], string[])>
        {
            ("زار وزير سمير دمشق".Split(' '), "O O B-PERS B-LOC".Split(' ')),
            ("قال سمير إن وزير الخارجية".Split(' '), "O B-PERS O O O".Split(' ')),
            ("وصل سمير إلى ودمشق مع وزير".Split(' '), "O O O B-LOC O B-PERS".Split(' ')),
        };
        var gaz = NerFeatures.BuildCorpusGazetteer(data, minShare: 0.5);
        byte Bits(string w) => gaz.GetValueOrDefault(NerFeatures.WordKey(w));
        Assert.Equal(1, Bits("سمير"));          // B-PERS in 2 of 3
        Assert.Equal(4, Bits("دمشق"));          // B-LOC, also through the clitic-stripped stem of ودمشق
        Assert.Equal(0, Bits("زار"));
        Assert.Equal(0, Bits("وزير"));          // tagged once in 3
        var model = new NerModel(NerModel.BilouTags, 12, new(), corpusGazetteer: gaz);
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        Assert.Equal(gaz.OrderBy(kv => kv.Key), NerModel.Load(ms).Features.CorpusGazetteer.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Ner_gazetteer_adds_places_and_organisation_heads_and_names_bad_rows()
    {
        var g = NerGazetteer.Build(ActorDictionary.Default);
        Assert.True(g.GetValueOrDefault("نواكشوط").HasFlag(GazClass.Location));
        Assert.True(g.GetValueOrDefault("حزب").HasFlag(GazClass.OrgHead));
        Assert.True(g.GetValueOrDefault("بطرسبرغ").HasFlag(GazClass.LocationPart));
        Assert.True(g.GetValueOrDefault("مصر").HasFlag(GazClass.Location));   // ISO 3166-1 Arabic name
        Assert.True(g.GetValueOrDefault("جورج").HasFlag(GazClass.PersonFirst)); // given_names.tsv
        var e = Assert.Throws<InvalidDataException>(() => NerGazetteer.Build(ActorDictionary.Default, new[] { new[] { "باريس", "CITY" } }, "x.tsv"));
        Assert.Contains("x.tsv: entry 1", e.Message);
        Assert.Throws<InvalidDataException>(() => NerGazetteer.Build(ActorDictionary.Default, new[] { new[] { "باريس" } }, "x.tsv"));
    }

    [Fact]
    public void Cross_validation_chooses_settings_on_pooled_folds_and_the_margin_changes_training()
    {
        var data = ToyCorpus();
        var options = new NerTrainOptions { BucketBits = 12, MaxEpochs = 3, CvFolds = 3, CorpusGazetteerFolds = 0, Margin = 0 };
        var r = NerTrainer.Train(data, new(), options);
        Assert.NotNull(r.HeldOut);
        Assert.Equal(8 * 3, r.HeldOut!.PerType.Single(t => t.Type == "PERS").Gold);   // every sentence held out once
        Assert.InRange(r.Epochs, 1, 3);
        byte[] Bytes(NerModel m) { using var ms = new MemoryStream(); m.Save(ms); return ms.ToArray(); }
        var plain = NerTrainer.Train(data, new(), options with { Epochs = 2, OutsideBias = 0 });
        var margin = NerTrainer.Train(data, new(), options with { Epochs = 2, OutsideBias = 0, Margin = 50 });
        Assert.NotEqual(Bytes(plain.Model), Bytes(margin.Model));
        Assert.Equal("O B-PERS O B-LOC O".Split(' '), margin.Model.Tag(data[0].Item1));
    }

    /// <summary>Runs the built CLI with the arguments; its exit code and standard error.</summary>
    private static async Task<(int Exit, string Err)> RunRasd(string args, int seconds)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "rasd.dll");
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\" {args}") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var err = await p.StandardError.ReadToEndAsync(cts.Token);
        await p.WaitForExitAsync(cts.Token);
        return (p.ExitCode, err);
    }

    [Fact]
    public async Task Train_command_refuses_a_bad_clusters_model_with_its_name()
    {
        var dir = Directory.CreateTempSubdirectory("rasd-ner-");
        try
        {
            var conll = Path.Combine(dir.FullName, "tiny.txt");
            File.WriteAllText(conll, "قال O\nأحمد B-PERS\n\n");
            var junk = Path.Combine(dir.FullName, "junk.model");
            File.WriteAllBytes(junk, new byte[] { 31, 139, 8, 0, 1, 2, 3 });
            var (exit, err) = await RunRasd($"train ner --data \"{conll}\" --out \"{Path.Combine(dir.FullName, "m")}\" --clusters-from \"{junk}\"", 60);
            Assert.Equal(2, exit);
            Assert.Contains("junk.model", err);
            Assert.DoesNotContain("Unhandled exception", err);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public async Task Train_command_with_Brown_clusters_keeps_them_in_a_cache_and_gives_the_same_model_from_it()
    {
        var dir = Directory.CreateTempSubdirectory("rasd-ner-");
        try
        {
            var conll = Path.Combine(dir.FullName, "tiny.txt");
            File.WriteAllText(conll, "قال O\nأحمد B-PERS\nفي O\nدمشق B-LOC\n\nقال O\nعلي B-PERS\nفي O\nموسكو B-LOC\n\n");
            var text = Path.Combine(dir.FullName, "text");
            Directory.CreateDirectory(text);
            File.WriteAllText(Path.Combine(text, "a.txt"), string.Join("\n", Enumerable.Repeat("قال أحمد في دمشق ثم قال علي في موسكو", 5)));
            var cache = Path.Combine(dir.FullName, "brown.txt");
            async Task<(string Err, byte[] Model)> Run(string name)
            {
                var output = Path.Combine(dir.FullName, name);
                var (exit, err) = await RunRasd($"train ner --data \"{conll}\" --out \"{output}\" --unlabeled \"{text}\" --cluster-min-count 1 " +
                                                $"--brown 3 --brown-cache \"{cache}\" --cv 1 --epochs 1 --o-bias 0", 120);
                Assert.True(exit == 0, err);
                return (err, File.ReadAllBytes(output));
            }
            var first = await Run("a.model");
            Assert.Contains("brown: clustering took", first.Err);
            Assert.True(File.Exists(cache));
            var second = await Run("b.model");
            Assert.Contains("Brown bit strings of", second.Err);
            Assert.Equal(first.Model, second.Model);
            using var ms = new MemoryStream(first.Model);
            var model = NerModel.Load(ms);
            // Three k-means classes and four Brown prefixes per stem.
            Assert.All(model.Features.Clusters.Values, v => Assert.Equal(7, v.Length));
            Assert.All(model.Features.Clusters.Values, v => Assert.Equal(4, v.Count(c => (c & BrownClusters.Flag) != 0)));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var data = new List<(string[], string[])>
        {
            ("زار أحمد دمشق".Split(' '), "O B-PERS B-LOC".Split(' ')),
            ("قال علي إن الأمم المتحدة".Split(' '), "O B-PERS O B-ORG I-ORG".Split(' ')),
            ("وصل سمير إلى موسكو".Split(' '), "O B-PERS O B-LOC".Split(' ')),
        };
        byte[] Bytes()
        {
            var r = NerTrainer.Train(data, new(), new NerTrainOptions { BucketBits = 12, Epochs = 3 });
            using var ms = new MemoryStream();
            r.Model.Save(ms);
            return ms.ToArray();
        }
        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Ner_command_keeps_layout_and_ignores_extra_columns()
    {
        var input = "بوتين B-PERS\nفي\tO extra\nموسكو\n\n\nسوريا\n";
        var sw = new StringWriter { NewLine = "\n" };
        NerCommand.Run(NerModel.Default, new StringReader(input), sw);
        var lines = sw.ToString().Split('\n');
        Assert.Equal("", lines[3]);
        Assert.Equal("", lines[4]);
        Assert.StartsWith("بوتين ", lines[0]);
        Assert.StartsWith("في ", lines[1]);
        Assert.Matches(@"^سوريا (O|[BI]-(PERS|LOC|ORG|MISC))$", lines[5]);
        Assert.Equal(6, sw.ToString().TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public async Task Rasd_ner_process_round_trip()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "rasd.dll");
        Assert.True(File.Exists(dll), $"{dll} not found");
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\" ner")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false), StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        using var p = Process.Start(psi)!;
        var tokens = new[] { "أجرى", "الرئيس", "فلاديمير", "بوتين", "اتصالا", "مع", "أحمد", "الشرع", "", "Путин", new string('x', 10_000) };
        p.StandardInput.Write(string.Join("\n", tokens) + "\n");
        p.StandardInput.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = await p.StandardOutput.ReadToEndAsync(cts.Token);
        await p.WaitForExitAsync(cts.Token);
        var lines = stdout.Split('\n');
        Assert.Equal(0, p.ExitCode);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "") { Assert.Equal("", lines[i]); continue; }
            var parts = lines[i].Split(' ');
            Assert.Equal(tokens[i], parts[0]);
            Assert.Contains(parts[1], NerModel.DefaultTags);
        }
    }
}
