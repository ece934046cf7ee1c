using Rasd.Ingest;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Tests.Pipeline;

public class AnalyzerRunTests
{
    // Three groups' worth of real articles of one outlet section (corpus stages link across them), and the samples.
    private static List<Document> Read() =>
        Inputs.Read(Directory.GetFiles(Path.Combine(TestFiles.Shared(), "data", "antcorpus", "politic"), "*.txt")
                .Order(StringComparer.Ordinal).Take(3 * Analyzer.ForgetGroup + 10).Append(Path.Combine(TestFiles.Repo(), "samples")))
            .Where(r => r.IsOk).Select(r => r.Document!).ToList();

    private static string Summary(Corpus c) => string.Join("\n",
        c.Events.Select(e => $"{e.Id} {e.Type} {e.Date} {e.Mentions.Count} {e.Story}")
            .Concat(c.Stories.Select(s => $"{s.Id} {s.Items.Count} {s.Events.Count} {s.Title}"))
            .Concat(c.Items.Select(i => $"{i.Id} {i.Story} {i.NearDuplicateOf}")));

    [Fact]
    public void A_stream_whose_documents_are_dropped_once_linked_gives_the_corpus_a_list_gives()
    {
        var kept = new Corpus();
        var docs = Read();
        Assert.True(docs.Count > 3 * Analyzer.ForgetGroup);
        Analyzer.Default().Run(docs, kept);

        var streamed = new Corpus();
        var linked = 0;
        Analyzer.Default().Run(Read().Select(d => d), streamed, keepDocuments: false, n => linked = n);

        Assert.Equal(docs.Count, linked);
        Assert.Equal(docs.Count, kept.Documents.Count);
        Assert.True(streamed.Documents.Count < Analyzer.ForgetGroup);
        Assert.NotEmpty(streamed.Events);
        Assert.Equal(Summary(kept), Summary(streamed));
    }
}
