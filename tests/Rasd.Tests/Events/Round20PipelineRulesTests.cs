using Rasd.Actors;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Countries beyond the first tables, the authorities of a place, accusations answered, and a carried day, through the whole pipeline.</summary>
public class Round20PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    private const string Mali = "Q912";
    private const string Algeria = "Q262";

    [Fact]
    public void A_country_name_that_is_also_a_common_word_is_a_name_only_where_the_tagger_reads_one()
    {
        var d = ActorDictionary.Default;
        Assert.Equal(Mali, d.ByTaggedName("مالي"));
        Assert.DoesNotContain(d.Lookup("مالي"), p => p.Kind == PhraseKind.Alias);
        Assert.Equal("rasd:government:MLI", d.ResolveOrganization("حكومة مالي"));
        Assert.Equal("Q31", d.ResolveId("بلجيكا"));
        Assert.Equal("rasd:government:PRK", d.ResolveOrganization("بيونغ يانغ"));
        var c = Analyse("الاثنين 7 أبريل 2025\nاستدعت وزارة الخارجية الجزائرية، اليوم الاثنين، سفير مالي لدى الجزائر.\nوأكد وزير المالية أن الدعم المالي للمشاريع سيستمر.\n");
        Assert.Contains(c.Documents.SelectMany(x => x.Entities), m => m.EntityId == Mali && m.Text == "مالي");
        Assert.DoesNotContain(c.Documents.SelectMany(x => x.Entities), m => m.EntityId == Mali && m.Text != "مالي");
    }

    [Fact]
    public void The_authorities_in_a_place_are_a_party_and_a_conjoined_accusation_s_one_party_is_the_accused()
    {
        var c = Analyse("الاثنين 7 أبريل 2025\nواتهمت الحكومة الانتقالية في مالي، في بيان الأحد، الجزائر برعاية الإرهاب.\n"
                        + "وقالت وزارة الخارجية الجزائرية في بيان إنها ترفض بشدة الاتهامات التي وجهتها إليها الحكومة في مالي، واتهمت السلطات في باماكو بمحاولة جعل الجزائر كبش فداء.\n");
        Assert.Contains(c.Events, e => e.Cameo == "112" && e.SourceActors.Contains(Mali) && e.TargetActors.SequenceEqual(new[] { Algeria }));
        var answer = Assert.Single(c.Events, e => e.Cameo == "112" && e.SourceActors.Contains("rasd:mfa:DZA"));
        Assert.DoesNotContain(Algeria, answer.TargetActors);
        Assert.Contains(answer.TargetActors, t => t is "rasd:loc:bamako" or "rasd:government:MLI" or Mali);
        Assert.DoesNotContain(c.Events, e => e.Location == "rasd:loc:bamako");
    }

    [Fact]
    public void A_lone_party_after_a_conjoined_accusation_with_two_names_is_still_its_subject()
    {
        // not conjoined to a clause with a subject: the name after the verb accuses
        var c = Analyse("الاثنين 7 أبريل 2025\nواتهمت الحكومة في باماكو الجزائر بدعم الإرهاب.\n");
        Assert.Contains(c.Events, e => e.Cameo == "112" && e.TargetActors.SequenceEqual(new[] { Algeria }) && !e.SourceActors.Contains(Algeria));
    }

    [Fact]
    public void A_day_carried_from_the_sentence_before_joins_another_outlet_s_report_a_day_from_it()
    {
        const string first = "الثلاثاء 8 أبريل 2025\nأعلنت الجزائر، أمس الاثنين، استدعاء سفيرها لدى مالي.\n"
                             + "وقالت وزارة الخارجية الجزائرية في بيان إنها ترفض بشدة الاتهامات التي وجهتها إليها الحكومة في مالي، واتهمت السلطات في باماكو بمحاولة جعل الجزائر كبش فداء.\n";
        const string second = "الثلاثاء 8 أبريل 2025\nوجاء القرار ردا على إعلان دول الساحل، مساء الأحد، استدعاء سفرائها.\n"
                              + "وبحسب الوكالة، فإن الخارجية الجزائرية رفضت بشكل قاطع الاتهامات المالية، واتهمت السلطات في باماكو بالسعي إلى تحميل الجزائر مسؤولية إخفاقاتها.\n";
        var c = Analyse(first, second);
        var accusations = c.Events.Where(e => e.Cameo == "112" && e.SourceActors.Contains("rasd:mfa:DZA")).ToList();
        var merged = Assert.Single(accusations);
        Assert.Equal(2, merged.Documents);
    }

    [Fact]
    public void A_city_naming_a_treaty_is_no_party()
    {
        var c = Analyse("الأربعاء 29 مارس 2017\nووقعت رئيسة الوزراء البريطانية تيريزا ماي أمس الثلاثاء خطابا للخروج إعمالا للمادة 50 من معاهدة لشبونة.\n");
        Assert.DoesNotContain(c.Events, e => e.TargetActors.Contains("rasd:government:PRT") || e.SourceActors.Contains("rasd:government:PRT"));
    }

    [Fact]
    public void A_visit_told_by_its_pronoun_is_the_guest_s_and_the_place_one_comes_from_is_no_party()
    {
        var c = Analyse("30/11/2025\nفي اليوم الأول من زيارته الرسولية إلى لبنان، استقبل رئيس الجمهورية اللبنانية جوزاف عون قداسة البابا لاوُن الرابع عشر في القصر الجمهوري في بعبدا.\n"
                        + "وكان البابا قد وصل إلى بيروت آتياً من تركيا.\n");
        const string Pope = "rasd:person:pope-leo-xiv";
        Assert.Contains(c.Events, e => e.Cameo == "042" && e.SourceActors.SequenceEqual(new[] { Pope }) && e.TargetActors.Contains("Q822"));
        Assert.DoesNotContain(c.Events, e => e.SourceActors.Concat(e.TargetActors).Contains("Q43"));
    }

    [Fact]
    public void A_plan_with_a_conjunction_attached_looks_ahead_to_its_weekday()
    {
        var c = Analyse("الأربعاء 3 ديسمبر 2025\nومن المقرر أن يزور وزير الخارجية الروسي سيرغي لافروف دمشق يوم الاثنين.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(Modality.Planned, visit.Modality);
        Assert.Equal("2025-12-08", visit.Date.Iso);
    }
}
