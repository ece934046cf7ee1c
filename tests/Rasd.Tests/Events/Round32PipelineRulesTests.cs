using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 32, through the whole pipeline: congratulations in the past, strikes and operations, threats to respond.</summary>
public class Round32PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_congratulation_in_the_past_counts_only_where_the_text_writes_its_hamza()
    {
        var c = Analyse("الأحد 12 يناير 2025\nعمان - وكالات\nهنأ العاهل الأردني الملك عبد الله الثاني الرئيس اللبناني جوزاف عون بانتخابه.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.Contains("rasd:person:joseph-aoun", praise.TargetActors);
        // "هنا" (here) normalises the same way, and it is no congratulation
        c = Analyse("الأحد 12 يناير 2025\nعمان - وكالات\nهنا العاهل الأردني الملك عبد الله الثاني الرئيس اللبناني جوزاف عون في القصر.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void Strikes_on_sites_in_a_country_are_its_forces_attacking_that_country_for_the_one_who_speaks()
    {
        var c = Analyse("الأربعاء 7 مايو 2025\nنيودلهي - وكالات\nأعلنت وزارة الدفاع الهندية في بيان اليوم أن قواتها شنت ضربات على مواقع في باكستان.\n");
        var strike = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal("195", strike.Cameo);
        Assert.Equal(new[] { "rasd:mod:IND" }, strike.SourceActors);
        Assert.Equal(new[] { "Q843" }, strike.TargetActors);
        Assert.Equal("2025-05-07", strike.Date.Iso);
        // strikes said of nothing military are no attack ("ضربات الترجيح" in a match)
        c = Analyse("الأربعاء 7 مايو 2025\nنيودلهي - وكالات\nقال المدرب إن فريقه خسر بضربات الترجيح في المباراة النهائية.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void An_operation_an_army_announces_the_start_of_against_a_country_is_its_attack_on_that_country()
    {
        var c = Analyse("السبت 10 مايو 2025\nإسلام آباد - وكالات\nأعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية ضد مواقع عسكرية هندية.\n");
        var op = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
        Assert.Equal(new[] { "rasd:army:PAK" }, op.SourceActors);
        Assert.Equal(new[] { "Q668" }, op.TargetActors);
        // an operation against nobody is no event of force
        c = Analyse("السبت 10 مايو 2025\nإسلام آباد - وكالات\nأعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية واسعة في الإقليم.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void A_right_claimed_to_respond_with_force_is_the_speakers_threat_to_the_other_side()
    {
        var c = Analyse("الأربعاء 7 مايو 2025\nإسلام آباد - وكالات\nقال رئيس الوزراء الباكستاني شهباز شريف اليوم إن لباكستان الحق في الرد بقوة على العدوان الذي شنته الهند.\n");
        var threat = Assert.Single(c.Events, e => e.Cameo == "138");
        Assert.Equal(new[] { "rasd:person:shehbaz-sharif" }, threat.SourceActors);
        Assert.Equal(new[] { "Q668" }, threat.TargetActors);
        // a reply in kind to a visa ban is no threat of force
        c = Analyse("الأربعاء 7 مايو 2025\nطهران - وكالات\nقال وزير الخارجية الإيراني عباس عراقجي اليوم إن بلاده سترد بالمثل على قرار الولايات المتحدة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "138");
    }

    [Fact]
    public void An_attack_its_own_clause_dates_earlier_is_not_the_attack_just_reported()
    {
        var c = Analyse("الجمعة 9 مايو 2025\nنيودلهي - وكالات\nشنت الطائرات الهندية اليوم غارات جوية على مواقع في باكستان.\n"
            + "ويتصاعد التوتر بين البلدين منذ الهجوم الذي أودى بحياة 26 شخصاً في منطقة باهالغام يوم 22 أبريل الماضي.\n");
        Assert.DoesNotContain(c.Events, e => EventFamilies.Of(e.Cameo) == "force" && e.Date.Iso == "2025-05-09"
                                             && e.Mentions.Any(m => m.Text.Contains("باهالغام", StringComparison.Ordinal)));
        // with no earlier day of its own, "the attack" is the one just reported
        c = Analyse("الجمعة 9 مايو 2025\nنيودلهي - وكالات\nشنت الطائرات الهندية اليوم غارات جوية على مواقع في باكستان.\n"
            + "وقالت الوزارة إن الهجوم أصاب أهدافه كاملة.\n");
        Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force");
    }

    [Fact]
    public void An_attack_its_adjective_gives_to_another_country_is_not_the_strike_just_reported()
    {
        var c = Analyse("الثلاثاء 24 يونيو 2025\nالدوحة - وكالات\nشنت الولايات المتحدة ضربات جوية على منشآت نووية في إيران فجر الأحد.\n"
            + "وأدانت قطر الهجوم الإيراني على قاعدة العديد أمس الاثنين.\n");
        var iranian = Assert.Single(c.Events, e => EventFamilies.Of(e.Cameo) == "force" && e.Mentions.Any(m => m.Text.Contains("الإيراني", StringComparison.Ordinal)));
        Assert.DoesNotContain("Q30", iranian.SourceActors);
    }
}
