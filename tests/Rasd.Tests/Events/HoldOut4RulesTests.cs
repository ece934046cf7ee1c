using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>General rules found on the misses of the fourth blind held-out set (tests/Rasd.Tests/Events/holdout4).</summary>
public class HoldOut4RulesTests
{
    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void A_declared_rejection_and_non_recognition_are_rejections_and_what_is_rejected_is_no_event_of_theirs()
    {
        const string Sdc = "rasd:group:sdc", RussianMfa = "rasd:mfa:RUS";
        var declared = Run(new DocBuilder("أعلن مجلس سوريا الديمقراطية في بيان رفضه للإعلان الدستوري.")
            .Entity("مجلس سوريا الديمقراطية", Sdc, EntityType.Organization).Build());
        Assert.Contains(declared, m => m.Cameo == "120" && m.SourceActors.SequenceEqual(new[] { Sdc }));
        var moscow = Run(new DocBuilder("وقالت وزارة الخارجية الروسية في بيان إن موسكو لا تعترف بإعادة فرض العقوبات على إيران.")
            .Entity("وزارة الخارجية الروسية", RussianMfa, EntityType.Organization).Entity("موسكو", "Q649", EntityType.Location)
            .Entity("إيران", Iran, EntityType.Country).Build());
        var e = Assert.Single(moscow);
        Assert.Equal("120", e.Cameo);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Recalling_ones_own_ambassadors_reduces_relations_and_summoning_anothers_does_not()
    {
        const string Germany = "Q183", France = "Q142";
        var recalled = Run(new DocBuilder("واستدعت إيران أمس السبت سفراءها لدى ألمانيا وفرنسا إلى طهران للتشاور.")
            .Entity("إيران", Iran, EntityType.Country).Entity("ألمانيا", Germany, EntityType.Country).Entity("فرنسا", France, EntityType.Country).Build());
        var e = Assert.Single(recalled, m => m.Cameo == "161");
        Assert.Equal(new[] { Iran }, e.SourceActors);
        Assert.Contains(Germany, e.TargetActors);
        var summoned = Run(new DocBuilder("واستدعت إيران سفير ألمانيا لديها.")
            .Entity("إيران", Iran, EntityType.Country).Entity("ألمانيا", Germany, EntityType.Country).Build());
        Assert.DoesNotContain(summoned, m => m.Cameo == "161");
    }

    [Fact]
    public void A_verb_of_saying_after_the_speech_it_belongs_to_speaks_for_the_sentences_subject()
    {
        const string Tamim = "rasd:person:tamim-bin-hamad";
        var found = Run(new DocBuilder("وافتتح أمير قطر تميم بن حمد آل ثاني القمة بكلمة قال فيها إن الهجوم عمل غادر.")
            .Entity("تميم بن حمد آل ثاني", Tamim).Build());
        Assert.Contains(found, m => m.Cameo == "010" && m.SourceActors.SequenceEqual(new[] { Tamim }));
    }

    [Fact]
    public void The_guest_of_a_nationality_is_the_person_of_that_country_the_item_has_named()
    {
        var found = Run(new DocBuilder("وصل الرئيس فلاديمير بوتين إلى ألاسكا أمس الجمعة.", "واستقبل ترامب ضيفه الروسي على مدرج القاعدة العسكرية.")
            .Entity("فلاديمير بوتين", Putin).Entity("ألاسكا", "rasd:loc:alaska", EntityType.Location).Entity("ترامب", Trump).Build());
        var hosting = Assert.Single(found, m => m.Cameo == "043");
        Assert.Equal(new[] { Trump }, hosting.SourceActors);
        Assert.Equal(new[] { Putin }, hosting.TargetActors);
    }

    [Fact]
    public void A_base_named_after_someone_names_no_party()
    {
        var found = Run(new DocBuilder("وكان الرئيس دونالد ترامب في استقباله على المدرج في قاعدة إلمندورف ريتشاردسون.")
            .Entity("دونالد ترامب", Trump).Entity("ريتشاردسون", "rasd:ريتشاردسون").Build());
        Assert.DoesNotContain(found, m => m.SourceActors.Concat(m.TargetActors).Contains("rasd:ريتشاردسون"));
    }

    [Fact]
    public void A_light_verb_with_a_noun_of_praise_is_praise_by_the_light_verbs_subject()
    {
        var welcomed = Run(new DocBuilder("وأعرب الشرع اليوم عن ترحيبه بالقرار.").Entity("الشرع", Sharaa).Build());
        Assert.Contains(welcomed, m => m.Cameo == "051" && m.SourceActors.SequenceEqual(new[] { Sharaa }));
        // Satisfaction is praise only with a light verb's subject: a noun of it alone is no event.
        var bare = Run(new DocBuilder("وساد الارتياح في الأوساط الشعبية بعد القرار.").Build());
        Assert.DoesNotContain(bare, m => m.Cameo == "051");
        // "على أقصى تقدير" (at most) is an estimate, whoever is named around it.
        var estimate = Run(new DocBuilder("انخفاض الأسعار في ظرف أسبوعين على أقصى تقدير بن سالم : تم التنبيه على حزب التحرير.")
            .Entity("بن سالم", "rasd:بن سالم").Entity("حزب التحرير", "rasd:حزب التحرير", EntityType.Organization).Build());
        Assert.DoesNotContain(estimate, m => m.Cameo == "051");
    }

    [Fact]
    public void A_reporting_verb_with_its_own_subject_after_the_sentences_event_gives_the_conjoined_light_verb_its_subject()
    {
        const string Aoun = "rasd:person:joseph-aoun", Barrack = "rasd:person:tom-barrack";
        var found = Run(new DocBuilder("استقبل الرئيس عون المبعوث الأمريكي باراك في قصر بعبدا.", "وبعد اللقاء، تحدث باراك إلى الصحافيين، فأعرب عن رضاه عن الرد.")
            .Entity("عون", Aoun).EntityAll("باراك", Barrack).Build());
        var praise = Assert.Single(found, m => m.Cameo == "051");
        Assert.Equal(new[] { Barrack }, praise.SourceActors);
    }

    [Fact]
    public void A_pair_that_names_nobody_before_a_comma_ends_there_and_nobody_visits_his_own_country()
    {
        const string Pezeshkian = "rasd:person:masoud-pezeshkian";
        var found = Run(new DocBuilder("وقع الرئيس الإيراني مسعود بزشكيان ونظيره الروسي فلاديمير بوتين اليوم معاهدة الشراكة بين البلدين، وذلك خلال زيارة رسمية إلى روسيا.")
            .Entity("مسعود بزشكيان", Pezeshkian).Entity("فلاديمير بوتين", Putin).Entity("روسيا", Russia, EntityType.Country).Build());
        var signed = Assert.Single(found, m => m.Cameo == "057");
        Assert.Equal(new[] { Pezeshkian }, signed.SourceActors);
        Assert.Contains(Putin, signed.TargetActors);
        var visit = Assert.Single(found, m => m.Cameo == "042");
        Assert.Equal(new[] { Pezeshkian }, visit.SourceActors);
        // A pair that names its sides goes on past a comma.
        var talks = Run(new DocBuilder("استضافت السعودية محادثات بين وفد الولايات المتحدة برئاسة ماركو روبيو، ووفد روسيا برئاسة سيرغي لافروف.")
            .Entity("السعودية", "Q851", EntityType.Country).Entity("الولايات المتحدة", Usa, EntityType.Country).Entity("ماركو روبيو", "rasd:person:marco-rubio")
            .Entity("روسيا", Russia, EntityType.Country).Entity("سيرغي لافروف", "rasd:person:sergey-lavrov").Build());
        var meeting = Assert.Single(talks, m => m.Cameo == "044");
        Assert.Contains(meeting.SourceActors.Concat(meeting.TargetActors), a => a is "rasd:person:sergey-lavrov" or Russia);
    }

    [Fact]
    public void An_appeal_after_quoted_words_is_the_speakers_unless_the_quote_is_someone_elses_speech()
    {
        const string Erdogan = "rasd:person:recep-tayyip-erdogan", Qatar = "Q846";
        var found = Run(new DocBuilder("وقال أردوغان في كلمته إن الهجوم على قطر استهدف جهود الوساطة القطرية، ودعا الدول الإسلامية إلى تكثيف الضغط على إسرائيل.")
            .Entity("أردوغان", Erdogan).Entity("قطر", Qatar, EntityType.Country).Entity("إسرائيل", Israel, EntityType.Country).Build());
        var appeal = Assert.Single(found, m => m.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(new[] { Erdogan }, appeal.SourceActors);
        var reported = Run(new DocBuilder("وقال الكرملين إن بوتين ندد بالهجوم على سوريا، ودعا إلى وقف إطلاق النار.")
            .Entity("الكرملين", Kremlin, EntityType.Organization).Entity("بوتين", Putin).Entity("سوريا", Syria, EntityType.Country).Build());
        Assert.Equal(new[] { Putin }, Assert.Single(reported, m => m.Cameo.StartsWith("02", StringComparison.Ordinal)).SourceActors);
    }
}
