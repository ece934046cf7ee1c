using Rasd.Model;
using Rasd.Stories;
using static Rasd.Tests.Events.Ids;
using static Rasd.Tests.Events.CorpusKit;

namespace Rasd.Tests.Events;

/// <summary>Whose account a speech act is, and the date of an appeal made in a message, through the whole pipeline.</summary>
public class Round26PipelineRulesTests
{
    private static Corpus Analyse(params string[] texts) => PipelineKit.Analyse(texts);

    [Fact]
    public void The_source_a_short_dispatch_cites_in_its_lead_stops_governing_once_another_voice_is_quoted()
    {
        const string lead = "الأربعاء 13 أغسطس 2025\nأنقرة - وقع البلدان اليوم اتفاقية للتعاون العسكري، بحسب وزارة الدفاع التركية.\n";
        var c = Analyse(lead + "وقال وزير الخارجية التركي هاكان فيدان في مؤتمر صحفي إن أنقرة تدعم وحدة سوريا.\n"
                        + "والتقى فيدان بعد ذلك نظيره السوري أسعد الشيباني.\n");
        var met = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Mentions.Any(m => m.Text.Contains("والتقى")));
        Assert.DoesNotContain(met.Mentions, m => m.Text.Contains("والتقى") && m.Attribution != null && m.Attribution.Contains("mod", StringComparison.Ordinal));
        // with no other voice in between, the lead's source still governs
        c = Analyse(lead + "والتقى فيدان بعد ذلك نظيره السوري أسعد الشيباني.\n");
        met = Assert.Single(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Mentions.Any(m => m.Text.Contains("والتقى")));
        Assert.Contains(met.Mentions, m => m.Text.Contains("والتقى") && m.Attribution != null);
    }

    [Fact]
    public void A_speech_act_of_a_named_person_is_his_account_when_the_agency_frame_is_carried_from_before()
    {
        var c = Analyse("الأحد 18 مايو 2025\nونقلت وكالة الصحافة الفرنسية أن القمة اختتمت أعمالها مساء أمس.\n"
                        + "وأشاد الرئيس الفرنسي إيمانويل ماكرون بجهود الوساطة القطرية.\n");
        var praise = Assert.Single(c.Events, e => e.Cameo == "051");
        var m = Assert.Single(praise.Mentions);
        Assert.Equal(praise.SourceActors[0], m.Attribution);
        Assert.Equal(EntityType.Person, c.Entities[m.Attribution!].Type);
        // the agency's own frame in the sentence keeps the account the agency's
        c = Analyse("الأحد 18 مايو 2025\nوبحسب وكالة الصحافة الفرنسية، أشاد الرئيس الفرنسي إيمانويل ماكرون بجهود الوساطة القطرية.\n");
        praise = Assert.Single(c.Events, e => e.Cameo == "051");
        Assert.NotEqual(praise.SourceActors[0], praise.Mentions[0].Attribution);
    }

    [Fact]
    public void An_appeal_made_in_a_message_takes_the_time_of_the_message()
    {
        var c = Analyse("السبت 1 مارس 2025\nالقاهرة - وكالات\nودعا الرئيس الفلسطيني محمود عباس في رسالته، التي تلاها نيابة عنه أحد مساعديه الخميس في القاهرة، إلى وقف الحرب على غزة.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("2025-02-27", appeal.Date.Iso);
        // a time in a relative clause of another event's noun is still not the appeal's
        c = Analyse("السبت 1 مارس 2025\nودعا الرئيس الفلسطيني محمود عباس إلى احترام الاتفاق الذي تم التوصل إليه في يناير الماضي.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Date.Iso == "2025-01");
    }

    [Fact]
    public void Calling_for_something_before_a_summit_is_an_appeal_not_an_invitation_to_it()
    {
        var c = Analyse("السبت 17 مايو 2025\nدعا الرئيس الفرنسي إيمانويل ماكرون في كلمته أمام القمة إلى وقف فوري لإطلاق النار في غزة.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "036");
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        c = Analyse("السبت 17 مايو 2025\nدعا الرئيس الفرنسي إيمانويل ماكرون نظيره اللبناني جوزاف عون إلى زيارة باريس.\n");
        Assert.Contains(c.Events, e => e.Cameo == "036");
    }

    [Fact]
    public void A_call_on_states_to_do_something_is_an_appeal_and_what_they_are_asked_to_do_no_event()
    {
        var c = Analyse("الثلاثاء 4 فبراير 2025\nواشنطن - وكالات\nوقال الرئيس الأمريكي دونالد ترامب إن على السكان المغادرة، مجدداً دعوته مصر والأردن إلى استقبالهم.\n");
        var appeal = Assert.Single(c.Events, e => e.Cameo == "020");
        Assert.Contains(Trump, appeal.SourceActors);
        Assert.DoesNotContain(c.Events, e => e.Cameo == "043");
        // an invitation to visit stays one
        c = Analyse("الثلاثاء 4 فبراير 2025\nواشنطن - وكالات\nوجدد الرئيس الأمريكي دونالد ترامب دعوته الرئيس المصري إلى زيارة واشنطن.\n");
        Assert.Contains(c.Events, e => e.Cameo == "036");
    }

    [Fact]
    public void Talks_at_whose_end_two_sides_agree_are_the_talks_of_those_sides_and_the_agreement_is_of_their_end()
    {
        var c = Analyse("الأحد 19 أكتوبر 2025\nالدوحة - وكالات\nأعلنت دولة قطر أن الجانبين الروسي والأوكراني اتفقا، فجر اليوم، على وقف فوري لإطلاق النار، في ختام جولة المفاوضات التي انطلقت في الدوحة أمس السبت.\n");
        var talks = Assert.Single(c.Events, e => e.Cameo == "046");
        Assert.Equal(new[] { Russia, Ukraine }.Order(), talks.SourceActors.Concat(talks.TargetActors).Distinct().Order());
        c = Analyse("الأحد 19 أكتوبر 2025\nالدوحة - وكالات\nاتفقت روسيا وأوكرانيا على وقف فوري لإطلاق النار، بعد جولة محادثات استضافتها العاصمة القطرية الدوحة أمس السبت بوساطة قطرية.\n");
        var truce = Assert.Single(c.Events, e => e.Cameo == "0871");
        Assert.Equal("2025-10-19", truce.Date.Iso);
    }

    [Fact]
    public void A_post_is_dated_by_its_header_line_with_the_hour_beside_the_day()
    {
        var c = Analyse("📅 17.10.2025 | 23:40\n🔴 عاجل | أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس السوري أحمد الشرع.\n👁 41.2K\n\n"
                        + "📅 18.10.2025 | 16:05\n🔴 استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني.\n👁 38.7K\n");
        var hosted = Assert.Single(c.Events, e => e.Cameo is "043" or "042");
        Assert.Equal("2025-10-18", hosted.Date.Iso);
        Assert.Equal("2025-10-17", Assert.Single(c.Events, e => e.Cameo == "041").Date.Iso);
    }

    [Fact]
    public void Words_of_a_group_or_an_organisation_name_are_no_trigger_and_a_platform_is_no_actor()
    {
        var c = Analyse("الأحد 19 أكتوبر 2025\nكابل - وكالات\nوأعلنت حكومة طالبان إغلاق المعبر الحدودي مع باكستان.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "100");
        c = Analyse("الأحد 19 أكتوبر 2025\nواشنطن - وكالات\nوكتب الرئيس الأمريكي دونالد ترامب على منصة إكس أن المحادثات كانت جيدة جداً.\n");
        Assert.DoesNotContain(c.Entities.Values, e => e.Name == "إكس");
        var said = Assert.Single(c.Events, e => e.Cameo == "010");
        Assert.Equal(Trump, said.Mentions[0].Attribution);
    }

    [Fact]
    public void An_item_sharing_an_event_with_a_story_joins_it_however_many_new_events_it_brings()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.").Entity("بوتين", Putin).Entity("الشرع", Sharaa)
            .Time("12 شباط 2025", Day(2025, 2, 12)).Outlet("a").Build("a.txt"));
        var lines = new List<string> { "أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع." };
        for (var d = 1; d <= 14; d++) lines.Add($"وأجرى بوتين في {d} آذار 2025 اتصالاً هاتفياً مع الشرع.");
        var b = new DocBuilder(lines.ToArray()).EntityAll("بوتين", Putin).EntityAll("الشرع", Sharaa).Time("12 شباط 2025", Day(2025, 2, 12));
        for (var d = 1; d <= 14; d++) b.Time($"{d} آذار 2025", Day(2025, 3, d));
        Link(corpus, b.Outlet("b").Build("b.txt"));
        Assert.True(corpus.Events.Count >= 15);
        Assert.Single(corpus.Stories);
    }

    [Fact]
    public void A_warning_of_what_follows_if_someone_acts_is_a_threat_and_a_plain_warning_a_statement()
    {
        var c = Analyse("الثلاثاء 9 سبتمبر 2025\nطهران - وكالات\nوحذر وزير الخارجية الإيراني عباس عراقجي من أنه في حال فرض أي عقوبات جديدة على بلاده فإن طهران سترد بالمثل.\n");
        Assert.Contains(c.Events, e => e.Cameo == "130");
        c = Analyse("الثلاثاء 9 سبتمبر 2025\nطهران - وكالات\nوحذر وزير الخارجية الإيراني عباس عراقجي من أن التصعيد قد يجر المنطقة إلى حرب أوسع.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "130");
        Assert.Contains(c.Events, e => e.Cameo == "010");
    }

    [Fact]
    public void A_background_sentence_is_dated_by_its_own_recalled_time_not_by_a_later_clause()
    {
        var c = Analyse("الثلاثاء 9 سبتمبر 2025\nطهران - وكالات\nالتقى وزير الخارجية الإيراني عباس عراقجي اليوم نظيره المصري بدر عبد العاطي في القاهرة.\n"
                        + "وكانت إيران قد أوقفت تعاونها مع الوكالة، في أعقاب الغارات الإسرائيلية على منشآتها في حزيران الماضي، فيما أعلنت الدول الأوروبية موقفها في 28 آب الماضي.\n");
        Assert.DoesNotContain(c.Events, e => e.Date.Iso == "2025-08-28");
    }

    [Fact]
    public void A_state_and_its_ministry_rejecting_on_one_day_are_one_rejection()
    {
        var c = Analyse("الأربعاء 5 فبراير 2025\nالرياض - واس\nوجددت المملكة العربية السعودية رفضها القاطع لأي محاولة لتهجير الفلسطينيين من أرضهم.\n",
                        "الخميس 6 فبراير 2025\nتونس - وكالات\nوأكدت وزارة الخارجية السعودية، أمس الأربعاء، في بيان، رفض المملكة القاطع لأي محاولة لتهجير الفلسطينيين.\n");
        var rejection = Assert.Single(c.Events, e => e.Cameo == "120");
        Assert.Equal(2, rejection.Documents);
        // another code of the same day stays apart
        c = Analyse("الأربعاء 5 فبراير 2025\nالرياض - واس\nوجددت المملكة العربية السعودية رفضها القاطع لأي محاولة لتهجير الفلسطينيين من أرضهم.\n",
                    "الخميس 6 فبراير 2025\nتونس - وكالات\nوأدانت وزارة الخارجية السعودية، أمس الأربعاء، في بيان، الغارات الإسرائيلية على غزة.\n");
        Assert.Single(c.Events, e => e.Cameo == "120");
        Assert.Contains(c.Events, e => e.Cameo == "111");
    }

    [Fact]
    public void Deploying_troops_is_mobilising_forces_and_a_denied_deployment_is_marked()
    {
        var c = Analyse("الخميس 6 فبراير 2025\nواشنطن - وكالات\nونفت المتحدثة باسم البيت الأبيض كارولين ليفيت أن يكون الرئيس قد التزم بنشر قوات أمريكية على الأرض.\n");
        var deploy = Assert.Single(c.Events, e => e.Cameo == "154");
        Assert.Equal(Modality.Denied, deploy.Modality);
        // spreading news is no deployment
        c = Analyse("الخميس 6 فبراير 2025\nواشنطن - وكالات\nونشرت الرئاسة نص البيان كاملاً على موقعها.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "154");
    }

    [Fact]
    public void The_activity_a_role_names_is_no_event_of_its_own()
    {
        var c = Analyse("الخميس 7 أغسطس 2025\nموسكو - تاس\nوأشاد الرئيس الروسي فلاديمير بوتين بدور الإمارات في الوساطة بين روسيا وأوكرانيا.\n");
        Assert.Contains(c.Events, e => e.Cameo == "051");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "045");
        c = Analyse("الخميس 7 أغسطس 2025\nموسكو - تاس\nوأشاد الرئيس الروسي فلاديمير بوتين بالوساطة الإماراتية بين روسيا وأوكرانيا التي جرت أمس.\n");
        Assert.Contains(c.Events, e => e.Cameo == "045");
    }

    [Fact]
    public void A_day_ahead_that_another_trigger_owns_does_not_date_an_agreement_concluded()
    {
        var c = Analyse("الأحد 19 أكتوبر 2025\nإسطنبول - وكالات\nوقال وزير الخارجية التركي هاكان فيدان إن الاتفاق أبرم، وإن الوفدين الروسي والأوكراني سيلتقيان مجدداً في إسطنبول يوم 25 أكتوبر الجاري.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.Date.Iso == "2025-10-25");
    }

    [Fact]
    public void Talks_an_indefinite_noun_says_a_city_hosted_are_no_hosting_of_a_guest_and_are_the_agreeing_sides_talks()
    {
        var c = Analyse("الأحد 19 أكتوبر 2025\nالدوحة - وكالات\nاتفقت روسيا وأوكرانيا على وقف فوري لإطلاق النار، بعد جولة محادثات استضافتها العاصمة القطرية الدوحة بوساطة قطرية.\n");
        Assert.DoesNotContain(c.Events, e => e.Cameo == "043");
        // (the talks and their mediation are one event: the mediator and the two sides)
        Assert.Contains(c.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal)
                                       && e.SourceActors.Concat(e.TargetActors).Contains(Russia) && e.SourceActors.Concat(e.TargetActors).Contains(Ukraine));
    }

    [Fact]
    public void The_two_delegations_after_a_mediation_are_the_sides_mediated_between()
    {
        var c = Analyse("الأحد 19 أكتوبر 2025\nالدوحة - وكالات\nعقد الجانبان الروسي والأوكراني محادثات في الدوحة أمس بوساطة قطرية.\n"
                        + "وأعلن الوسطاء أن الوفدين سيلتقيان مجدداً الأسبوع المقبل.\n");
        var next = Assert.Single(c.Events, e => e.Modality == Modality.Future && e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.DoesNotContain("Q846", next.SourceActors.Concat(next.TargetActors));
        Assert.Contains(Russia, next.SourceActors.Concat(next.TargetActors));
    }

    [Fact]
    public void An_institution_reporting_in_the_lead_governs_the_readout_paragraphs_after_it_as_an_account_only()
    {
        var c = Analyse("الثلاثاء 22 أبريل 2025\nموسكو - تاس\nأجرى الرئيس الروسي فلاديمير بوتين اليوم في الكرملين محادثات مع أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
                        + "وأفاد الكرملين بأن الجانبين بحثا آفاق تطوير العلاقات الثنائية.\n"
                        + "وأكد الجانبان عزمهما على توسيع التعاون بين البلدين في مجالات الطاقة والاستثمار.\n");
        var intent = Assert.Single(c.Events, e => e.Cameo == "030");
        Assert.Contains(intent.Mentions, m => m.Attribution == Kremlin);
        Assert.DoesNotContain(Kremlin, intent.SourceActors);
        // a news agency reporting is no such source
        c = Analyse("الثلاثاء 22 أبريل 2025\nموسكو - وكالات\nأجرى الرئيس الروسي فلاديمير بوتين اليوم في الكرملين محادثات مع أمير قطر الشيخ تميم بن حمد آل ثاني.\n"
                    + "وذكرت وكالة رويترز أن الجانبين بحثا آفاق تطوير العلاقات الثنائية.\n"
                    + "وأكد الجانبان عزمهما على توسيع التعاون بين البلدين في مجالات الطاقة والاستثمار.\n");
        intent = Assert.Single(c.Events, e => e.Cameo == "030");
        Assert.DoesNotContain(intent.Mentions, m => m.Attribution != null && m.Attribution.StartsWith("rasd:media:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_received_from_someone_is_his_however_long_the_receivers_name_and_titles()
    {
        var c = Analyse("الاثنين 29 سبتمبر 2025\nالدوحة - قنا\nتلقى معالي الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء ووزير الخارجية، اليوم، اتصالاً هاتفياً من الرئيس الأمريكي دونالد ترامب.\n");
        var call = Assert.Single(c.Events, e => e.Cameo == "041");
        Assert.Equal(new[] { Trump }, call.SourceActors);
    }
}

