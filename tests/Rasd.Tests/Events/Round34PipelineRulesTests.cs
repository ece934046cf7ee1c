using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 34, through the whole pipeline.</summary>
public class Round34PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void An_act_a_relative_clause_says_someone_announced_is_told_on_that_ones_account()
    {
        var c = Analyse("الاثنين 14 أبريل 2025\nعمّان - وكالات\nعاد الهدوء إلى المعبر الحدودي مساء اليوم بعد اتفاق على وقف إطلاق النار أعلنته وزارة الخارجية الأردنية إثر اتصال هاتفي بين وزير الخارجية أيمن الصفدي ونظيره السوري أسعد الشيباني.\n");
        var truce = Assert.Single(c.Events, e => e.Cameo == "0871");
        var m = Assert.Single(truce.Mentions);
        Assert.NotNull(m.Attribution);
        Assert.Equal(m.Attribution, Assert.Single(truce.SourceActors));
        Assert.Contains("أعلنته وزارة الخارجية", m.AttributionText);
        // the call the announcement followed is told on the same account
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Equal(m.Attribution, Assert.Single(call.Mentions).Attribution);
        // an act with a source of its own stays its own
        c = Analyse("الاثنين 14 أبريل 2025\nعمّان - وكالات\nرفضت وزارة الخارجية الأردنية الاتهامات التي ذكرها المتحدث باسم الكرملين دميتري بيسكوف.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.Mentions), x => x.Attribution == "rasd:person:dmitry-peskov");
    }
}
