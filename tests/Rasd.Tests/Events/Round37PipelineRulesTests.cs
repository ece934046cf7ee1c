using Rasd.Events;
using Rasd.Model;

namespace Rasd.Tests.Events;

/// <summary>The rules of stop 37, through the whole pipeline.</summary>
public class Round37PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void A_delegation_said_to_have_broken_the_norms_is_the_people_the_report_named_in_it()
    {
        var c = Analyse("الثلاثاء 8 يوليو 2025\nبنغازي - وكالات\n"
                        + "أعلنت الحكومة الليبية المكلفة من مجلس النواب، اليوم الثلاثاء، أن وزير الداخلية الإيطالي ماتيو بيانتيدوسي ووزير الهجرة اليوناني ثانوس بليفريس أشخاص غير مرغوب فيهم.\n"
                        + "وقالت الحكومة في بيان إن أعضاء الوفد انتهكوا الأعراف الدبلوماسية والقوانين الليبية.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:hor-government:LBY" }, accusation.SourceActors);
        var accused = Assert.Single(accusation.TargetActors);
        Assert.Contains(accused, c.Events.Single(e => e.Cameo == "174").TargetActors);
        Assert.Equal("2025-07-08", accusation.Date.Iso);
    }

    [Fact]
    public void A_speaker_saying_a_state_broke_a_ceasefire_accuses_it_and_narration_of_a_breach_accuses_no_one()
    {
        var c = Analyse("الأحد 2 مارس 2025\nبيروت - وكالات\nقال الجيش اللبناني في بيان إن إسرائيل خرقت وقف إطلاق النار مرتين اليوم.\n",
                        "الأحد 2 مارس 2025\nبيروت - وكالات\nخرقت إسرائيل وقف إطلاق النار مرتين اليوم في جنوب لبنان.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:army:LBN" }, accusation.SourceActors);
        Assert.Equal(new[] { "Q801" }, accusation.TargetActors);
        Assert.Single(accusation.Mentions);
    }

    [Fact]
    public void The_accusers_own_country_whose_sovereignty_is_broken_is_not_the_one_accused()
    {
        var c = Analyse("الثلاثاء 8 يوليو 2025\nبنغازي - وكالات\n"
                        + "الحكومة المكلفة من البرلمان تعلن الوفد الأوروبي \"غير مرغوب فيه\" وتطالبه بمغادرة بنغازي، متهمة أعضاءه بانتهاك السيادة الليبية.\n");
        var accusation = Assert.Single(c.Events, e => e.Cameo == "112");
        Assert.Equal(new[] { "rasd:hor-government:LBY" }, accusation.SourceActors);
        Assert.DoesNotContain("Q1016", accusation.TargetActors);
    }

    [Fact]
    public void Readiness_for_dialogue_with_a_people_named_by_its_adjective_is_with_their_country_by_the_one_person_at_the_head()
    {
        var c = Analyse("📢 قناة الأخبار\n\n🔵 29.07.2025 | 21:30\n"
                        + "👑 الملك محمد السادس يجدد التزام المغرب بسياسة اليد الممدودة، ويعبر عن استعداده لحوار صريح ومسؤول مع الأشقاء الجزائريين.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "036");
        Assert.Equal(new[] { "rasd:person:mohammed-vi" }, intent.SourceActors);
        Assert.Equal(new[] { "Q262" }, intent.TargetActors);
    }

    [Fact]
    public void Dialogue_on_what_lies_between_the_two_countries_is_with_the_other_country_the_sentence_names()
    {
        var c = Analyse("الخميس 31 يوليو 2025\nالرباط - وكالات\n"
                        + "جدد العاهل المغربي، في خطاب ألقاه مساء الثلاثاء، التزام المغرب بسياسة اليد الممدودة تجاه الجزائر، معرباً عن استعداد المملكة لحوار صادق حول القضايا العالقة بين البلدين.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "036");
        Assert.Equal(new[] { "Q262" }, intent.TargetActors);
        Assert.DoesNotContain("Q262", intent.SourceActors);
    }
}
