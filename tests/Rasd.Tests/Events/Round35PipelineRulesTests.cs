using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 35, through the whole pipeline.</summary>
public class Round35PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_ministry_named_bare_after_its_country_leads_the_report_is_that_countrys()
    {
        var c = Analyse("الخميس 3 أبريل 2025\nالأردن يرفض القصف على درعا\nأعلن الأردن اليوم الخميس رفضه القصف الإسرائيلي على محافظة درعا.\n"
                        + "وقالت وزارة الخارجية، في بيان، إن ما قامت به تل أبيب خرق للقانون الدولي، متهمة الجانب الإسرائيلي بالتصعيد.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:mfa:JOR" }, accusation.SourceActors);
        Assert.Equal("rasd:mfa:JOR", Assert.Single(accusation.Mentions).Attribution);
        // (a span of time in the sentence is no date of its own: it keeps the day of the sentence before)
        Assert.Equal("2025-04-03", accusation.Date.Iso);
        // a country first named in passing is not the ministry's ("في تركيا", "بعد ... الإمارات")
        c = Analyse("الخميس 3 أبريل 2025\nأكد وزير في تركيا أن الحدود مفتوحة.\n"
                    + "وقالت وزارة الخارجية، في بيان، إن ما قامت به تل أبيب خرق للقانون الدولي، متهمة الجانب الإسرائيلي بالتصعيد.\n");
        Assert.DoesNotContain(c.Events.SelectMany(e => e.SourceActors), a => a == "rasd:mfa:TUR");
    }

    [Fact]
    public void A_span_of_time_does_not_hide_the_day_of_the_sentence_before()
    {
        var c = Analyse("الخميس 3 أبريل 2025\nعمّان - وكالات\nاستقبل الملك عبد الله الثاني اليوم الخميس الرئيس السوري أحمد الشرع في عمّان.\n"
                        + "وأشاد الملك بجهود الشرع، مؤكداً أن الأردن وقف على مدى سنوات إلى جانب الشعب السوري.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:person:abdullah-ii" }, praise.SourceActors);
        Assert.Equal("2025-04-03", praise.Date.Iso);
    }

    [Fact]
    public void A_bare_title_before_the_object_of_its_verb_is_no_title_of_the_one_named_in_the_object()
    {
        var c = Analyse("الخميس 3 أبريل 2025\nعمّان - وكالات\nالتقى الملك عبد الله الثاني اليوم الخميس الرئيس التركي رجب طيب أردوغان في عمّان.\n"
                        + "وأشاد الملك بجهود أردوغان.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Equal(new[] { "rasd:person:abdullah-ii" }, praise.SourceActors);
        Assert.Equal(new[] { "rasd:person:recep-tayyip-erdogan" }, praise.TargetActors);
    }
}
