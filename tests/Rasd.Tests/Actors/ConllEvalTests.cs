using Rasd.Actors;

namespace Rasd.Tests.Actors;

public class ConllEvalTests
{
    private static ConllReport Score(params (string Gold, string Pred)[] sentences) =>
        ConllEval.Score(sentences.Select(s => ((IReadOnlyList<string>)s.Gold.Split(' '), (IReadOnlyList<string>)s.Pred.Split(' '))));

    [Fact]
    public void Perfect_prediction_scores_100()
    {
        var r = Score(("B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-LOC"));
        Assert.Equal(100, r.Micro.F1, 6);
        Assert.Equal(100, r.MacroF1, 6);
        Assert.Equal(2, r.Micro.Gold);
    }

    [Fact]
    public void Partial_span_counts_as_wrong_for_both_precision_and_recall()
    {
        // Gold one 2-token PERS; predicted only its first token: 0 correct, 1 predicted, 1 gold.
        var r = Score(("B-PERS I-PERS O", "B-PERS O O"));
        Assert.Equal(0, r.Micro.Correct);
        Assert.Equal(1, r.Micro.Predicted);
        Assert.Equal(0, r.Micro.F1);
        Assert.Equal(2, r.CorrectTags);
    }

    [Fact]
    public void I_tag_after_O_starts_a_chunk_as_conlleval_does()
    {
        Assert.Equal(new[] { (1, 3, "ORG") }, ConllEval.Chunks("O I-ORG I-ORG O".Split(' ')));
        // I-LOC after B-PERS: type change ends PERS and starts LOC.
        Assert.Equal(new[] { (0, 1, "PERS"), (1, 2, "LOC") }, ConllEval.Chunks("B-PERS I-LOC".Split(' ')));
        // B after B of the same type: two chunks.
        Assert.Equal(new[] { (0, 1, "LOC"), (1, 2, "LOC") }, ConllEval.Chunks("B-LOC B-LOC".Split(' ')));
        // A chunk running to the end of the sentence is closed.
        Assert.Equal(new[] { (2, 4, "MISC") }, ConllEval.Chunks("O O B-MISC I-MISC".Split(' ')));
    }

    [Fact]
    public void Per_type_micro_and_macro()
    {
        // PERS: gold 2, pred 2, correct 1 → P=R=F=50. LOC: gold 1, pred 2, correct 1 → P=50 R=100 F=66.67.
        var r = Score(
            ("B-PERS O B-LOC O", "B-PERS O B-LOC B-LOC"),
            ("B-PERS I-PERS O", "B-PERS O O"));
        var pers = r.PerType.Single(t => t.Type == "PERS");
        var loc = r.PerType.Single(t => t.Type == "LOC");
        Assert.Equal(50, pers.F1, 6);
        Assert.Equal(50, loc.Precision, 6);
        Assert.Equal(100, loc.Recall, 6);
        Assert.Equal(200.0 / 3, loc.F1, 6);
        Assert.Equal((50 + 200.0 / 3) / 2, r.MacroF1, 6);
        // micro: gold 3, pred 4, correct 2 → P 50, R 66.67, F 57.14
        Assert.Equal(2 * 50 * (200.0 / 3) / (50 + 200.0 / 3), r.Micro.F1, 6);
    }

    [Fact]
    public void Length_mismatch_is_reported()
    {
        Assert.Throws<ArgumentException>(() => Score(("B-PERS O", "B-PERS")));
    }

    [Fact]
    public void Reader_takes_last_field_and_splits_on_blank_lines()
    {
        var s = ConllReader.Read(new StringReader("أحمد B-PERS\nقال O\n\n\nموسكو B-LOC\n"));
        Assert.Equal(2, s.Count);
        Assert.Equal(new[] { "B-PERS", "O" }, s[0].Tags);
        Assert.Equal("موسكو", s[1].Tokens[0]);
    }
}
