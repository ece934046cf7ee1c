using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>General rules found on the misses of the sixth held-out set (tests/Rasd.Tests/Events/holdout6), after its blind runs.</summary>
public class HoldOut6RulesTests
{
    private const string Tebboune = "rasd:person:abdelmadjid-tebboune", Barrot = "rasd:person:jean-noel-barrot";
    private const string Algeria = "Q262", France = "Q142";

    [Fact]
    public void A_dateline_place_is_no_subject_a_title_and_comma_may_precede_the_host_and_the_guest_is_the_person_named()
    {
        var found = Extraction.Run(new DocBuilder("الجزائر - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الأحد، وزير الخارجية للجمهورية الفرنسية، السيد جان نويل بارو.")
            .Entity("الجزائر", Algeria, EntityType.Country).Entity("عبد المجيد تبون", Tebboune)
            .Entity("لجمهورية الفرنسية", France, EntityType.Country).Entity("جان نويل بارو", Barrot).Build());
        var hosting = Assert.Single(found, m => m.Cameo == "043");
        Assert.Equal(new[] { Tebboune }, hosting.SourceActors);
        Assert.Equal(new[] { Barrot }, hosting.TargetActors);
    }
}
