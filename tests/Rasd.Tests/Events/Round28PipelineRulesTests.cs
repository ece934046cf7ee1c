using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>Talks still ahead, and the vocabulary of prosecution (arrests, releases, pardons), through the whole pipeline.</summary>
public class Round28PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void Talks_whose_verb_is_future_are_ahead_with_their_mediation_and_a_compared_occasion_does_not_date_them()
    {
        var c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nوقال الوزير إن الجولة المقبلة من المفاوضات بين الجانبين ستعقد الخميس في جنيف بوساطة سويسرية، كما جرى في جولة فيينا الأحد الماضي.\n");
        var ahead = Assert.Single(c.Events, e => e.Cameo == "045");
        Assert.Equal(Modality.Future, ahead.Modality);
        Assert.Equal("2025-10-16", ahead.Date.Iso);
        // "من المقرر أن تعقد ... بوساطة": the mediation of talks planned is planned
        c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nومن المقرر أن تعقد جولة جديدة من المفاوضات بين الجانبين في جنيف يوم الخميس، بين الوفدين، بوساطة سويسرية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "045" && e.Modality == Modality.Planned);
        // mediated talks already held are asserted
        c = Analyse("الثلاثاء 14 أكتوبر 2025\nالقاهرة - وكالات\nوقال الوزير إن جولة المفاوضات بين الجانبين عقدت الأحد في فيينا بوساطة سويسرية.\n");
        Assert.Contains(c.Events, e => e.Cameo == "045" && e.Modality == Modality.Asserted);
    }
}
