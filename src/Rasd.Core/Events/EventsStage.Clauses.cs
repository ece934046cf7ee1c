using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

public sealed partial class EventsStage
{
    private sealed partial class Extraction
    {
        // Clauses, background and modality; dates read from the sentence's own clause.
        /// <summary>The length of a clause-opening word at k ("فيما", "في حين"), or 0.</summary>
        private int ClauseBreak(List<string> norms, int k)
        {
            var n = lex.CueAt("clause-break", norms, k);
            if (n == 0 || k + n < norms.Count && Cue("clause-break-not-before", norms, k + n)) return 0;
            return n;
        }

        private bool SentenceBackground(List<string> norms)
        {
            for (var k = 0; k < Math.Min(2, norms.Count); k++) if (Cue("background-sentence", norms, k)) return true;
            return false;
        }

        private bool Background(List<string> norms, int ts, int te, int cs)
        {
            // ("في اليوم الأول من زيارته": a day of the event, not an earlier one)
            for (var k = Math.Max(cs, ts - 3); k < ts; k++) if (Cue("background", norms, k) && !(k > 0 && Cue("day-of", norms, k - 1))) return true;
            for (var k = Math.Max(cs, ts - 3); k < ts; k++) if (Cue("anniversary", norms, k)) return true;
            if (ts > 0 && Cue("topic-to", norms, ts - 1))
                for (var k = Math.Max(cs, ts - 3); k < ts - 1; k++) if (Cue("topic", norms, k)) return true;
            if (ComesAfter(norms, ts)) return true;
            // "أعادت الأمم المتحدة فرض العقوبات اليوم، بعد أن فعلت فرنسا ... في 28 أغسطس آلية لإعادة فرضها": what a clause
            // after the main one says came before is background.
            if (cs > 3 && Cue("complementizer", norms, cs - 1) && Cue("comes-after", norms, cs - 2)) return true;
            // "وتأتي زيارة الدوحة في المحطة الثانية من جولة بدأها ترامب بزيارة السعودية": what a sentence of that kind says
            // besides its subject, an event, is the subject's context ("وجاء هذا الموقف في بيان مشترك وقعه" is not).
            for (var k = 0; k < Math.Min(2, ts); k++)
                if (Cue("comes", norms, k) && ts - k > 3)
                    for (var j = k + 1; j <= k + 2 && j < ts; j++)
                        if (lex.TriggersAt(norms, j).Any()) return true;
            for (var k = te; k < Math.Min(norms.Count, te + 3); k++) if (Cue("background-after", norms, k)) return true;
            if (te < norms.Count && Cue("ongoing", norms, te) && (!lex.TriggersAt(norms, ts).Any(t => t.Row.Verb))) return true;
            return false;
        }

        /// <summary>"وتأتي الزيارة بعد أيام من تصويت مجلس الأمن على رفع ...": all that comes after "بعد" is the earlier event.</summary>
        private bool ComesAfter(List<string> norms, int ts)
        {
            for (var k = 1; k < ts; k++)
                if (Cue("comes-after", norms, k) && Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(j => Cue("comes", norms, j))) return true;
            return false;
        }

        /// <summary>"وتأتي القمة بعد دخول وقف إطلاق النار حيز التنفيذ يوم الجمعة الماضي": the times of what the event comes
        /// after are not its own; the start of "بعد", else no limit.</summary>
        private int ComesBefore(List<string> norms, List<Token> toks, int ts)
        {
            var comes = false;
            for (var j = Math.Max(0, ts - 3); j < ts; j++) comes |= Cue("comes", norms, j);
            if (!comes) return int.MaxValue;
            // ("وتأتي زيارة الرئيس عون إلى باريس بعد زيارته المملكة": the visit's destination may stand between)
            for (var k = ts + 1; k < Math.Min(norms.Count, ts + 8); k++)
            {
                if (Cue("comes-after", norms, k)) return toks[k].Span.Start;
                if (toks[k].Kind == TokenKind.Punct && toks[k].Norm is "," or "." or ";") break;
            }
            return int.MaxValue;
        }

        /// <summary>"الجولة الثانية من المحادثات غير المباشرة ستعقد غداً": a verb of holding in the future right after a meeting noun.</summary>
        private bool HeldAhead(List<string> norms, int te, int ce)
        {
            for (var k = te; k < Math.Min(ce, te + 6) && norms[k] != ","; k++)
                if (Cue("held-ahead", norms, k)) return true;
            return false;
        }

        private Modality Modality(List<string> norms, int ts, int te, int cs, int ce, TriggerRow? row, bool futurePrefix)
        {
            var intent = row != null && row.Cameo.StartsWith("03", StringComparison.Ordinal);
            for (var k = 0; k < ts; k++)
                // ("نفى حزب الله أن يكون قد أطلق الصواريخ، مؤكداً التزامه باتفاق وقف إطلاق النار": what he goes on to affirm is not denied)
                if (Cue("denial", norms, k) && !Enumerable.Range(k + 1, Math.Max(0, ts - k - 1)).Any(j => norms[j] == "," && Cue("circumstantial", norms, j + 1)))
                    return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 2); k < ts; k++)
                // A particle stands alone or after و/ف: "سلمه" is no س + لم + ه.
                if (Cue("negation", norms, k) && norms[k].StartsWith('ل') || norms[k].Length > 2 && norms[k][0] is 'و' or 'ف' && norms[k][1] == 'ل' && Cue("negation", norms, k))
                    return Model.Modality.Denied;
            // "ولكنه ألغى زيارته", "وألغى رئيس الوزراء زيارته": a consultation called off did not take place.
            if (row?.Plover == "CONSULT")
                for (var k = Math.Max(cs, ts - 6); k < ts; k++)
                    if (Cue("cancel", norms, k)) return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 6); k < ts; k++)
                if (Cue("hypothetical", norms, k)) return Model.Modality.Hypothetical;
            if (intent) return Model.Modality.Asserted;
            for (var k = Math.Max(0, ts - 6); k < ts; k++)
                if (Cue("planned", norms, k)) return Model.Modality.Planned;
            // "واتفق الرئيسان، بحسب البيان، على إبرام اتفاق شامل": an agreement they agree to conclude is yet to be concluded.
            if (row is { Verb: false } && row.Cameo.StartsWith("057", StringComparison.Ordinal) && ts > 0 && Cue("agreed-on-what", norms, ts - 1)
                && Enumerable.Range(Math.Max(0, ts - 20), ts - Math.Max(0, ts - 20)).Any(k => Cue("agreed-on", norms, k)))
                return Model.Modality.Planned;
            // A verb of the future stays future with its date ("مصر ستستضيف الاثنين المقبل وفدين"); "القمة المقبلة" is planned.
            if (futurePrefix) return Model.Modality.Future;
            // "الجولة الثانية من المحادثات غير المباشرة ستعقد غداً": talks whose predicate is still ahead are ahead, and so is
            // their mediation ("ومن المقرر أن تعقد الجولة الثانية ... بوساطة عمانية").
            if (row is { Verb: false, Plover: "CONSULT" })
            {
                if (HeldAhead(norms, te, ce)) return Model.Modality.Future;
                if (row.Cameo == "045")
                    for (var k = 0; k < ts; k++)
                    {
                        if (Cue("held-ahead", norms, k)) return Model.Modality.Future;
                        if (Cue("planned", norms, k)) return Model.Modality.Planned;
                    }
            }
            for (var k = te; k < Math.Min(ce, te + 5); k++)
                if (Cue("planned-after", norms, k)) return Model.Modality.Planned;
            for (var k = Math.Max(cs, ts - 4); k < ts; k++)
                if (Cue("future", norms, k)) return Model.Modality.Future;
            return Model.Modality.Asserted;
        }

        /// <summary>
        /// The date of an event: the time expression governing the sentence (nearest before the trigger, else after it, on the
        /// same side of any quotation), else the publication day when the text says "today", else (for a lead sentence) the
        /// publication day, else unknown with the reason.
        /// </summary>
        private (DateValue, string) Date(Sentence sent, List<Token> toks, int ts, DateValue published, bool lead, List<string> norms, List<Candidate>? cands, TriggerRow? row = null, int limit = int.MaxValue, bool background = false, int from = 0, bool recall = false, bool recentOccasion = false, int self = -1)
        {
            var trig = toks[ts].Span.Start;
            // (dated from its speaker, an event still owns what its own trigger owns: "أعلنت الحكومة، يوم الثلاثاء 8 يوليوز، أن
            // ... أشخاص غير مرغوب فيهم")
            var mine = self >= 0 ? toks[self].Span.Start : trig;
            bool Own(int o) => o == trig || o == mine;
            // A time of the background ("وكان الحرس الثوري قد أطلق أمس الاثنين صواريخ") dates a report of the background.
            // Only a recent one (a week at most before the publication): older recalled events are no events of these reports.
            var times = TimesIn(sent.Span).Where(t => t.Span.Start < limit && t.Span.Start >= from && (!t.Background || (background || recentOccasion) && Recent(t.Value, published)) && t.Type is TimeType.Date or TimeType.DateRange
                                             && (t.Value.Resolved || t.Value.Month > 0 || t.Value.Note != null)
                                             && SameQuote(t.Span.Start, trig)).ToList();
            // "ستعقد غداً ... بوساطة سلطنة عمان، كما حصل في جولة مسقط السبت الماضي": the time of the occasion a clause compares
            // with is that occasion's.
            times.RemoveAll(t => t.Span.Start > trig && toks.FindIndex(k => k.Span.Start > trig) is var first and >= 0
                                 && Enumerable.Range(first, toks.Count - first).TakeWhile(k => toks[k].Span.Start < t.Span.Start).Any(k => Cue("comparison", norms, k)));
            // Several events in one sentence: each time expression dates the trigger nearest to it ("ويأتي الاتصال بعد
            // ... زيارة ... في 28 كانون الثاني"); a trigger owning none takes the nearest one.
            int Distance(TimeMention t, int at) => t.Span.Start >= at ? t.Span.Start - at : Math.Max(0, at - t.Span.End) + 1;
            // "بعد أسبوعين من الزيارة": an offset from another event, not a date.
            times.RemoveAll(t => Offset(toks, t));
            // The date of what is intended ("تأمل أن يشارك في القمة المقررة في 15 تشرين الأول المقبل") is not the date
            // the intention was stated.
            if (row != null && row.Plover == "AGREE" && row.Cameo.StartsWith("03", StringComparison.Ordinal))
                times.RemoveAll(t => t.Span.Start > trig && (After(t.Value, published) || PlannedTime(toks, norms, t)));
            var starts = cands == null ? new List<int>() : cands.Select(d => toks[d.At].Span.Start).Order().ToList();
            int Owner(TimeMention t) => starts.LastOrDefault(x => x <= t.Span.Start, starts.Count > 0 ? starts[0] : trig);
            var owned = starts.Count < 2 ? times : times.Where(t => Own(Owner(t))).ToList();
            // A trigger owning none takes the nearest, but not one inside a relative clause of another event's noun
            // ("اتهم إسرائيل بانتهاك اتفاق وقف إطلاق النار، الذي تم التوصل إليه في يناير الماضي": the agreement's date).
            var others = new List<TimeMention>();
            // "ودعا أوجلان في رسالته، التي تلاها وفد ... الخميس": the message an appeal is made in is the appeal's occasion;
            // its time is the appeal's.
            bool MediumOf(int o)
            {
                var oi = toks.FindIndex(k => k.Span.Start == o);
                // (the speaker's name and title may stand between: "ودعا الرئيس الفلسطيني محمود عباس في رسالته")
                return oi > ts && oi - ts <= 8 && norms[oi - 1] == "في" && cands != null && !toks.Skip(ts + 1).Take(oi - ts - 1).Any(k => k.Kind == TokenKind.Punct)
                       && cands.Any(d => d.At == oi && d.Row.Type == "message" && !d.Row.Verb);
            }
            if (owned.Count == 0 && starts.Count >= 2)
            {
                // (nor one of a clause opened by حيث: "وصل إلى بيروت آتياً من تركيا، حيث زار إزنيق في الثامن والعشرين")
                others = times.Where(t => Owner(t) is var o && !Own(o) && o > trig && !MediumOf(o)
                                          && (toks.Any(k => k.Span.Start > o && k.Span.Start < t.Span.Start && IsCueWord("relative", k.Norm))
                                              || toks.FindIndex(k => k.Span.Start == o) is var oi and > 0 && IsCueWord("where-clause", toks[oi - 1].Norm))).ToList();
                // (nor the recalled date of a later noun's event: "أجرى نتنياهو اتصالاً ... أعرب خلاله عن أسفه لمقتل عنصر في
                // الهجوم على الدوحة في 9 سبتمبر الجاري" is not a call of the 9th)
                others.AddRange(times.Where(t => !others.Contains(t) && Owner(t) is var o && o > trig && !Own(o) && !Recent(t.Value, published) && Old(t.Value, published)
                                                 && cands!.Any(d => !d.Row.Verb && toks[d.At].Span.Start == o)));
                // (nor a day after the report that another trigger owns in a clause of its own: "أن الاتفاق أبرم، وأن الوفدين
                // سيلتقيان ... يوم 25 أكتوبر" dates the meeting ahead, not the agreement concluded)
                others.AddRange(times.Where(t => !others.Contains(t) && !Own(Owner(t)) && After(t.Value, published)
                                                 && toks.Any(k => k.Span.Start > trig && k.Span.Start < t.Span.Start && IsCueWord("complementizer", k.Norm))));
                // (nor the time of the talks an agreement came after: "اتفقت باكستان وأفغانستان على وقف فوري لإطلاق النار، بعد
                // جولة محادثات استضافتها الدوحة أمس السبت" was agreed at their end, not when they began)
                if (row is { Plover: "AGREE" or "RETREAT" })
                    others.AddRange(times.Where(t => !others.Contains(t) && Owner(t) > trig
                                                     && toks.FindIndex(k => k.Span.Start >= t.Span.Start) is var ti and > 0
                                                     && cands!.Any(d => d.Row.Plover == "CONSULT" && !d.Row.Verb && d.At > ts && d.At < ti && AfterCircumstance(norms, d.At))));
                times.RemoveAll(others.Contains);
            }
            // A statement's own time follows its verb ("بعد أن أعلن ترامب مساء الاثنين أن ..."); one before it may be another clause's.
            var pick = (owned.Count > 0 ? owned : times).OrderBy(t => limit < int.MaxValue && t.Span.Start < trig ? 1 : 0).ThenBy(t => Distance(t, trig)).FirstOrDefault();
            // "ويأتي الاعتراف الفرنسي بعد يوم من إعلان بريطانيا، الأحد، اعترافها": a day named by its weekday in what came
            // before is the last such day, not the next one the present tense of the sentence points to.
            if (pick != null && background && pick.Value.AsDate is { } bd && published.AsDate is { } pd && bd > pd && !pick.Text.Any(char.IsDigit)
                && bd.DayNumber - pd.DayNumber < 7 && NamesWeekday(pick.Text))
                return (DateValue.OfDay(bd.AddDays(-7), pick.Value.Basis ?? "relative", "the weekday before the report, of what it recalls"), "sentence");
            // "إذ جددت الولايات المتحدة في أبريل الماضي اعترافها" in June: an event whose own time is one the report looks
            // back to (weeks before it) is recalled; it keeps that date, and coreference keeps it only as a reference.
            // (not what a statement says it is made on, nor a time that says "today" however old its date: "اليوم الأربعاء 13 جانفي 2016")
            // (in a background sentence too, when another clause's time would date it: "في أعقاب العدوان ... في حزيران الماضي،
            // فيما فعّلت الترويكا الأوروبية آلية الزناد في 28 آب الماضي")
            if (recall && (!background || pick != null) && TimesIn(sent.Span).Where(t => t.Background && t.Span.Start < limit && t.Span.Start >= from && t.Type is TimeType.Date or TimeType.DateRange
                                                           && Old(t.Value, published) && SameQuote(t.Span.Start, trig) && !Offset(toks, t) && !SaysToday(t)
                                                           && (starts.Count < 2 || Own(Owner(t))) && Distance(t, trig) <= 40)
                                                .OrderBy(t => Distance(t, trig)).FirstOrDefault() is { } recalled
                && (pick == null || Distance(recalled, trig) < Distance(pick, trig)))
                return (Period(recalled) with { Note = RecalledNote }, "recalled");
            // So is an event dated, past the lead, by a time weeks before the report that no word marks as past ("ووسعت الحركة
            // رقعة سيطرتها ... إذ استولت على بوكافو ... في منتصف فبراير" on 19 March).
            if (recall && !lead && pick != null && LongAgo(pick.Value, published) && !SaysToday(pick))
                return (Period(pick) with { Note = RecalledNote }, "recalled");
            if (pick != null) return (Period(pick), "sentence");
            // "وفي اليوم نفسه": the day just spoken of, not the publication day.
            // A word of "today" inside another time expression ("في اليوم التالي") is that expression's, read above.
            var sentTimes = TimesIn(sent.Span);
            var today = Enumerable.Range(0, toks.Count).Any(k => Cue("today", norms, k) && SameQuote(toks[k].Span.Start, trig) && !(k + 1 < toks.Count && Cue("same", norms, k + 1))
                // ("صباح اليوم نفسه": after a part of the day too)
                && !(k + 2 < toks.Count && Cue("today", norms, k + 1) && Cue("same", norms, k + 2))
                && !sentTimes.Any(t => t.Span.Contains(toks[k].Span.Start) && t.Text.Length > toks[k].Text.Length));
            if (today)
            {
                if (published.Precision == DatePrecision.Day)
                    return (published with { Note = "the text says today: the publication day" }, "today");
                if (published.YearLessDay)
                    return (published with { Note = $"the text says today: the publication day {published.Day}/{published.Month}, without a year" }, "today");
                return (DateValue.Unknown("the text says today, but the publication date is unknown"), "none");
            }
            // (a span of time is no time of its own: "على مدى سنوات")
            var anyTime = TimesIn(sent.Span).Any(t => t.Span.Start < limit && !others.Contains(t) && t.Type is not (TimeType.Duration or TimeType.Set));
            // The lead of a post dated by its own line (a channel post's head or foot, a chat message's stamp) happened on
            // the post's day, whatever a line before it said; without a year ("📅 4 شباط") it keeps day and month for the
            // year that coreference or the document's other dates give.
            if (lead && !anyTime && _postDate is { Month: > 0, Day: > 0 } post && !Background(norms, ts, ts + 1, 0))
                return (post with { Note = post.Resolved ? "lead sentence of a post: the post's date" : "lead sentence of a post dated " + post.Day + "/" + post.Month + " without a year" }, "lead");
            if (_context != null && !anyTime && lead is var _ && !Background(norms, ts, ts + 1, 0))
                return (_context with { Note = "date of the preceding sentence" }, "context");
            // Any sentence of a short post with a date line of its own and no time of its own is of the post's day
            // ("🔴 09.09.2025 | 13:10" over two lines of news).
            // (a span of years is no time of its own: "طوال سنوات التفاوض")
            if (!lead && _shortPost && _postDate is { Precision: DatePrecision.Day } shortPost && !Background(norms, ts, ts + 1, 0)
                && !TimesIn(sent.Span).Any(t => t.Span.Start < limit && !others.Contains(t) && t.Type is TimeType.Date or TimeType.DateRange))
                return (shortPost with { Note = "sentence of a short post: the post's date" }, "lead");
            if (lead && published.Precision == DatePrecision.Day)
                return (published with { Note = "lead sentence without a date: taken as the publication day" }, "lead");
            if (lead && published.YearLessDay)
                return (published with { Note = $"lead sentence without a date: the publication day {published.Day}/{published.Month}, without a year" }, "lead");

            return (DateValue.Unknown("no date in the sentence"), "none");
        }

        private const string RecalledNote = "a time the report looks back to: recalled";

        private static bool Recalled(EventMention m) => m.Background && m.Date.Note == RecalledNote;

        private bool SaysToday(TimeMention t)
        {
            foreach (var w in t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (IsCueWord("today", ArabicNormalizer.Normalize(w))) return true;
            return false;
        }

        /// <summary>A day three weeks or more before the report, or a month that ended two weeks or more before it.</summary>
        private static bool LongAgo(DateValue d, DateValue published) =>
            published.AsDate is { } pub && d.Resolved
            && (d.AsDate is { } day ? day.DayNumber < pub.DayNumber - 21
                : d.Precision == DatePrecision.Month && new DateOnly(d.Year, d.Month, 1).AddMonths(1).DayNumber <= pub.DayNumber - 14);

        /// <summary>A date of the report's past, more than a week before it (or of an earlier month).</summary>
        private static bool Old(DateValue d, DateValue published) => ReportTime.Before(d, published, days: 7, years: false);

        private static bool Recent(DateValue d, DateValue published) => ReportTime.WithinWeek(d, published);

        private bool Offset(List<Token> toks, TimeMention t)
        {
            var first = ArabicNormalizer.Normalize(t.Text.Split(' ', 2)[0]);
            if (!IsCueWord("offset", first)) return false;
            var next = toks.FindIndex(x => x.Span.Start >= t.Span.End);
            return next >= 0 && toks[next].Norm == "من";
        }

        /// <summary>A time said to be planned: "المقررة في 15 تشرين الأول", "15 أكتوبر المقبل".</summary>
        private bool PlannedTime(List<Token> toks, List<string> norms, TimeMention t)
        {
            var next = toks.FindIndex(x => x.Span.Start >= t.Span.End);
            if (next >= 0 && Cue("planned-after", norms, next)) return true;
            var prev = toks.FindLastIndex(x => x.Span.End <= t.Span.Start);
            if (prev >= 0 && norms[prev] is "في" or "يوم") prev--;
            return prev >= 0 && Cue("planned-after", norms, prev);
        }

        /// <summary>A range ("الأسبوع الماضي") dates an event only to the month (or year) that holds it, not its first day.</summary>
        /// <summary>A time expression that names a day of the week ("الأحد", "يوم الاثنين").</summary>
        private static bool NamesWeekday(string text)
        {
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (Rasd.Time.TimeLexicon.Instance.IsWord(Rasd.Language.ArabicNormalizer.Normalize(w), Rasd.Time.LexKind.Weekday)) return true;
            return false;
        }

        private static DateValue Period(TimeMention t)
        {
            if (t.Type != TimeType.DateRange || t.End is not { Resolved: true } end || !t.Value.Resolved) return t.Value;
            var (a, b) = (t.Value, end);
            if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && a.Year == b.Year && a.Month == b.Month && a.Day == b.Day) return a;
            if (a.Year == b.Year && a.Month == b.Month && a.Month > 0) return DateValue.OfMonth(a.Year, a.Month, a.Basis ?? "relative", $"within {t.Iso ?? t.Text}");
            if (a.Year == b.Year) return DateValue.OfYear(a.Year, a.Basis ?? "relative", $"within {t.Iso ?? t.Text}");
            return t.Value;
        }

        /// <summary>True when no quotation mark opens or closes between the two offsets.</summary>
        private bool SameQuote(int a, int b)
        {
            var (s, e) = a < b ? (a, b) : (b, a);
            var n = 0;
            for (var k = s; k < e; k++) if (doc.Text[k] is '"' or '“' or '”' or '«' or '»') n++;
            return n % 2 == 0;
        }

        private string Summary(List<Token> toks, int cs, int ce, int ts)
        {
            var from = Math.Max(cs, ts - 10);
            var to = Math.Min(ce, Math.Max(ts + 14, from + 20));
            while (to > from + 1 && toks[to - 1].Kind != TokenKind.Word && toks[to - 1].Kind != TokenKind.Number) to--;
            while (from < to - 1 && toks[from].Kind != TokenKind.Word) from++;
            return doc.Text[toks[from].Span.Start..toks[to - 1].Span.End];
        }
    }
}
