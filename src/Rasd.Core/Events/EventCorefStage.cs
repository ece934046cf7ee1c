using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The "event-coref" corpus stage: each event mention of a document joins the event it reports (same family, the same
/// actors, compatible dates — a month joins a day of that month, a date without a year joins the event of that month and
/// day) or starts a new event. Background references ("the first call") join the event they point to. A date that lacked
/// its year takes the event's year (basis "coreference"), and then lends it to the document's other year-less dates.
/// Runs online; its index lives in <see cref="Corpus.State"/> and is rebuilt from <see cref="Corpus.Events"/>.
/// </summary>
public sealed class EventCorefStage : ICorpusStage
{
    public string Name => "event-coref";
    private const string StateKey = "event-coref";
    /// <summary>Candidates looked at per actor key: the most recent ones (keeps cost per mention flat as the store grows).</summary>
    private const int MaxCandidates = 96;
    // Candidates already scored for the current mention (the stage runs in order, one document at a time).
    private readonly HashSet<Event> _seen = new(ReferenceEqualityComparer.Instance);

    internal sealed class Index
    {
        public readonly Dictionary<string, List<Event>> ByKey = new(StringComparer.Ordinal);
        public readonly Dictionary<string, List<Event>> ByDocument = new(StringComparer.Ordinal);
        public readonly Dictionary<string, Event> ById = new(StringComparer.Ordinal);
        /// <summary>Items short enough that a report stating no date took place on the date of the report before it, however far.</summary>
        public readonly HashSet<string> ShortItems = new(StringComparer.Ordinal);

        /// <summary>The country an actor belongs to: events are also indexed under their parties' countries, so that
        /// Araghchi's talks with Witkoff and the talks between Iran and the United States meet as candidates.</summary>
        public Func<string, string?>? CountryOf;

        public void AddItems(IEnumerable<Item> items)
        {
            foreach (var i in items) if ((i.CleanText.Length > 0 ? i.CleanText.Length : i.Span.Length) <= ShortItem) ShortItems.Add(i.Id);
        }

        public bool CarriesTo(string item, int gap) => gap <= CarryGap || ShortItems.Contains(item);

        /// <summary>Indexes a new event (in no posting yet: appended without searching the lists, which grow long).</summary>
        public void Add(Event e)
        {
            ById[e.Id] = e;
            foreach (var k in Keys(e.Type, e.Cameo, e.SourceActors.Concat(e.TargetActors), CountryOf))
            {
                if (!ByKey.TryGetValue(k, out var l)) ByKey[k] = l = new List<Event>();
                l.Add(e);
            }
            if (e.Location != null) AddPlace(e);
        }

        /// <summary>Consultations are also found by where they were held (each side's report may name only its own).</summary>
        public void AddPlace(Event e)
        {
            if (e.Location == null || EventFamilies.Of(e.Cameo) != "consult") return;
            Post(ByKey, PlaceKey(e.Location), e);
        }

        public static string PlaceKey(string location) => "consult|#" + location;

        public void AddActors(Event e, IEnumerable<string> actors)
        {
            foreach (var k in Keys(e.Type, e.Cameo, actors, CountryOf)) Post(ByKey, k, e);
        }

        public void AddDocument(string doc, Event e) => Post(ByDocument, doc, e);

        private static void Post(Dictionary<string, List<Event>> d, string k, Event e)
        {
            if (!d.TryGetValue(k, out var l)) d[k] = l = new List<Event>();
            if (l.Count == 0 || !ReferenceEquals(l[^1], e)) { if (!l.Contains(e)) l.Add(e); }
        }

        public static IEnumerable<string> Keys(string type, string cameo, IEnumerable<string> actors, Func<string, string?>? countryOf = null)
        {
            var fam = EventFamilies.Of(cameo);
            var any = false;
            var countries = countryOf == null ? null : new List<string>();
            foreach (var a in actors.Distinct())
            {
                any = true;
                yield return fam + "|" + a;
                if (countries != null && countryOf!(a) is { } c && c != a && !countries.Contains(c)) countries.Add(c);
            }
            if (countries != null)
                foreach (var c in countries) yield return fam + "|@" + c;
            if (!any) yield return fam + "|";
        }
    }

    /// <summary>
    /// The events holding a mention of the document (each once, in the order they were first reported by it), or null
    /// when this stage has not run on the corpus (no index to read).
    /// </summary>
    internal static IReadOnlyList<Event>? EventsOf(Corpus corpus, string documentId)
    {
        if (!corpus.State.TryGetValue(StateKey, out var o) || o is not Index ix) return null;
        return ix.ByDocument.TryGetValue(documentId, out var l) ? l : [];
    }

    private static Index Build(Corpus corpus)
    {
        var ix = new Index { CountryOf = id => CountryOf(corpus, id) };
        ix.AddItems(corpus.Items);
        foreach (var e in corpus.Events)
        {
            ix.Add(e);
            foreach (var d in e.Mentions.Select(m => m.Document).Distinct()) ix.AddDocument(d, e);
        }
        return ix;
    }

    private static bool Older(DateValue d, DateValue reported) => ReportTime.Before(d, reported, days: 14, years: true);

    public void Process(Document doc, Corpus corpus)
    {
        var ix = corpus.GetState(StateKey, () => Build(corpus));
        ix.AddItems(doc.Items);
        var items = doc.Items.ToDictionary(i => i.Id);
        var outlet = doc.Meta.Outlet ?? doc.Meta.Channel;
        // Dated reports first, so that undated and background ones find what they refer to in the same document.
        var order = doc.Events.Select((m, i) => (m, i))
            .OrderBy(x => x.m.Date.Resolved && x.m.DateSource == "sentence" ? 0 : x.m.Date.Resolved ? 1 : x.m.Date.Month > 0 ? 2 : 3)
            .ThenBy(x => x.m.Background ? 1 : 0).ThenBy(x => x.m.SourceActors.Count == 0 ? 1 : 0).ThenBy(x => x.i).Select(x => x.m).ToList();
        var reanchor = new HashSet<string>(StringComparer.Ordinal);
        var dated = new List<(string Item, int End, DateValue Date)>();
        foreach (var em0 in order)
        {
            var em = em0;
            // A report stating no date, just after a dated report of the same item, happened then (looked up before matching).
            // (not what is planned or supposed: "اتفقا على أن يبدآ محادثات" has happened on no day)
            if (em.DateSource == "none" && !em.Background && em.Date.Month == 0 && em.Modality == Modality.Asserted)
            {
                var prev = dated.Where(x => x.Item == em.ItemId && x.End <= em.Span.Start && ix.CarriesTo(em.ItemId, em.Span.Start - x.End)).OrderByDescending(x => x.End).FirstOrDefault();
                if (prev.Date != null) em = em with { Date = prev.Date with { Note = "date of the report before it in the same item" }, DateSource = "context" };
            }
            if (em.Attribution is { } att && att.StartsWith("rasd:anonymous:", StringComparison.Ordinal) && !corpus.Entities.ContainsKey(att))
            {
                var e = new Entity { Id = att, Type = EntityType.Group, Name = att["rasd:anonymous:".Length..].Replace('-', ' ') };
                e.AddAlias(em.AttributionText ?? e.Name);
                corpus.Entities[att] = e;
            }
            // Parties read from a demonym or a place standing for its government ("الضربات الأمريكية", "زار دمشق") are
            // entities of the dictionary that no mention introduced.
            foreach (var id in em.SourceActors.Concat(em.TargetActors))
                if (!corpus.Entities.ContainsKey(id) && Dict.Value?.Get(id) is { } d)
                    corpus.Entities[id] = new Entity { Id = d.Id, Type = d.Type, Name = d.Name, NameEn = d.NameEn, Wikidata = d.Wikidata, Country = d.Country };
            var ev = Find(ix, em, id => CountryOf(corpus, id));
            var mentionDate = em.Date;
            // A reference back to something not reported anywhere, with no date of its own, is no new event.
            if (ev == null && em.Background && !em.Date.Resolved && em.Date.Month == 0) continue;
            // Nor is one recalled from more than two weeks before its report, or from an earlier month ("وكانت فرنسا والولايات
            // المتحدة قد أعلنتا اتفاق وقف إطلاق النار ... في 27 تشرين الثاني 2024" in January, "وكان ترامب قد بعث الشهر الماضي
            // برسالة"): the timeline is of what the reports report. A recent one ("وسبق أن أكد الكرملين، في 3 من شباط الحالي"
            // on the 12th) is still news of the thread.
            var reportedOn = items.GetValueOrDefault(em.ItemId)?.Published ?? doc.Meta.Published;
            if (ev == null && em.Background && Older(em.Date, reportedOn)) continue;
            // On a page with no date, a recall dated by its own year ("وكانت المفاوضات قد انطلقت في جدة في مايو 2023") cannot
            // be told recent: no new event either.
            if (ev == null && em.Background && em.Date.Resolved && reportedOn.Precision == DatePrecision.Unknown) continue;
            if (ev == null)
            {
                ev = new Event
                {
                    Id = "ev-" + ContentHash.Short(doc.Id + ":" + em.Trigger.Start + ":" + em.Cameo),
                    Type = em.Type, Cameo = em.Cameo, Plover = em.Plover, PloverMode = em.PloverMode, Summary = em.Summary,
                    Date = em.Date, DateSource = em.DateSource, Location = em.Location, Modality = em.Modality,
                };
                ev.SourceActors.AddRange(em.SourceActors);
                ev.TargetActors.AddRange(em.TargetActors.Where(t => !ev.SourceActors.Contains(t)));
                corpus.Events.Add(ev);
                ix.Add(ev);
            }
            else
            {
                mentionDate = Merge(ev, em, ix, reanchor, id => CountryOf(corpus, id));
            }
            ix.AddDocument(doc.Id, ev);
            // A recalled event's date is no date of the reports after it.
            if (mentionDate.Resolved && em.DateSource != "context" && !em.Background) dated.Add((em.ItemId, em.Span.End, mentionDate));
            items.TryGetValue(em.ItemId, out var item);
            ev.Mentions.Add(new Mention
            {
                Document = doc.Id, Item = em.ItemId, Span = em.Span, Text = doc.Slice(em.Span),
                Attribution = em.Attribution, AttributionText = em.AttributionText, Outlet = outlet, Modality = em.Modality,
                Date = mentionDate, DateSource = em.DateSource, Background = em.Background,
            });
        }
        Anchor(doc.Id, ix);
        foreach (var d in reanchor) if (d != doc.Id) Anchor(d, ix);
    }

    /// <summary>The event this mention reports, or null.</summary>
    private Event? Find(Index ix, EventMention em, Func<string, string?> countryOf)
    {
        var mine = em.SourceActors.Concat(em.TargetActors).Distinct().ToList();
        // The documents that already share an event with this one (two outlets' reports of one visit).
        HashSet<string>? linked = null;
        var dash = em.ItemId.LastIndexOf('-');
        if (dash > 0 && ix.ByDocument.TryGetValue(em.ItemId[..dash], out var own))
            foreach (var e in own)
                foreach (var m in e.Mentions) (linked ??= new(StringComparer.Ordinal)).Add(m.Document);
        Event? best = null;
        var bestScore = double.MinValue;
        var seen = _seen;
        seen.Clear();
        foreach (var key in em.Location != null && EventFamilies.Of(em.Cameo) == "consult" ? QueryKeys(em.Cameo, mine, countryOf).Append(Index.PlaceKey(em.Location)) : QueryKeys(em.Cameo, mine, countryOf))
        {
            if (!ix.ByKey.TryGetValue(key, out var list)) continue;
            for (var k = list.Count - 1; k >= 0 && k >= list.Count - MaxCandidates; k--)
            {
                var ev = list[k];
                if (!seen.Add(ev)) continue;
                var s = Score(ev, em, mine, countryOf, linked);
                if (s > bestScore) { bestScore = s; best = ev; }
            }
        }
        return bestScore > 0 ? best : null;
    }

    /// <summary>
    /// Index keys a mention's candidates are found under: its parties, and their countries both as parties and as the
    /// countries of other parties ("روسيا" finds the events of Putin, Putin those of Russia and of Lavrov).
    /// </summary>
    private static IEnumerable<string> QueryKeys(string cameo, List<string> mine, Func<string, string?> countryOf)
    {
        var fam = EventFamilies.Of(cameo);
        if (mine.Count == 0) { yield return fam + "|"; yield break; }
        foreach (var a in mine) yield return fam + "|" + a;
        var countries = new List<string>();
        foreach (var a in mine)
            if (countryOf(a) is { } c && !countries.Contains(c)) countries.Add(c);
        foreach (var c in countries)
        {
            yield return fam + "|@" + c;
            if (!mine.Contains(c)) yield return fam + "|" + c;
        }
    }

    /// <summary>How well a mention fits an event (≤ 0: not the same event).</summary>
    internal static double Score(Event ev, EventMention em, IReadOnlyList<string> mine, Func<string, string?>? countryOf = null, HashSet<string>? linked = null)
    {
        if (!EventFamilies.Compatible(ev.Cameo, em.Cameo)) return 0;
        bool SameSide(string a, string b) => a == b || countryOf != null && (countryOf(a) == b || countryOf(b) == a);
        if (EventFamilies.CarriedLetter(ev.Type, ev.SourceActors, em.Type, em.SourceActors.Concat(em.TargetActors), SameSide)
            || EventFamilies.CarriedLetter(em.Type, em.SourceActors, ev.Type, ev.SourceActors.Concat(ev.TargetActors), SameSide)) return 0;
        // A speech act is known by who speaks: one whose speaker the report leaves unnamed ("المملكة تدين" in a headline)
        // is its own document's, not another outlet's report of someone else's condemnation.
        if (em.SourceActors.Count == 0 && em.Plover is "ACCUSE" or "REQUEST" or "SUPPORT" or "THREATEN" or "REJECT" && ev.SourceActors.Count > 0
            && !FromSameDocument(ev, em)) return 0;
        // What a report expects ("وأن الوفدين سيلتقيان مجدداً الأسبوع المقبل") is not what has been reported done: the next
        // round is not the round just held.
        if (em.Modality is Modality.Future or Modality.Planned && !em.Background && ev.Modality == Modality.Asserted
            && !(em.Date.Precision == DatePrecision.Day && ev.Date.Precision == DatePrecision.Day && em.Date.IsCompatibleWith(ev.Date))) return 0;
        var theirs = ev.TargetActors.Count == 0 ? ev.SourceActors : Union(ev.SourceActors, ev.TargetActors);
        // A party and its country are the same side ("بوتين" and "روسيا" offering aid): they count as shared when the other party is exact.
        var exact = 0;
        foreach (var a in mine) if (theirs.Contains(a)) exact++;
        var soft = 0;
        if (countryOf != null)
            foreach (var a in mine)
            {
                if (theirs.Contains(a)) continue;
                foreach (var b in theirs)
                    if (!mine.Contains(b) && (countryOf(a) == b || countryOf(b) == a || SameCountry(a, b, countryOf))) { soft++; break; }
            }
        // Both sides matched at another granularity (the Israeli army and Israel, the Syrian ministry and the government) count too.
        var shared = exact + (exact > 0 || soft >= 2 ? soft : 0);
        // "ميدينسكي ... في إسطنبول" and "عمروف ... محادثات إسطنبول": each side's report of talks held in one place on one day,
        // naming only its own head, is one event.
        var samePlace = shared == 0 && mine.Count == 1 && EventFamilies.Of(em.Cameo) == "consult" && em.Location != null && em.Location == ev.Location
                        && em.Date.Precision == DatePrecision.Day && ev.Date.Precision == DatePrecision.Day && em.Date.IsCompatibleWith(ev.Date) && !em.Background;
        if (samePlace) shared = 1;
        // "استهداف قاعدة العديد من قبل الحرس الثوري" and "أطلقت إيران صواريخ على قاعدة العديد" of one day: a report naming
        // one party, the one who acts, at another granularity than the other report's, is that report's event.
        if (shared == 0 && soft > 0 && Math.Min(mine.Count, theirs.Count) == 1 && EventFamilies.Of(em.Cameo) == "force"
            && em.SourceActors.Count > 0 && ev.SourceActors.Count > 0 && SharesSource(em, ev, countryOf) && SameDay(em.Date, ev.Date) && !em.Background)
            shared = 1;
        // "وجددت المملكة رفضها" and "أكدت وزارة الخارجية السعودية ... رفض المملكة" of one day: a state's rejection (or
        // appeal, praise, accusation, threat) and its ministry's, each the one party named, with the same code, are one act.
        if (shared == 0 && soft > 0 && mine.Count == 1 && theirs.Count == 1 && em.Cameo == ev.Cameo && em.Cameo != "010"
            && em.Cameo[..2] is "02" or "05" or "10" or "11" or "12" or "13" && SameDay(em.Date, ev.Date) && !em.Background)
            shared = 1;
        // A reference back ("خلال الاتصال") needs one shared party; a new report needs both when both name two.
        var need = em.Background ? 1 : Math.Min(2, Math.Min(mine.Count, theirs.Count));
        var relaxed = em.Background;
        // Hosting and visiting are one event seen from either side: the visitor alone identifies it.
        if (ev.Cameo is "042" or "043" && em.Cameo is "042" or "043" && ev.Cameo != em.Cameo)
        {
            var visitorsEv = ev.Cameo == "042" ? ev.SourceActors : ev.TargetActors;
            var visitorsEm = em.Cameo == "042" ? em.SourceActors : em.TargetActors;
            if (visitorsEm.Any(visitorsEv.Contains)) { need = 1; relaxed = true; }
        }
        if (mine.Count == 0 || theirs.Count == 0 || shared < Math.Max(1, need)) return 0;
        // Two visitors who have nothing in common made two visits, whatever the host and however vague the reference.
        if (ev.Cameo is "042" or "043" && em.Cameo is "042" or "043")
        {
            var guestsEv = ev.Cameo == "042" ? ev.SourceActors : ev.TargetActors;
            var guestsEm = em.Cameo == "042" ? em.SourceActors : em.TargetActors;
            if (guestsEv.Count > 0 && guestsEm.Count > 0
                && !guestsEm.Any(a => guestsEv.Any(b => a == b || countryOf != null && (countryOf(a) == b || countryOf(b) == a || SameCountry(a, b, countryOf)))))
                return 0;
        }
        // A visit is known by its visitor: a host alone ("زيارة إلى تونس") does not join another document's visit.
        if (em.Cameo is "042" or "043" && !em.Background && (em.Cameo == "042" ? em.SourceActors : em.TargetActors).Count == 0
            && !FromSameDocument(ev, em)) return 0;
        // A meeting in person takes place somewhere: the visit to Beirut is not the visit to Damascus of the same minister.
        if (countryOf != null && ev.Cameo is "042" or "043" or "044" && em.Cameo is "042" or "043" or "044"
            && ev.Location is { } evAt && em.Location is { } emAt && evAt != emAt
            && countryOf(evAt) is { } evCountry && countryOf(emAt) is { } emCountry && evCountry != emCountry)
            return 0;
        // Outside consultations (where each side's readout names itself first) the one who acts identifies the event:
        // Iran's strike and the American strike it answers share Iran, but not their source.
        // A signed agreement, a ceasefire or an exchange of prisoners binds both sides: either may be named first; so does
        // the resolve to cooperate of two sides that both reports name ("أكد الجانبان عزمهما على توسيع التعاون").
        if (EventFamilies.Of(em.Cameo) != "consult" && em.Cameo is not ("057" or "0871" or "0353") && !(em.Cameo == "030" && ev.Cameo == "030" && shared >= 2)
            && em.SourceActors.Count > 0 && ev.SourceActors.Count > 0 && !SharesSource(em, ev, countryOf))
            return 0;
        // Statements are the same only when the speaker is the same and the day is the same.
        // (a day without its year, "بورتسودان في ٢٧ أكتوبر", is that day of a report that has one)
        if (ev.Cameo == "010" && !(em.Date.Precision == DatePrecision.Day && ev.Date.Precision == DatePrecision.Day && em.Date.IsCompatibleWith(ev.Date)
                                   || YearlessDay(em.Date, ev.Date) || YearlessDay(ev.Date, em.Date))) return 0;
        double dateScore;
        var d = em.Date;
        var D = ev.Date;
        if (d.Resolved && D.Resolved)
        {
            if (em.DateSource == "lead" && d.AsDate is { } pub && D.Range is { } r)
            {
                // A lead sentence dated by its publication day may report what happened a day or two before.
                if (r.Last < pub.AddDays(-3) || r.First > pub) return 0;
                dateScore = 1;
            }
            else if (ev.DateSource == "lead" && D.AsDate is { } epub && d.Range is { } r2)
            {
                if (r2.Last < epub.AddDays(-3) || r2.First > epub) return 0;
                dateScore = 1;
            }
            // A day carried over from the sentence before ("date of the preceding sentence") may be the day of a cause
            // that sentence tells; a report of the same two parties a day from it is the same event.
            else if ((em.DateSource == "context" || ev.DateSource == "context") && !FromSameDocument(ev, em) && shared >= 2
                     && d.Precision == DatePrecision.Day && D.Precision == DatePrecision.Day && d.AsDate is { } dd && D.AsDate is { } DD
                     && Math.Abs(dd.DayNumber - DD.DayNumber) == 1)
                dateScore = 1;
            else
            {
                if (!d.IsCompatibleWith(D)) return 0;
                // A year says little: from another document, such a report joins only an event of the same two parties.
                if ((d.Precision == DatePrecision.Year || D.Precision == DatePrecision.Year) && exact < 2 && !em.Background
                    && !FromSameDocument(ev, em)) return 0;
                dateScore = d.Precision == D.Precision ? 3 : 2;
            }
        }
        else if (!d.Resolved && d.Month > 0)
        {
            // A date without its year: the same month (and day) of a known date.
            if (D.Resolved) { if (D.Month != d.Month || (d.Day > 0 && D.Precision == DatePrecision.Day && D.Day != d.Day) || D.Precision == DatePrecision.Year) return 0; dateScore = 2.5; }
            else if (D.Month > 0) { if (D.Month != d.Month || D.Day != d.Day) return 0; dateScore = 2; }
            else { if (!relaxed && shared < 2) return 0; dateScore = 0.5; }
        }
        else if (!d.Resolved)
        {
            // No date at all: only a report naming the same parties (or pointing back) joins; from another document, a
            // visitor alone is not enough ("بعثة صندوق النقد التي تواصل زيارتها إلى تونس" is not every visit to Tunisia).
            // A day named by its weekday alone ("اليوم الأحد" in an undated report) is no day of another weekday.
            if (OtherWeekday(d, D)) return 0;
            // ("وقالت الخارجية السودانية، في بيان مساء الخميس، إنها ترفض القرار" on an undated page that already shares the
            // sanctions of that Thursday with a dated report: the same speaker's same act of that weekday is that report's)
            var sameWeekdayAct = d.Weekday > 0 && D.AsDate != null && linked != null && ev.Cameo == em.Cameo && exact >= 1 && em.SourceActors.Count > 0
                                 && ev.SourceActors.Contains(em.SourceActors[0]) && ev.Mentions.Any(m => linked.Contains(m.Document));
            if (!relaxed && shared < 2 && !sameWeekdayAct) return 0;
            if (shared < 2 && !em.Background && !FromSameDocument(ev, em) && !sameWeekdayAct) return 0;
            dateScore = 0.5;
        }
        else
        {
            if (D.Month > 0 && !D.Resolved) { if (D.Month != d.Month || (d.Precision == DatePrecision.Day && D.Day > 0 && D.Day != d.Day)) return 0; dateScore = 2; }
            // An undated outlet's report of what the same speaker said, in a document that already shares an event with
            // this one ("وحث البابا في كلمته" from a TV site without dates, after the visit both report), is this report.
            else if (OtherWeekday(D, d) || shared < 2 && !ev.Mentions.Any(m => m.Background)
                     && !(linked != null && ev.Cameo == em.Cameo && exact >= 1 && em.SourceActors.Count > 0 && ev.SourceActors.Contains(em.SourceActors[0])
                          && (em.Cameo == "010" || em.Cameo.StartsWith("02", StringComparison.Ordinal) || em.Cameo == "051")
                          && ev.Mentions.All(m => linked.Contains(m.Document) && m.Date is not { Resolved: true }))) return 0;
            else dateScore = 0.5;
        }
        var typeScore = ev.Cameo == em.Cameo ? 0.5 : 0;
        return shared * 2 + dateScore + typeScore + Math.Min(ev.Mentions.Count, 5) * 0.01;
    }

    /// <summary>A day and month without a year, and the same day and month of a dated (or another yearless) report.</summary>
    private static bool YearlessDay(DateValue yearless, DateValue other) =>
        !yearless.Resolved && yearless.Month > 0 && yearless.Day > 0 && other.Month == yearless.Month && other.Day == yearless.Day
        && (other.Precision == DatePrecision.Day || !other.Resolved);

    private static bool OtherWeekday(DateValue unresolved, DateValue other) =>
        unresolved.Weekday > 0 && other.AsDate is { } day && ((int)day.DayOfWeek == 0 ? 7 : (int)day.DayOfWeek) != unresolved.Weekday;

    // The event's parties, each once, in a buffer of the thread (Score runs for every candidate).
    [ThreadStatic] private static List<string>? _theirs;

    private static List<string> Union(List<string> a, List<string> b)
    {
        var l = _theirs ??= new List<string>();
        l.Clear();
        foreach (var x in a) if (!l.Contains(x)) l.Add(x);
        foreach (var x in b) if (!l.Contains(x)) l.Add(x);
        return l;
    }

    /// <summary>The event already holds a report of the mention's document (item ids begin with their document's id).</summary>
    private static bool FromSameDocument(Event ev, EventMention em) => ev.Mentions.Any(m => em.ItemId.StartsWith(m.Document, StringComparison.Ordinal));

    /// <summary>The same day, a year-less one included (its month and day).</summary>
    private static bool SameDay(DateValue a, DateValue b) =>
        a.Day > 0 && b.Day > 0 && a.Month == b.Month && a.Day == b.Day && (a.Year == b.Year || !a.Resolved || !b.Resolved)
        && a.Precision is DatePrecision.Day or DatePrecision.Unknown && b.Precision is DatePrecision.Day or DatePrecision.Unknown;

    private static bool SharesSource(EventMention em, Event ev, Func<string, string?>? countryOf)
    {
        foreach (var a in em.SourceActors)
        {
            if (ev.SourceActors.Contains(a)) return true;
            if (countryOf != null)
                foreach (var b in ev.SourceActors)
                    if (SameCountry(a, b, countryOf)) return true;
        }
        return false;
    }

    /// <summary>Two actors of one country, one of them not a person (Putin and Russia, Lavrov and the Russian government).</summary>
    private static bool SameCountry(string a, string b, Func<string, string?> countryOf)
    {
        var (ca, cb) = (countryOf(a), countryOf(b));
        if (ca == null || ca != cb) return false;
        return Dict.Value?.Get(a)?.Type != EntityType.Person || Dict.Value?.Get(b)?.Type != EntityType.Person;
    }

    private static readonly Lazy<Rasd.Actors.ActorDictionary?> Dict = new(() =>
    {
        try { return Rasd.Actors.ActorDictionary.Default; }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException or InvalidDataException) { return null; }
    });

    /// <summary>The country entity an actor belongs to (a country is its own).</summary>
    internal static string? CountryOf(Corpus corpus, string id)
    {
        if (corpus.Entities.TryGetValue(id, out var e))
        {
            if (e.Type == EntityType.Country) return e.Id;
            if (e.Country != null) return Dict.Value?.CountryId(e.Country);
        }
        var d = Dict.Value?.Get(id);
        if (d == null) return null;
        // An official of an international body stands on its side ("كايا كالاس" for the European Union), as a minister
        // stands on his country's.
        if (d.Type == EntityType.Person && d.Country == null)
            return d.Roles.Where(r => r.To == null).Select(r => r.Of).FirstOrDefault(o => o.StartsWith("rasd:org:", StringComparison.Ordinal));
        // (and the body is its own side, as a country is its own)
        if (d.Type == EntityType.Organization && d.Country == null && d.Id.StartsWith("rasd:org:", StringComparison.Ordinal)) return d.Id;
        return d.Type == EntityType.Country ? d.Id : d.Country == null ? null : Dict.Value!.CountryId(d.Country);
    }

    private static int Rank(string source) => source switch { "sentence" => 4, "today" => 4, "coreference" => 3, "context" => 3, "lead" => 2, _ => 0 };

    /// <summary>Adds what the mention knows to the event; returns the mention's date as it stands in the event.</summary>
    private static DateValue Merge(Event ev, EventMention em, Index ix, HashSet<string> reanchor, Func<string, string?> countryOf)
    {
        var d = em.Date;
        var mentionDate = d;
        if (d.Resolved && (!ev.Date.Resolved || Rank(em.DateSource) > Rank(ev.DateSource) || (Rank(em.DateSource) == Rank(ev.DateSource) && d.Precision > ev.Date.Precision)))
        {
            var hadYearless = !ev.Date.Resolved && ev.Date.Month > 0 || ev.Mentions.Any(m => m.Date is { Resolved: false, Month: > 0 });
            ev.Date = d;
            ev.DateSource = em.DateSource;
            if (hadYearless)
            {
                foreach (var m in ev.Mentions.ToList()) reanchor.Add(m.Document);
                for (var i = 0; i < ev.Mentions.Count; i++)
                    if (ev.Mentions[i].Date is { Resolved: false, Month: > 0 })
                        ev.Mentions[i] = ev.Mentions[i] with { Date = Coreferent(d) };
            }
        }
        else if (!d.Resolved && ev.Date.Resolved)
        {
            mentionDate = Coreferent(ev.Date);
        }
        // The specific kind of consultation wins over the generic one (talks → the call, the visit).
        if (ev.Cameo == "040" && em.Cameo != "040" || ev.Cameo == "043" && em.Cameo == "042")
        {
            ev.Type = em.Type; ev.Cameo = em.Cameo; ev.Plover = em.Plover; ev.PloverMode = em.PloverMode;
            if (em.SourceActors.Count > 0)
            {
                var all = ev.SourceActors.Concat(ev.TargetActors).ToList();
                ev.SourceActors.Clear(); ev.SourceActors.AddRange(em.SourceActors);
                // A party of the generic report stays on the side of its country ("عراقجي" with "إيران", not facing it).
                foreach (var a in all)
                    if (!ev.SourceActors.Contains(a) && countryOf(a) is { } ac && ev.SourceActors.Any(x => x == ac || countryOf(x) == ac)
                        && !em.TargetActors.Any(x => x == ac || countryOf(x) == ac))
                        ev.SourceActors.Add(a);
                ev.TargetActors.Clear(); ev.TargetActors.AddRange(all.Concat(em.TargetActors).Where(a => !ev.SourceActors.Contains(a)).Distinct());
            }
            if (!em.Background && em.Summary != null) ev.Summary = em.Summary;
        }
        // (an air strike is more than force: "استهداف العدو لهم" and "الغارة الإسرائيلية" are one strike, 195)
        else if (ev.Cameo == "190" && em.Cameo == "195")
        {
            ev.Type = em.Type; ev.Cameo = em.Cameo; ev.Plover = em.Plover; ev.PloverMode = em.PloverMode;
        }
        var added = new List<string>();
        // The host of a visit is its target, the guest its source, whichever side the report takes.
        var (emSources, emTargets) = ev.Cameo == "042" && em.Cameo == "043" ? (em.TargetActors, em.SourceActors) : (em.SourceActors, em.TargetActors);
        // Generic talks say nobody's direction ("وأجرى الشرع وأمير قطر محادثات" after the emir's visit): a party new to
        // a visit is on the host's side, not a second visitor.
        if (em.Cameo == "040" && ev.Cameo is "042" or "043")
            (emSources, emTargets) = (new List<string>(), em.SourceActors.Concat(em.TargetActors).ToList());
        // In talks and agreements a party joins the side where its country already stands ("سلطنة عمان" with "هيثم بن
        // طارق"), whichever side the report named it on: two readouts of one joint act name the sides in either order.
        foreach (var a in emSources) Place(a, true);
        foreach (var a in emTargets) Place(a, false);
        void Place(string a, bool asSource)
        {
            if (ev.SourceActors.Contains(a) || ev.TargetActors.Contains(a)) return;
            bool Same(string x) => x == a || countryOf(x) == a || countryOf(a) == x || countryOf(a) is { } ca && countryOf(x) == ca;
            // (not in a fight: the army and the rebels of one country are two sides)
            if (ev.Plover is "CONSULT" or "AGREE" or "COOPERATE")
            {
                var onSource = ev.SourceActors.Any(Same);
                var onTarget = ev.TargetActors.Any(Same);
                if (onSource != onTarget) asSource = onSource;
            }
            (asSource ? ev.SourceActors : ev.TargetActors).Add(a);
            added.Add(a);
        }
        if (added.Count > 0) ix.AddActors(ev, added);
        if (ev.Location == null && em.Location != null) { ev.Location = em.Location; ix.AddPlace(ev); }
        // (a reference back in passing to what is planned does not make it done)
        if (em.Modality == Modality.Asserted && !(em.Background && ev.Modality is Modality.Future or Modality.Planned)) ev.Modality = Modality.Asserted;
        if (ev.Mentions.All(m => m.Background) && !em.Background && em.Summary != null) ev.Summary = em.Summary;
        return mentionDate;
    }

    private static DateValue Coreferent(DateValue d) => d with { Basis = "coreference", Note = "date of the same event in other reports" };

    /// <summary>
    /// Year-less dates of a document take their year from a date of the same document resolved through coreference:
    /// the year that puts them within eleven months before (or one month after) that date.
    /// </summary>
    private static void Anchor(string docId, Index ix)
    {
        if (!ix.ByDocument.TryGetValue(docId, out var events)) return;
        AnchorYears(docId, events);
        CarryDates(docId, events, ix);
    }

    /// <summary>Largest gap (in characters) over which a report without a date takes the date of the report before it.</summary>
    private const int CarryGap = 400;

    /// <summary>
    /// Clean length (characters) of a short item: a dispatch or post of one occasion ("في 28 يناير، زار الوفد ...
    /// واتفق الجانبان ..."), whose reports without a date of their own are all of the date its report before them states.
    /// </summary>
    private const int ShortItem = 1500;

    /// <summary>
    /// A report that states no date, right after a report of the same item whose date is known (now perhaps through
    /// coreference), happened then: "وقالت الرئاسة السورية في بيان إن ..." after the call it reports on.
    /// </summary>
    private static void CarryDates(string docId, List<Event> events, Index ix)
    {
        var refs = new List<(Event E, int I)>();
        foreach (var e in events)
            for (var i = 0; i < e.Mentions.Count; i++)
                if (e.Mentions[i].Document == docId) refs.Add((e, i));
        foreach (var item in refs.GroupBy(r => r.E.Mentions[r.I].Item))
        {
            DateValue? last = null;
            var lastEnd = -1;
            foreach (var (e, i) in item.OrderBy(r => r.E.Mentions[r.I].Span.Start))
            {
                var m = e.Mentions[i];
                if (m.Date is { Resolved: true } d && m.DateSource != "context" && !m.Background) { last = d; lastEnd = m.Span.End; continue; }
                // An undated report's event that another outlet dates ("البابا يصل إلى بيروت" on a TV site) dates what the
                // report tells after it.
                if (m.DateSource == "none" && !m.Background && e.Modality == Modality.Asserted && e.Date is { Resolved: true, Precision: DatePrecision.Day } ed
                    && e.Mentions.Any(o => o.Document != docId && o.Date is { Resolved: true }))
                {
                    last = ed with { Note = "date of the same event in other reports" };
                    lastEnd = m.Span.End;
                    continue;
                }
                // (what is only planned happened on no day: it takes no date from the report before it)
                if (last == null || m.Background || m.DateSource != "none" || m.Date is { Month: > 0 } || m.Modality == Modality.Planned
                    || !ix.CarriesTo(m.Item, m.Span.Start - lastEnd)) continue;
                var carried = last with { Note = "date of the report before it in the same item" };
                e.Mentions[i] = m with { Date = carried, DateSource = "context" };
                if (!e.Date.Resolved) { e.Date = carried; e.DateSource = "context"; }
            }
        }
    }

    private static void AnchorYears(string docId, List<Event> events)
    {
        DateOnly? anchor = null;
        foreach (var e in events)
            foreach (var m in e.Mentions)
                if (m.Document == docId && m.Date is { Basis: "coreference", Precision: DatePrecision.Day } cd && cd.AsDate is { } day)
                    if (anchor == null || day > anchor) anchor = day;
        if (anchor is not { } a) return;
        foreach (var e in events)
        {
            for (var i = 0; i < e.Mentions.Count; i++)
            {
                var m = e.Mentions[i];
                if (m.Document != docId || m.Date is not { Resolved: false, Month: > 0 } yd) continue;
                DateValue? resolved = null;
                foreach (var y in new[] { a.Year - 1, a.Year, a.Year + 1 })
                {
                    if (yd.Day > 0 && yd.Day > DateTime.DaysInMonth(y, yd.Month)) continue;
                    var first = new DateOnly(y, yd.Month, yd.Day > 0 ? yd.Day : 1);
                    if (first > a.AddMonths(-11) && first <= a.AddMonths(1))
                    {
                        resolved = yd.Day > 0
                            ? DateValue.OfDay(first, "coreference", "year from the document's other dates resolved through coreference")
                            : DateValue.OfMonth(y, yd.Month, "coreference", "year from the document's other dates resolved through coreference");
                        break;
                    }
                }
                if (resolved == null) continue;
                e.Mentions[i] = m with { Date = resolved };
                if (!e.Date.Resolved) { e.Date = resolved; e.DateSource = "coreference"; }
            }
        }
    }
}
