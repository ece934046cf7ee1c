using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>Rules found on held-out 8's Rabat dispatch, through the whole pipeline (the real dictionary and tagger).</summary>
public class HoldOut8PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    private const string Lammy = "rasd:person:david-lammy";
    private const string Bourita = "rasd:person:nasser-bourita";

    [Fact]
    public void Two_titled_signers_sign_and_a_visit_to_no_named_place_is_to_the_dateline_s_country()
    {
        var c = Analyse("الأحد 01 يونيو 2025\nالرباط - وجاء هذا الموقف في بيان مشترك وقعه وزير الخارجية المغربي، السيد ناصر بوريطة، ووزير الخارجية البريطاني، "
                        + "السيد ديفيد لامي، الذي يقوم بزيارة للمملكة، وذلك في ختام الدورة الخامسة للحوار الاستراتيجي بين البلدين.\n"
                        + "وأعلن الجانب البريطاني أن الهيئة يمكن أن تعبئ ما يصل إلى خمسة مليارات جنيه إسترليني لدعم مشاريع في المغرب.\n");
        var signed = Assert.Single(c.Events, e => e.Cameo == "057");
        Assert.Contains(Bourita, signed.SourceActors.Concat(signed.TargetActors));
        Assert.Contains(Lammy, signed.SourceActors.Concat(signed.TargetActors));
        // the visit a relative clause tells of is not swallowed by the signing, and "للمملكة" is the dateline's kingdom
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { Lammy }, visit.SourceActors);
        // (Morocco: the dateline's government, or the kingdom of the Moroccan minister the document names)
        Assert.Single(visit.TargetActors, t => t is "rasd:government:MAR" or "Q1028");
        // "ما يصل إلى" is an amount, not an arrival; "المملكة" alone names no entity
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.SourceActors.Count == 0);
        Assert.DoesNotContain(c.Entities.Keys, id => id.Contains("مملك", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visitor_from_the_dateline_s_own_country_visits_nobody_there()
    {
        var c = Analyse("الأحد 01 يونيو 2025\nالرباط - قال وزير الخارجية ناصر بوريطة إنه يقوم بزيارة عمل.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "042" && e.TargetActors.Contains("rasd:government:MAR"));
    }

    [Fact]
    public void A_king_named_with_his_title_is_the_subject_and_his_majesty_is_he()
    {
        var c = Analyse("الجمعة 31 أكتوبر 2025\nأشاد الملك محمد السادس بالرئيس عبد المجيد تبون.\nودعا جلالته الرئيس عبد المجيد تبون إلى حوار أخوي صادق بين البلدين.\n");
        Assert.Contains(c.Events, e => e.Cameo == "051" && e.SourceActors.SequenceEqual(new[] { "rasd:person:mohammed-vi" }));
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.SourceActors.SequenceEqual(new[] { "rasd:person:mohammed-vi" })
                                       && e.TargetActors.Contains("rasd:person:abdelmadjid-tebboune"));
    }

    [Fact]
    public void A_meeting_in_another_s_capital_is_a_visit_and_a_guest_speaker_is_the_visitor()
    {
        var c = Analyse("الأربعاء 13 أغسطس 2025\nووقعت سوريا، الأربعاء، مذكرة تفاهم خلال اجتماع في العاصمة أنقرة ضم وزيري الخارجية والدفاع.\n");
        var visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { "Q858" }, visit.SourceActors);
        Assert.Single(visit.TargetActors, t => t.EndsWith(":TUR", StringComparison.Ordinal) || t == "Q43");
        c = Analyse("الأربعاء 13 أغسطس 2025\nوقال الشيباني في مؤتمر صحفي مشترك مع وزير الخارجية التركي هاكان فيدان اليوم في أنقرة، عقب اجتماع موسع، إن المرحلة المقبلة تتطلب تنسيقا أوثق.\n");
        visit = Assert.Single(c.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { "rasd:person:asaad-al-shaibani" }, visit.SourceActors);
        Assert.Equal(new[] { "rasd:person:hakan-fidan" }, visit.TargetActors);
    }

    [Fact]
    public void An_unattributed_headline_over_an_attributed_report_is_no_second_account()
    {
        Mention M(string doc, string? attribution, string outlet) =>
            new() { Document = doc, Item = doc + "-1", Span = new Span(0, 1), Text = "x", Attribution = attribution, Outlet = outlet };
        var ev = new Event { Id = "e", Type = "other", Cameo = "1722", Date = DateValue.Unknown("x") };
        // the headline (no frame) and the lead ("أعلن وزير الداخلية") of one dispatch: one account
        ev.Mentions.Add(M("d1", null, "petra"));
        ev.Mentions.Add(M("d1", "rasd:person:minister", "petra"));
        Assert.Equal(1, ev.Attributions);
        Assert.True(ev.SingleSource);
        // another outlet telling it in its own words is a second account
        ev.Mentions.Add(M("d2", null, "other"));
        Assert.Equal(2, ev.Attributions);
        Assert.False(ev.SingleSource);
    }
}
