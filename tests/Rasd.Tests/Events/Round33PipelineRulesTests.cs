using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 33, through the whole pipeline.</summary>
public class Round33PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void Strikes_an_adjective_gives_to_a_country_fall_on_the_place_after_it()
    {
        var c = Analyse("الأربعاء 16 يوليو 2025\nموسكو - وكالات\nأدانت وزارة الخارجية الروسية الضربات الإسرائيلية على دمشق، واعتبرتها انتهاكاً لسيادة سوريا.\n");
        var strike = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal(new[] { "Q801" }, strike.SourceActors);
        Assert.Equal(new[] { "rasd:government:SYR" }, strike.TargetActors);
        Assert.Equal("Q3766", strike.Location);
    }
}
