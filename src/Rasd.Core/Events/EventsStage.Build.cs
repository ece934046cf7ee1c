using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

public sealed partial class EventsStage
{
    private sealed partial class Extraction
    {
        /// <summary>
        /// "إن على الولايات المتحدة أن تقنع روسيا": the two words as written (not "كانوا على متن", ك + ان; not "أنه وعلى الرغم"),
        /// someone named right after them, then what he must do ("أن على المجتمع الدولي مسؤولية" is no appeal).
        /// </summary>
        private bool Obligation(List<Token> toks, List<string> norms, List<ActorRef> actors, int ts, int te)
        {
            if (te != ts + 2 || norms[ts + 1] != "علي" || !Cue("complementizer", norms, ts)) return false;
            var bound = actors.FirstOrDefault(a => a.Start == te && !a.Where && !a.InTitle);
            // ("وإن على العراق الحفاظ عليه": or the definite verbal noun of what it must do, right after it)
            return bound != null && (Enumerable.Range(bound.End, Math.Max(0, Math.Min(toks.Count, bound.End + 4) - bound.End))
                .Any(k => Cue("complementizer", norms, k) && !Blocked(toks, bound.End, k, comma: true))
                || bound.End < toks.Count && toks[bound.End].Kind == TokenKind.Word && norms[bound.End].StartsWith("ال", StringComparison.Ordinal)
                   && !actors.Any(a => a.Start == bound.End));
        }

        /// <summary>The teller of an act from a relative clause's verb of telling with the act's pronoun ("أعلنته الوزارة").</summary>
        private (int At, ActorRef By)? AnnouncedBy(List<Token> toks, List<string> norms, List<ActorRef> participants, int ts, int te, List<string> sources)
        {
            // The one named right after the verb.
            ActorRef? Teller(int k) => participants.FirstOrDefault(a => a.Start == k + 1 && !a.Where && !a.IsPlace
                                                                        && a.Type is EntityType.Person or EntityType.Organization or EntityType.Group or EntityType.Country);
            for (var k = Math.Max(0, ts - 8); k < ts; k++)
            {
                if (!Cue("announced-it", norms, k)) continue;
                // (the occasion right after the teller: "أعلنته الوزارة إثر اتصال")
                if (Teller(k) is { } by && ts - by.End is >= 1 and <= 3 && Cue("comes-after", norms, ts - 1) && !Blocked(toks, k, ts)) return (k, by);
            }
            if (sources.Count > 0) return null;
            for (var k = te; k < Math.Min(toks.Count - 1, te + 6); k++)
            {
                if (toks[k].Kind == TokenKind.Punct) return null;
                if (!Cue("announced-it", norms, k)) continue;
                return Teller(k) is { } by ? (k, by) : null;
            }
            return null;
        }

        // One trigger into one event mention: its source, target, location, date, modality and attribution.
        private EventMention? Build(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, List<FrameRef> frames,
            FrameRef? governing, FrameRef? speakerFrame, Candidate c, DateValue published, bool lead, ItemState st, List<Candidate> cands, bool[] used)
        {
            var (ts, te, row) = (c.At, c.At + c.Length, c.Row);
            if (row.Verb && c.Proclitic.Contains("ال", StringComparison.Ordinal)) row = row with { Verb = false };
            var objectSuffix = c.ObjectSuffix;
            // "وصف فانس تصويت الكنيست ... بأنه «حيلة سياسية غبية»": what someone's act is called, after a verb of calling it so,
            // is said against the others the sentence names.
            if (row.Frame == "characterized")
            {
                if (!Enumerable.Range(Math.Max(0, ts - 40), Math.Min(40, ts)).Any(k => Cue("characterizing", norms, k))) return null;
                row = row with { Frame = "said-against" };
            }
            // ("كما دعا إلى ...": a word of conjunction of its own before the verb)
            var withConjunction = c.Proclitic.Length > 0 && c.Proclitic[0] is 'و' or 'ف' || ts > 0 && row.Verb && Cue("also", norms, ts - 1);
            var lastConsult = st.LastConsult;
            // "إن بوتين ندد بالهجوم على سوريا، ودعا": the last event with a subject of this sentence, not the attack it names.
            var lastEvent = st.LastEvent is { SourceActors.Count: 0 } le0 && st.LastSourced is { } ls && ls.Span == le0.Span ? ls : st.LastEvent;
            // "قرر رفض منح التأشيرات لأعضاء في منظمة التحرير وإلغاء تأشيرات صادرة لآخرين": a noun of the same act joined by و to
            // the one just reported in the sentence goes on with it; it is no act of the last party named.
            if (row is { Plover: "SANCTION", Verb: false } && c.Proclitic.StartsWith('و') && st.LastEvent is { } same && same.Span == sent.Span
                && same.Cameo == row.Cameo && same.Trigger.End <= toks[ts].Span.Start) return null;
            var (cs, ce) = Clause(norms, ts, te);
            // A cue of the kind among the last few words of the clause before the trigger.
            bool CueBefore(string kind, int words) => Enumerable.Range(Math.Max(cs, ts - words), ts - Math.Max(cs, ts - words)).Any(k => Cue(kind, norms, k));
            static bool AfterFi(ActorRef a) => a.Where;
            // News agencies report events; they take part in none ("طهران/ إرنا - استقبل ...": the dateline's credit).
            var participants = actors.Where(a => !(a.IsPlace && a.Stands == null) && !IsAgencyOfFrame(a, frames) && !a.Where && !a.InTitle
                                                 && !a.Id.StartsWith("rasd:media:", StringComparison.Ordinal)).ToList();
            var before = participants.Where(a => a.End <= ts && a.Start >= cs).ToList();
            // Targets are not looked for past "منذ" / "بعد" clauses of time ("منذ سقوط الأسد"), nor past the next event or
            // reporting verb of the sentence ("إيران تقصف قاعدة العديد وعراقجي ينفي ...").
            var te2 = Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
            foreach (var d in cands) if (d.At >= te && d.At < te2 && !used[d.At] && !(d.At > 0 && During(norms, d.At))) { te2 = d.At; break; }
            foreach (var f in frames) if (f.Start >= te && f.Start < te2 && f.Kind is FrameKind.Statement or FrameKind.Verb) { te2 = f.Start; break; }
            var after = participants.Where(a => a.Start >= te && a.Start < te2).ToList();
            // "يتوجه عراقجي من جنيف إلى إسطنبول": where a visitor sets out from is no host when where he goes is named.
            bool SetsOutFrom(ActorRef a) => a.Start > 0 && norms[a.Start - 1] == "من" && (a.IsPlace || a.Type is EntityType.Country or EntityType.Location)
                                            && actors.Any(b => b.Start > a.End && b.Start <= a.End + 2 && Cue("to-place", norms, b.Start - 1));
            if (row.Frame == "visit") after.RemoveAll(SetsOutFrom);
            // "المحادثات التي أجراها برفقة تخت روانجي، مع المديرين السياسيين لبريطانيا وفرنسا": the companion is on the
            // subject's side; the other party follows مع.
            var companions = new List<ActorRef>();
            if (te2 < ce && Cue("companion", norms, te2)
                && Enumerable.Range(te2 + 1, Math.Max(0, ce - te2 - 1)).FirstOrDefault(k => Cue("with", norms, k), -1) is var withAt and > 0)
            {
                companions = participants.Where(a => a.Start > te2 && a.Start < withAt).ToList();
                var stop2 = Enumerable.Range(withAt + 1, Math.Max(0, ce - withAt - 1)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                after.AddRange(participants.Where(a => a.Start > withAt && a.Start < stop2));
            }
            // "قمة ثلاثية بمشاركة الرئيس ماكرون والملك عبد الله": those who take part in a meeting named by its noun are its parties.
            if (!row.Verb && row.Plover == "CONSULT" && te2 < ce && te2 - te <= 3 && Cue("participation", norms, te2))
            {
                var stop3 = Enumerable.Range(te2 + 1, Math.Max(0, ce - te2 - 1)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                after.AddRange(participants.Where(a => a.Start > te2 && a.Start < stop3));
            }
            var sources = new List<string>();
            var targets = new List<string>();
            string? location = null;
            var background = false;
            var topic = false;
            var passiveReception = false;
            EventMention? referred = null;
            // The nearest speaker before the trigger ("قال الكرملين إن بوتين أكد ... وأبدى"): the subject carried by a
            // conjoined verb; the attribution stays with the outer frame.
            var speaker = frames.LastOrDefault(f => f.Actor != null && f.Start < ts && f.Kind is FrameKind.Statement or FrameKind.Verb) ?? speakerFrame ?? governing;
            // The end of an actor and of those joined to it by و ("الجيش السوداني وقوات الدعم السريع").
            int JoinedEnd(ActorRef first)
            {
                var end = first.End;
                while (actors.FirstOrDefault(x => x.Start == end && end < norms.Count && norms[end].StartsWith('و')) is { } next) end = next.End;
                return end;
            }
            string? SpeakerActor() => speaker is { Actor: { } sp, Kind: FrameKind.Statement or FrameKind.Verb } && !sp.StartsWith("rasd:anonymous:", StringComparison.Ordinal) ? sp : null;
            // "بين" may follow the noun the trigger heads ("استضافت ... اجتماعاً بين روبيو ولافروف").
            var ctxEnd = (EventLexicon.ContextAt(row, norms, te, c.Window) ?? new List<int>()).DefaultIfEmpty(te - 1).Max() + 1;
            var between = Enumerable.Range(te, Math.Max(0, Math.Min(norms.Count, Math.Max(te, ctxEnd) + 4) - te)).FirstOrDefault(k => Cue("between", norms, k), -1);
            var twoSides = false;
            if (between >= 0)
            {
                var stop = Enumerable.Range(between, Math.Max(0, ce - between)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                // A pair that names nobody before a comma ends there ("بين البلدين، وذلك خلال زيارة ... إلى روسيا": the place
                // visited is no party); "بين وفد الولايات المتحدة برئاسة روبيو، ووفد روسيا" goes on.
                var comma = Enumerable.Range(between + 1, Math.Max(0, stop - between - 1)).FirstOrDefault(k => norms[k] is "،" or "," or "؛", -1);
                if (comma > 0 && !participants.Any(a => a.Start > between && a.Start < comma)) stop = comma;
                var inside = participants.Where(a => a.Start > between && a.Start < stop).Select(a => ActorId(a)).Distinct().ToList();
                // "بين وفد الولايات المتحدة برئاسة روبيو ووفد روسيا برئاسة لافروف": two sides, each with its own people.
                var first = inside.FirstOrDefault();
                var second = first == null ? null : inside.FirstOrDefault(a => a != first && !SameCountry(a, first));
                second ??= inside.Skip(1).FirstOrDefault();
                if (first != null) sources.Add(first);
                if (second != null) targets.Add(second);
                if (second != null && !SameCountry(first!, second))
                    foreach (var a in inside)
                    {
                        if (a == first || a == second) continue;
                        if (SameCountry(a, first!)) sources.Add(a);
                        else if (SameCountry(a, second)) targets.Add(a);
                    }
                // "محادثات هي الأرفع مستوى بين البلدين": a pair named by no actor leaves the parties to the subject.
                if (first == null)
                {
                    twoSides = Enumerable.Range(between + 1, Math.Max(0, Math.Min(stop, between + 5) - between - 1)).Any(k => Cue("the-two", norms, k));
                    between = -1;
                }
            }
            // "مكالمة هاتفية أجراها ترامب مع بوتين": the subject of the light verb that takes the noun is its source.
            if (sources.Count == 0 && !row.Verb && te < norms.Count && Cue("light", norms, te) && norms[te].Length > 3 && norms[te][^1] is 'ه' or 'ا'
                && after.FirstOrDefault(a => a.Start > te && a.Start <= te + 3) is { } lightSubject)
            {
                sources.Add(ActorId(lightSubject));
                if (after.FirstOrDefault(a => a.Start >= lightSubject.End && ActorId(a) != ActorId(lightSubject)) is { } withWhom) targets.Add(ActorId(withWhom));
            }
            // "تلقى الشرع اتصالاً هاتفياً من بوتين": the one who receives is the target, the one after من the source.
            // (the receiver's name and titles may stand between: "تلقى معالي الشيخ محمد بن عبدالرحمن آل ثاني، اليوم، اتصالاً")
            var recvAt = Enumerable.Range(Math.Max(cs, ts - 24), ts - Math.Max(cs, ts - 24)).Where(k => Cue("receive", norms, k)).DefaultIfEmpty(-1).Last();
            if (recvAt >= 0 && cands.Any(d => d.At > recvAt && d.At < ts)) recvAt = -1;
            if (sources.Count == 0 && recvAt >= 0 && !row.Verb)
            {
                var min = Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 6) - te)).FirstOrDefault(k => norms[k] is "من" or "عن", -1);
                var sender = min < 0 ? null : participants.FirstOrDefault(a => a.Start > min && a.Start <= min + 4);
                var receiver = participants.FirstOrDefault(a => a.Start > recvAt && a.End <= ts)
                               ?? participants.LastOrDefault(a => a.End <= recvAt && a.End >= recvAt - 1 && a.Start >= cs);
                if (sender != null)
                {
                    sources.Add(ActorId(sender));
                    if (receiver != null) targets.Add(ActorId(receiver));
                    else if ((SpeakerActor() ?? (toks[recvAt].Norm.StartsWith('و') ? lastEvent?.TargetActors.FirstOrDefault() : null)) is { } r0) targets.Add(r0);
                }
            }
            if (sources.Count == 0 && row.Frame == "visit")
            {
                var dest = actors.FirstOrDefault(a => a.Start >= te && a.Start < te2 && !a.InTitle && !SetsOutFrom(a)
                                                      && (a.IsPlace || a.Type == EntityType.Country && (a.Start == te || norms[a.Start - 1] is "الي" || toks[a.Start].Norm.StartsWith("ل", StringComparison.Ordinal) && !toks[a.Start].Norm.StartsWith("ال", StringComparison.Ordinal))
                                                          // "يصل إلى البيت الأبيض": a seat of power after إلى is where one goes.
                                                          // ("حل ضيفاً على الكرملين": the seat one is the guest of)
                                                          || a.Type == EntityType.Organization && a.Start > 0 && norms[a.Start - 1] is "الي" or "علي" && a.Id.StartsWith("rasd:presidency:", StringComparison.Ordinal)));
                var subj = actors.Where(a => a.Start >= te && a.Start < te2 && (dest == null || a.Start < dest.Start) && !a.IsPlace && !a.InTitle && !a.Where).ToList();
                // After a noun ("أدى الوزير زيارة إلى العاصمة السورية دمشق") only a genitive right after it is the visitor;
                // other names before the destination qualify it, and the subject before the noun visits.
                // (not past "حيث", where what follows is what happened there: "حيث أقيمت له مراسم استقبال ترأسها الرئيس الإيراني")
                var ledTo = Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("where-clause", norms, k), ce);
                var visitor = LedBy(norms, actors, cs, ledTo) ?? RelativeAntecedent(norms, participants, ts)
                              ?? subj.LastOrDefault(a => a.Type == EntityType.Person)
                              ?? (row.Verb ? subj.FirstOrDefault() : subj.FirstOrDefault(a => a.Start == te) ?? before.LastOrDefault() ?? subj.FirstOrDefault())
                              // "وصل إلى بيروت آتياً من تركيا، حيث زار إزنيق": after حيث, the subject of the clause before
                              ?? (row.Verb && ts > 0 && Cue("where-clause", norms, ts - 1) ? before.FirstOrDefault(a => !a.IsPlace && !a.Where && a.Type is EntityType.Person or EntityType.Organization or EntityType.Group) : null)
                              ?? before.LastOrDefault();
                // Nobody visits his own country: of a pair named before ("وقع بزشكيان ونظيره الروسي بوتين ... خلال زيارة إلى
                // روسيا"), the visitor is the one from elsewhere.
                if (visitor != null && dest != null && !row.Verb && visitor == before.LastOrDefault() && SameCountry(ActorId(visitor), dest.Stands ?? dest.Id)
                    && before.LastOrDefault(a => !a.IsPlace && !SameCountry(ActorId(a), dest.Stands ?? dest.Id)) is { } guest) visitor = guest;
                if (visitor != null) sources.Add(ActorId(visitor));
                if (dest != null)
                {
                    location = dest.Id;
                    var host = dest.Stands ?? dest.Id;
                    // "حطت طائرة ترامب في مطار بن غوريون": one lands at an airport (a port, a crossing) of a country, whose
                    // government hosts the visit.
                    if (dest.Stands == null && IsCueWord("named-place", toks[dest.Start].Norm) && dict?.Get(dest.Id)?.Country is { } dc
                        && (dict.Get("rasd:government:" + dc)?.Id ?? dict.CountryId(dc)) is { } hostState) host = hostState;
                    if (!sources.Contains(host)) targets.Add(host);
                }
                else if (after.FirstOrDefault(a => visitor == null || a.Start > visitor.Start) is { } t) targets.Add(ActorId(t));
                // "الرباط - ... لامي، الذي يقوم بزيارة للمملكة": a visit to no named place, by someone from elsewhere, is to
                // where the dispatch was filed.
                else if (visitor != null && st.Dateline is { Stands: { } home } dl && !SameCountry(ActorId(visitor), home))
                {
                    location = dl.Id;
                    targets.Add(home);
                }
            }
            // "بوساطة قطرية مصرية أمريكية": the mediators are the countries of the adjectives after the noun.
            if (row.Cameo == "045" && !row.Verb && sources.Count == 0 && dict != null)
                for (var k = te; k < Math.Min(ce, te + 4); k++)
                {
                    if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is not { Info.Ids.Count: > 0 } dm || actors.Any(a => a.Start <= k && k < a.End)) break;
                    if (!sources.Contains(dm.Info.Ids[0])) sources.Add(dm.Info.Ids[0]);
                }
            var conjoined = row.Verb && withConjunction;
            var lightAt = Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Where(k => Cue("light", norms, k)).DefaultIfEmpty(-1).Last();
            // "وكان الجيش الإسرائيلي قد شن في وقت سابق اليوم غارة": a time may stand between the light verb and its noun.
            if (lightAt < 0)
                for (var k = ts - 4; k >= Math.Max(cs, ts - 8); k--)
                    if (Cue("light", norms, k))
                    {
                        var lk = k;
                        // ("شن الطيران الحربي الإسرائيلي اليوم الجمعة غارة": or the light verb's subject, a country's forces by their adjective)
                        // ("شنّ الطيران الحربي الإسرائيلي فجر اليوم الجمعة غارة": three words of each)
                        if (Enumerable.Range(lk + 1, ts - lk - 1).All(j => Cue("time-word", norms, j))
                            || !actors.Any(a => a.Start > lk && a.Start < ts) && !toks.Skip(lk + 1).Take(ts - lk - 1).Any(t => t.Kind == TokenKind.Punct)
                               && DemonymIn(norms, actors, lk + 1, ts) != null) lightAt = k;
                        break;
                    }
            var light = lightAt >= 0;
            IReadOnlyList<string>? duringTargets = null;
            // "وأبدى استعداد بلاده": a light verb joined by و with nobody between it and the noun keeps the sentence's subject.
            if (light && toks[lightAt].Norm.Length > 2 && toks[lightAt].Norm[0] is 'و' or 'ف' && IsLight(toks[lightAt].Norm[1..]) && !actors.Any(a => a.Start > lightAt && a.Start < ts)) conjoined = true;
            // "قال ترامب إنه أجرى اتصالاً": a complementizer with a pronoun takes the speaker as subject; "وإنهما اتفقا": the
            // speaker and the other party of what was just reported.
            var pronounSubject = cs > 0 && Cue("complementizer", norms, cs - 1) && norms[cs - 1].Length >= 3 && norms[cs - 1][^1] is 'ه' or 'ا'
                                 && !before.Any() && !(cs < norms.Count && Cue("impersonal", norms, cs)) ? SpeakerActor() : null;
            // "المحادثات التي أجراها اليوم مع روبيو": the noun's relative clause has the speaker as subject.
            if (pronounSubject == null && !row.Verb && te + 1 < norms.Count && Cue("relative", norms, te) && Cue("light", norms, te + 1)) pronounSubject = SpeakerActor() ?? before.LastOrDefault()?.Id;
            // "إن من يضرب إسرائيل سيضرب بقوة": a name after "whoever" and his verb is that verb's object; the speaker threatens.
            if (pronounSubject == null && row.Plover == "THREATEN" && row.Verb && before.LastOrDefault() is { } wo && wo.End == ts && wo.Start >= 2
                && Cue("whoever", norms, wo.Start - 2)) pronounSubject = SpeakerActor();
            if (between < 0 && sources.Count == 0)
            {
                // The subject right after a verb (VSO), allowing a title word between ("استقبل الرئيس السوري أحمد الشرع").
                // ("رحب وزراء خارجية تركيا والسعودية وقطر ...": the ministers of the countries named, as a plural title)
                bool Right(ActorRef a) => a.Start == te || (a.Start == te + 1 && (norms[te].StartsWith("ال", StringComparison.Ordinal) || toks[te].Kind == TokenKind.Punct))
                                          || a.Start > te && a.Start <= te + 6 && a.Type is EntityType.Country or EntityType.Organization
                                             && lex.CueAt("plural-title", norms, te) is var pt and > 0
                                             && Enumerable.Range(te + pt, a.Start - te - pt).All(k => Cue("plural-title", norms, k) || norms[k] is "و" or "،" or "," || TitleWord(norms[k]) || norms[k] is "دولة" or "دول");
                // The subject after a verb may sit behind a title ("واستقبل قائد الإدارة السورية الجديدة أحمد الشرع"): the first person within a few words.
                var namelessSubject = false;
                bool Possessed(int upTo)
                {
                    for (var k = te; k < upTo && k < toks.Count; k++)
                        if (toks[k].Kind == TokenKind.Word && toks[k].Norm is { Length: >= 5 } w && (w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal))) return true;
                    return false;
                }
                ActorRef? VsoSubject()
                {
                    var first = after.FirstOrDefault();
                    if (first == null) return null;
                    // "فيما تتهم الحكومة قوات الدعم السريع": a definite noun naming nobody the document names, right after
                    // the charge, is its subject; the name after it is the one charged
                    if (row.Plover is "ACCUSE" or "THREATEN" && first.Start > te && te < toks.Count && toks[te].Kind == TokenKind.Word
                        && toks[te].Norm.StartsWith("ال", StringComparison.Ordinal) && !actors.Any(a => a.Start <= te && te < a.End)
                        && first.Type != EntityType.Person && (!TitleWord(toks[te].Norm) || first.Start == te + 1))
                    {
                        namelessSubject = true;
                        return null;
                    }
                    // A title and a comma may stand before the name ("استقبل رئيس الجمهورية، السيد عبد المجيد تبون").
                    // (a longer title when it names an organisation: "دعا زعيم تنظيم «بي كا كا» الإرهابي عبد الله أوجلان")
                    var person = after.FirstOrDefault(a => a.Type == EntityType.Person && a.Start <= te + 5
                                                           && (!Blocked(toks, te, a.Start, comma: true) || a.Start > te && TitleWord(toks[te].Norm) && TitleGap(toks, te, a.Start, 5)))
                                 ?? after.FirstOrDefault(a => a.Type == EntityType.Person && a.Start > te + 5 && a.Start <= te + 9 && TitleWord(toks[te].Norm)
                                                              && TitleGap(toks, te, a.Start, 9)
                                                              // (or the person's own office: "رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط")
                                                              && (actors.Any(t => t.InTitle && t.Start > te && t.End <= a.Start) || HoldsTitleAt(a.Id, norms, te)));
                    // "وستستدعي سفيرها لدى الجزائر ستيفان روماتيه": a name after a noun with a possessive pronoun is that
                    // noun's apposition, part of the object, not the subject
                    if (person != null && Possessed(person.Start)) person = null;
                    if (person != null && (first.Type != EntityType.Person || person == first) && !Right(first)) return person;
                    if (person != null && first.Type != EntityType.Person && Right(first) && person.Start <= te + 5 && first.End >= person.Start - 1) return person;
                    return Right(first) ? first : null;
                }
                ActorRef? src = null;
                // ("وكان ترامب قد بعث": the particle قد stands between the subject and its verb)
                var adjacentBefore = before.LastOrDefault() is { } ab && (ab.End == ts || ab.End == ts - 1 && Cue("verb-particle", norms, ts - 1)) ? ab : null;
                var antecedent = row.Verb ? RelativeAntecedent(norms, participants, ts) : null;
                // "بوتين والشرع يجريان ...": coordinated subjects before the verb are the two parties.
                // (titles may stand between: "بوتين والرئيس الأمريكي دونالد ترامب")
                // (not the two named after بين in a clause of their own before it: "المفاوضات بين إيران والولايات المتحدة، كما دعا")
                var coordinated = before.Count >= 2 && Coordinated(toks, before[^2], before[^1])
                                  && !(before[^2].Start > 0 && Cue("between", norms, before[^2].Start - 1) && Blocked(toks, before[^1].End, ts, comma: true));
                var oneSide = false;
                // "ثم انتقل لاريجاني إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري", "زار بغداد، حيث وقع مذكرة": after
                // حيث the verb keeps the subject of the clause before; the name after it is its object ("حيث استقبله X": X's).
                // ("حيث التقى الأب الأقدس أيضاً رئيس مجلس النواب": a name after the verb that the clause before named is its subject)
                var whereSubject = row.Verb && !objectSuffix && ts > 0 && Cue("where-clause", norms, ts - 1)
                                   && !(after.FirstOrDefault() is { } a1 && before.Any(b => b.Id == a1.Id))
                    ? before.FirstOrDefault(a => !a.IsPlace && !a.Where && !a.Dative && a.Type is EntityType.Person or EntityType.Organization or EntityType.Group) : null;
                if (pronounSubject != null) sources.Add(pronounSubject);
                // "وكان عراقجي قد ألقى ... كلمة أمام مجلس حقوق الإنسان التابع للأمم المتحدة، اتهم فيها إسرائيل": a verb "in" the
                // speech a comma closes is the one's who gave it, the sentence's subject, not the last one named.
                else if (row.Verb && te < toks.Count && Cue("speech-in", norms, te) && ts > 0 && norms[ts - 1] is "," or "،"
                         && before.FirstOrDefault(a => !a.Where && !a.IsPlace && !a.InTitle && a.Type is EntityType.Person or EntityType.Organization or EntityType.Country) is { } gave
                         && Enumerable.Range(gave.End, Math.Max(0, ts - gave.End)).Any(k => Cue("medium", norms, k)))
                    sources.Add(ActorId(gave));
                // "لامي للصحفيين: ندعو إيران إلى ...": a verb in the first person is the speaker's; who follows is its object.
                else if (row.Verb && Cue("first-person", norms, ts) && SpeakerActor() is { } we && speaker!.Start < ts) sources.Add(we);
                else if (whereSubject != null) src = whereSubject;
                // "بالرئيس المصري السيسي والرئيس الفرنسي ماكرون، الذي يزور مصر": a singular relative pronoun speaks of the last
                // name only, whatever stands coordinated before it.
                else if (antecedent != null && Cue("relative-singular", norms, ts - 1)) src = antecedent;
                else if (coordinated && (before[^1].End >= ts - 4 || light))
                {
                    sources.Add(ActorId(before[^2]));
                    // "عقد وفد إيراني برئاسة غريب آبادي ومجيد تخت روانجي محادثات مع ...": two of one side talk with a third.
                    // "وأجرى جلالته والرئيسان السيسي وماكرون اتصالا هاتفيا مع الرئيس الأميركي": leaders of several countries
                    // together, when the one they talk with follows "مع" right after the noun.
                    var withNext = Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).FirstOrDefault(k => Cue("with", norms, k), -1) is var wn and >= 0
                                   && after.Any(a => a.Start > wn && a.Start <= wn + 3);
                    oneSide = row.Frame != "visit" && (SameCountry(ActorId(before[^2]), ActorId(before[^1]))
                                                        && after.Any(a => Enumerable.Range(te, Math.Max(0, a.Start - te)).Any(k => Cue("with", norms, k)))
                                                        || withNext);
                    if (row.Frame != "visit" && !oneSide) targets.Add(ActorId(before[^1]));
                    else
                    {
                        sources.Add(ActorId(before[^1]));
                        if (oneSide && before.Count >= 3 && Coordinated(toks, before[^3], before[^2]) && !sources.Contains(ActorId(before[^3]))) sources.Insert(0, ActorId(before[^3]));
                    }
                }
                else if (antecedent != null) src = antecedent;                                              // "الشيباني، الذي يزور روسيا"
                else if (row.Verb && adjacentBefore != null && !conjoined) src = adjacentBefore;                // SVO: "بوتين دعا الشيباني"
                // "وقالت الخارجية ... إنها ترفض الاتهامات، واتهمت السلطات في باماكو بمحاولة ...": a conjoined accusation's one
                // party before the charge (ب...) is the accused; the accuser is the subject of the clause before.
                else if (row.Verb && VsoSubject() is { } a0
                         // ("اعتبرت وزارة الخارجية المصرية في بيان أن ...، واتهمت أديس أبابا بالتعنت": or the one who speaks in it)
                         && !(conjoined && row.Plover == "ACCUSE" && a0.End < toks.Count && toks[a0.End].Kind == TokenKind.Word && norms[a0.End][0] == 'ب'
                              && (lastEvent != null && lastEvent.Span == sent.Span && lastEvent.SourceActors.Count > 0
                                  || SpeakerActor() is { } accusing && accusing != ActorId(a0) && speaker!.Start < ts))
                         // "كتب ترامب على منصته أنه ...، ودعا إسرائيل إلى وقف القصف": the one a conjoined appeal names right
                         // before إلى is the one appealed to; the speaker of the sentence appeals.
                         // (or the last of those joined to it: "ودعا الجيش السوداني وقوات الدعم السريع إلى حماية المدنيين")
                         && !(conjoined && row.Plover == "REQUEST" && a0.Start == te && JoinedEnd(a0) is var je && je < norms.Count && Cue("appeal-to", norms, je)
                              && SpeakerActor() is { } appealing && appealing != ActorId(a0))
                         // ("وأضاف بوتين أن ...، وشكر الرئيس الأمريكي دونالد ترامب على اهتمامه": so is the one thanked for something)
                         && !(conjoined && row.Plover == "SUPPORT" && a0.Start == te && a0.End < norms.Count && Cue("thanked-for", norms, a0.End)
                              && SpeakerActor() is { } thanking && thanking != ActorId(a0))) src = a0; // VSO
                // "وكان الرئيس الروسي في استقبال السلطان": the one who is "in the reception" of a guest hosts him.
                else if (!row.Verb && row.Frame == "host" && !objectSuffix && ts > cs && Cue("receiving", norms, ts - 1)
                         && before.LastOrDefault(a => !a.IsPlace && !a.Where) is { } receiving) src = receiving;
                else if (!row.Verb && after.FirstOrDefault() is { } gp && gp.Start == te && gp.IsPlace && MeetingNoun(row))
                {
                    // "محادثات مسقط", "قمة الرياض": a city after a meeting noun is where it is held, not a party.
                    location = gp.Id;
                    after.Remove(gp);
                }
                // "قال زيلينسكي ... وإن على الولايات المتحدة أن تقنع روسيا": what the speaker says someone must do is his appeal to them.
                // (someone named right after على, then what he must do: "أن على المجتمع الدولي مسؤولية" is no appeal, nor "أنه على إثر")
                else if (row.Frame == "obliged")
                {
                    if (SpeakerActor() is not { } obliging) return null;
                    sources.Add(obliging);
                }
                // genitive: "اتصال بوتين والشرع", "استعداد روسيا"; not one with a preposition ("الشكر للرئيس التركي": to whom)
                // (a noun with a pronoun has its possessor: "لقائه الرئيس الروسي" names whom he met)
                // ("باعتراف كل من المملكة المتحدة وكندا": "each of" may come first)
                else if (!row.Verb && after.FirstOrDefault() is { } g && (g.Start == te || g.Start == te + lex.CueAt("each-of", norms, te) && g.Start > te)
                         && !light && !g.Attached && !objectSuffix && !Cue("patient-genitive", norms, ts)
                         // ("...، داعياً موسكو إلى": after a circumstantial participle comes its object, not its agent)
                         && !AfterCommaParticiple(norms, ts)
                         // ("زيارة الدوحة": the city of a visit is where one goes)
                         && !(row.Frame == "visit" && g.IsPlace && g.Stands != null)) src = g;
                // "أجرى بوتين اتصالاً هاتفياً بنظيره الأمريكي دونالد ترامب، هنأه خلاله بعيد ميلاده": the act done to the one the
                // verb's pronoun stands for during the act just told is by its source, to its target.
                else if (row.Verb && objectSuffix && te < toks.Count && Cue("during-it", norms, te)
                         && lastEvent is { } duringAct && duringAct.Span == sent.Span && duringAct.SourceActors.Count > 0 && duringAct.TargetActors.Count > 0)
                {
                    sources.Add(duringAct.SourceActors[0]);
                    duringTargets = duringAct.TargetActors;
                }
                else if (!row.Verb && objectSuffix && ts > 0 && Cue("during", norms, ts - 1)
                         && st.LastEvent is { } main && main.Span == sent.Span && main.SourceActors.Count > 0) sources.Add(main.SourceActors[0]); // "طلب ... خلال اجتماعه": his, the subject's
                // "سلم وزير الخارجية عباس عراقجي، خلال لقائه الرئيس الروسي": the subject just named, before its verb's object.
                else if (!row.Verb && objectSuffix && ts > 1 && Cue("during", norms, ts - 1) && before.LastOrDefault() is { } db && db.End >= ts - 2 && !db.IsPlace
                         && db.Type is not (EntityType.Location or EntityType.Country)) src = db;
                else if (!row.Verb && objectSuffix && before.LastOrDefault() is { } pb && pb.End >= ts - 1 && !Blocked(toks, pb.End, ts, comma: true)) src = pb; // "أبدت وزارة الدفاع استعدادها"
                // "وأعرب الشرع اليوم عن ترحيبه": the subject of the light verb, a few words from the noun its pronoun points back to.
                else if (!row.Verb && objectSuffix && before.LastOrDefault() is { } lb && lb.End >= ts - 4 && !Blocked(toks, lb.End, ts, comma: true)
                         && Enumerable.Range(cs, Math.Max(0, lb.Start - cs)).Any(k => Cue("light", norms, k) && lb.Start - k <= 4)) src = lb;
                // "قال الشيباني إن سوريا ترفض ...، معرباً عن شكره لتركيا": a noun with its pronoun after a circumstantial
                // participle is the speaker's, not the subject's of the words quoted.
                // ("...، مشيداً بالموقف الروسي": so is the participle's own act)
                else if (!row.Verb && (objectSuffix || toks[ts].Text.EndsWith('ه') || toks[ts].Text.EndsWith("ها", StringComparison.Ordinal) || toks[ts].Text.EndsWith("هم", StringComparison.Ordinal)
                                       || AfterCommaParticiple(norms, ts))
                         && SpeakerActor() is { } circumstantialSpeaker
                         && Enumerable.Range(Math.Max(cs, ts - 3), ts + 1 - Math.Max(cs, ts - 3)).Any(k => AfterCommaParticiple(norms, k)))
                    sources.Add(circumstantialSpeaker);
                // "فرضت الخزانة عقوبات على البرهان، متهمة القوات المسلحة بشن هجمات": a participle after a comma goes on
                // with the act of the clause before it, by its subject (not by the last one named, its object).
                else if (!row.Verb && AfterCommaParticiple(norms, ts)
                         && st.LastEvent is { } mainAct && mainAct.Span == sent.Span && mainAct.Trigger.Start < toks[ts].Span.Start && mainAct.SourceActors.Count > 0)
                    sources.Add(mainAct.SourceActors[0]);
                else if (conjoined || (!row.Verb && objectSuffix)) src = null;                          // "ودعا ...", "استعداده": the subject of the sentence
                // SVO, or the subject of a light verb; an attack noun is not committed by the subject of some other verb
                // ("كشفت الشرطة البريطانية هوية منفذي اعتداءات لندن"), only of one that carries it out ("شنت إسرائيل هجوماً").
                else if (before.LastOrDefault() is { } b0 && (row.Verb || light || row.Plover != "ASSAULT"
                                                               || Enumerable.Range(cs, Math.Max(0, b0.Start - cs)).Any(k => Cue("light", norms, k)))) src = b0;
                if (sources.Count > 0) { }
                else if (src != null)
                {
                    sources.Add(ActorId(src));
                    // "وأعلن الأردن وسوريا والولايات المتحدة، في ختام المباحثات، التوصل إلى خريطة طريق": speakers joined by و
                    // who announce what they agree are its sides, the first of them its source (not the mediators a clause
                    // names: "الوساطة التي قامت بها دولة قطر وجمهورية مصر ... في التوصل إلى اتفاق").
                    if (row.Plover == "AGREE" && src.End <= ts && participants.IndexOf(src) is var sk and > 0)
                    {
                        var first = sk;
                        while (first > 0 && participants[first - 1].Start >= cs && Coordinated(toks, participants[first - 1], participants[first])) first--;
                        if (first < sk && frames.Any(f => f.Kind is FrameKind.Statement or FrameKind.Verb && f.Start < participants[first].Start && participants[first].Start <= f.End))
                        {
                            sources.Clear();
                            sources.Add(ActorId(participants[first]));
                            for (var k = first + 1; k <= sk; k++)
                                if (!SameSide(ActorId(participants[k]), sources[0])) targets.Add(ActorId(participants[k]));
                        }
                    }
                    // "أدانت السعودية وقطر": both condemn; "وقع الشرع وعبدي اتفاقاً": the two sides of what they signed.
                    if (row.Plover != "CONSULT" && src.Start >= te)
                        for (var k = after.IndexOf(src); k >= 0 && k + 1 < after.Count && Coordinated(toks, after[k], after[k + 1]); k++)
                            (row.Plover == "AGREE" && !SameSide(ActorId(after[k + 1]), ActorId(src)) ? targets : sources).Add(ActorId(after[k + 1]));
                }
                // A reporting verb with its own subject after the sentence's last event ("وبعد اللقاء، تحدث باراك إلى
                // الصحافيين، فأعرب عن رضاه") gives the conjoined verb its subject.
                else if ((conjoined || (!row.Verb && objectSuffix))
                         && (lastEvent != null && lastEvent.Span == sent.Span && lastEvent.SourceActors.Count > 0
                             && !(SpeakerActor() != null && frames.Contains(speaker!) && toks[speaker!.Start].Span.Start > lastEvent.Trigger.Start)
                             // "وقال أردوغان إن الهجوم على قطر استهدف جهود الوساطة ...، ودعا": an act of speech after the words
                             // quoted is the speaker's, unless what was quoted is someone's act of speech ("إن بوتين أكد ... ودعا").
                             && !(SpeechAct(row.Cameo) && !SpeechAct(lastEvent.Cameo) && SpeakerActor() != null && toks[speaker!.Start].Span.Start < lastEvent.Trigger.Start)
                             ? lastEvent.SourceActors[0]
                             : SpeakerActor() ?? lastEvent?.SourceActors.FirstOrDefault()
                               // "بعد أن دخلت ميليشيا الدعم السريع مدينة الفاشر واقتحمت مقر الفرقة": the subject of the verb before,
                               // its first actor, not its object ("وكان ترامب قد أمهل حماس ... وتوعد")
                               ?? (conjoined && before.FirstOrDefault(a => !a.IsPlace && a.Type is not (EntityType.Location or EntityType.Country) && !a.Where && !a.Dative) is { } pv ? ActorId(pv) : null)
                               // "الملك محمد السادس يجدد ... تجاه الجزائر، ويعبر عن استعداده": the one person the sentence names
                               // before it, at its head, in the first sentence of a post or an item with an event (not a host: "عقب استقباله" is
                               // the guest's)
                               ?? (lastEvent == null && row.Frame != "host" && participants.Where(a => a.Type == EntityType.Person && a.Start >= 0 && a.End <= ts && !a.Where && !a.Dative && !a.Attached)
                                       .ToList() is [var onlyPerson, ..] rest && onlyPerson.Start <= 5 && rest.All(a => a.Id == onlyPerson.Id) ? ActorId(onlyPerson) : null)) is { } carried)
                    sources.Add(carried);
                if (pronounSubject != null && cs > 0 && norms[cs - 1].EndsWith("هما", StringComparison.Ordinal) && lastEvent != null && lastEvent.Span == sent.Span)
                    targets.AddRange(lastEvent.SourceActors.Concat(lastEvent.TargetActors).Where(x => !sources.Contains(x)).Take(1));
                else if (row.Verb && row.Frame == "host" && objectSuffix && lastEvent != null)
                    targets.AddRange(lastEvent.SourceActors.Where(x => !sources.Contains(x)));   // "واستقبله": the one just named
                else if (coordinated && pronounSubject == null && !oneSide) { }
                else
                {
                    // After a subject that follows the verb, the object comes after the subject; the leader of a
                    // delegation is the guest ("استقبل الشرع وفداً روسياً برئاسة بوغدانوف").
                    var srcRef = src;
                    bool Free(ActorRef a) => a != srcRef && (srcRef == null || srcRef.Start < ts || a.Start >= srcRef.End) && !sources.Contains(ActorId(a));
                    // The guest one hosts is a person where one is named ("استقبل تبون وزير الخارجية للجمهورية الفرنسية،
                    // السيد جان-نويل بارو": the country qualifies his title).
                    var tgt = (row.Frame == "host" ? LedBy(norms, actors, te, te2) : null)
                              ?? (row.Frame == "host" && after.FirstOrDefault(Free) is { Type: EntityType.Country or EntityType.Location } first0
                                  && after.FirstOrDefault(a => Free(a) && a.Type == EntityType.Person && a.Start > first0.Start && a.Start - first0.End <= 5) is { } guest ? guest : null)
                              ?? after.FirstOrDefault(Free);
                    if (tgt != null)
                    {
                        targets.Add(ActorId(tgt));
                        // "استقبل عون رئيس مجلس النواب نبيه بري والرئيس المكلف نواف سلام": both guests.
                        for (var k = after.IndexOf(tgt); k >= 0 && k + 1 < after.Count && Coordinated(toks, after[k], after[k + 1]); k++)
                            if (!sources.Contains(ActorId(after[k + 1]))) targets.Add(ActorId(after[k + 1]));
                    }
                }
                // "أدلى بارو بتصريحه عقب استقباله من قبل الرئيس الجزائري": a reception in the passive; its agent hosts
                // the one its pronoun points back to, the clause's subject.
                if (row.Frame == "host" && !row.Verb && objectSuffix && AgentBy(norms, participants, te, Math.Min(ce, te + 2)) is { } passiveHost)
                {
                    var guest = before.LastOrDefault(a => ActorId(a) != passiveHost && !a.IsPlace) is { } bg ? ActorId(bg)
                        : lastEvent?.SourceActors.FirstOrDefault(x => x != passiveHost);
                    sources.Clear(); sources.Add(passiveHost);
                    targets.Clear();
                    passiveReception = true;
                    if (guest != null) targets.Add(guest);
                }
                // "سلم عراقجي، خلال لقائه بوتين، رسالة خطية من خامنئي", "الذي سلمه رسالة من المرشد": a letter carried by a
                // messenger is its sender's, to the other party of the meeting the sentence reports.
                // "ويسلم عراقجي رسالة ترامب الموجهة إلى المرشد": so is a letter whose sender's name follows it.
                if (row.Type == "message" && !row.Verb
                    && (Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).FirstOrDefault(k => norms[k] == "من", -1) is var mk and >= 0
                        // (the sender's titles may come first: "من قائد الثورة الإسلامية آية الله السيد علي خامنئي")
                        && participants.FirstOrDefault(a => a.Start > mk && a.Start <= mk + 7 && !a.IsPlace) is { } from
                        && !toks.Skip(mk + 1).Take(from.Start - mk - 1).Any(t => t.Kind == TokenKind.Punct) ? from
                        // (past his title: "رسالة السلطان هيثم بن طارق")
                        // (a genitive, with no preposition: "رسالة للسلطات" is to them)
                        : !objectSuffix ? participants.FirstOrDefault(a => !a.IsPlace && !a.Attached && (a.Start == te || a.Type == EntityType.Person && a.Start > te && a.Start <= te + 2
                                                                                && Enumerable.Range(te, a.Start - te).All(k => toks[k].Kind != TokenKind.Punct && norms[k].StartsWith("ال", StringComparison.Ordinal))))
                        : null) is { } sender)
                {
                    var senderId = ActorId(sender);
                    // ("الموجهة إلى المرشد علي خامنئي": whom it is addressed to)
                    var receiver = participants.FirstOrDefault(a => a.Start > sender.End && a.Start <= sender.End + 5 && a.End <= ce && !SameSide(ActorId(a), senderId)
                                                                    && Enumerable.Range(sender.End, a.Start - sender.End).Any(k => norms[k] == "الي"))
                                       is { } addressee ? ActorId(addressee) : null;
                    receiver ??= targets.FirstOrDefault(t => t != senderId && !SameSide(t, senderId) && after.Any(a => ActorId(a) == t && a.Start > sender.End))
                        ?? (lastEvent is { Plover: "CONSULT" } met0 && met0.Span == sent.Span && !SentenceBackground(norms)
                            ? met0.SourceActors.Concat(met0.TargetActors).FirstOrDefault(x => x != senderId && !SameCountry(x, senderId)) : null);
                    if (receiver != null && !sources.Contains(senderId) || sources.Count == 0)
                    {
                        sources.Clear(); sources.Add(senderId);
                        targets.Clear();
                        if (receiver != null) targets.Add(receiver);
                    }
                }
                // "واستقبل ترامب ضيفه الروسي": the guest of that country, by name when the item has named him.
                if (row.Frame == "host" && targets.Count == 0
                    && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).FirstOrDefault(k => Cue("guest", norms, k), -1) is var gk and >= 0
                    && DemonymIn(norms, actors, gk + 1, gk + 2) is { } guestCountry)
                {
                    var named = st.Events.SelectMany(e => e.SourceActors.Concat(e.TargetActors)).LastOrDefault(a => dict?.Get(a) is { Type: EntityType.Person } p && dict.CountryId(p.Country ?? "") == guestCountry);
                    targets.Add(named ?? guestCountry);
                }
                // "استقبل الشرع الوفد الروسي": an unnamed guest is the visitor just reported.
                if (row.Frame == "host" && targets.Count == 0 && st.Events.LastOrDefault(e => e.Cameo == "042") is { } visit) targets.AddRange(visit.SourceActors.Where(x => !sources.Contains(x)));
                // "واستقبل سيد بعبدا ضيفيه": the guests are the others of the meeting just reported.
                if (row.Frame == "host" && targets.Count == 0 && objectSuffix && sources.Count > 0
                    && st.Events.LastOrDefault(e => e.Cameo is "043" or "044" or "040") is { } met && met.SourceActors.Concat(met.TargetActors).Any(x => sources.Any(y => SameSide(x, y))))
                    targets.AddRange(met.SourceActors.Concat(met.TargetActors).Where(x => !sources.Any(y => SameSide(x, y))));
                // "أجرى الوفد محادثات مع الشرع": the delegation is the visitor just reported.
                if (sources.Count == 0 && Enumerable.Range(Math.Max(cs, ts - 3), Math.Min(norms.Count, te + 2) - Math.Max(cs, ts - 3)).Any(k => Cue("delegation", norms, k))
                    && st.Events.LastOrDefault(e => e.Cameo is "042" or "043") is { } v)
                    sources.AddRange(v.Cameo == "042" ? v.SourceActors : v.TargetActors);
                // "أعلن عراقجي أن المحادثات مع ويتكوف جرت ...": talks with someone that name no other side are the speaker's.
                if (sources.Count == 0 && targets.Count == 1 && !row.Verb && MeetingNoun(row) && SpeakerActor() is { } withSp && !SameSide(withSp, targets[0])
                    && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 4) - te)).FirstOrDefault(k => Cue("with", norms, k), -1) is var mu && mu >= 0
                    && after.FirstOrDefault(a => ActorId(a) == targets[0]) is { } withT && withT.Start > mu && withT.Start <= mu + 4)
                    sources.Add(withSp);
                // "ونفى حزب الله أن يكون قد أطلق الصواريخ": who denies, denies an act of his own.
                if (sources.Count == 0 && Enumerable.Range(0, ts).LastOrDefault(k => Cue("denial", norms, k), -1) is var dk and >= 0
                    && participants.FirstOrDefault(a => a.Start > dk && a.Start <= dk + 2 && a.End <= ts) is { } denier
                    && Enumerable.Range(denier.End, Math.Max(0, ts - denier.End)).Any(k => Cue("complementizer", norms, k))
                    && !actors.Any(a => a.Start >= denier.End && a.Start < ts))
                    sources.Add(ActorId(denier));
                // The speaker of the sentence acts when the clause names nobody ("وأن بلاده مستعدة ...").
                // An attack only when it is what the verb itself announces ("أعلن الجيش استعادة السيطرة على القصر").
                if (sources.Count == 0 && !light && row.Plover != "CONSULT" && !namelessSubject && SpeakerActor() is { } sp
                    && (row.Plover != "ASSAULT" || speaker is { Kind: FrameKind.Statement } spf && spf.End <= ts && ts - spf.End <= 3
                                                  && !Enumerable.Range(spf.Start + 1, Math.Max(0, ts - spf.Start - 1)).Any(k => Cue("complementizer", norms, k))))
                    sources.Add(sp);
            }
            // "أنه سيتوجه إلى واشنطن يوم الاثنين للقاء الرئيس ترامب": a meeting the visit is for is the visitor's, with whom
            // the noun names.
            if (!row.Verb && row.Plover == "CONSULT" && c.Proclitic == "ل" && _sentenceFound.LastOrDefault() is { Cameo: "042", SourceActors.Count: > 0 } trip
                && after.FirstOrDefault(a => a.Start >= te && a.Start <= te + 2 && Enumerable.Range(te, a.Start - te).All(k => TitleWord(norms[k])) && !trip.SourceActors.Any(x => SameSide(x, ActorId(a)))) is { } metWith)
            {
                sources.Clear(); sources.AddRange(trip.SourceActors);
                targets.Clear(); targets.Add(ActorId(metWith));
            }
            // "وشهد الاجتماع توقيع مذكرة تفاهم بين وزارتي الدفاع في البلدين": the two sides are those of the meeting reported.
            if (twoSides && row.Plover == "AGREE" && sources.Count == 0 && targets.Count == 0
                && st.Events.Concat(_sentenceFound).LastOrDefault(e => e.SourceActors.Count > 0 && e.TargetActors.Count > 0 && e.Plover is "CONSULT" or "AGREE") is { } pair)
            {
                sources.Add(pair.SourceActors[0]);
                targets.Add(pair.TargetActors[0]);
            }
            targets.RemoveAll(sources.Contains);
            // "إن التحذيرات في دمشق انتهت، والآن ستأتي الضربات": the state threatened is named in the threat's own words, where
            // it is only a place (Damascus for its government) as often as a party.
            // "إن إسرائيل تحركت ضد الحوثيين ... وستتحرك ضدهم": "against them" points back to the last other party named.
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).Any(k => Cue("against-pronoun", norms, k))
                && participants.LastOrDefault(a => a.End <= ts && a.Start >= cs && !sources.Any(x => SameSide(x, ActorId(a)))) is { } against)
                targets.Add(ActorId(against));
            // "ودعا بارو السلطات الجزائرية إلى التراجع عن قرارها، محذراً من أن باريس لن يكون أمامها من خيار سوى الرد": the one
            // warned is the one just addressed.
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0 && lastEvent is { } addressed && addressed.Span == sent.Span
                && addressed.TargetActors.Count > 0 && !addressed.TargetActors.Any(t => sources.Any(x => SameSide(x, t))))
                targets.AddRange(addressed.TargetActors);
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0)
                foreach (var a in actors)
                {
                    // From the speaker's words on: a quotation may hold several clauses ("... انتهت، والآن ستأتي ...").
                    if (a.Start < (speakerFrame is { Kind: FrameKind.Statement } sf && sf.End <= ts ? sf.End : cs) || a.End > ce || a.Start >= ts && a.Start < te || a.IsPlace && a.Stands == null
                        || !a.IsPlace && a.Type != EntityType.Country) continue;
                    var id = ActorId(a);
                    if (sources.Any(x => x == id || SameSide(x, id))) continue;
                    targets.Add(id);
                    break;
                }
            // "خلال الاتصال": a reference to the consultation just reported, with its parties.
            var during = CueBefore("during", 2);
            // (a country, or its government by its capital: "الهجوم الإسرائيلي على الدوحة" after the strike on Hamas leaders in Doha)
            bool Within(EventMention prior) => sources.Concat(targets).All(a => prior.SourceActors.Concat(prior.TargetActors).Any(b => SameSide(a, b)) || dict?.Get(a)?.Type == EntityType.Country
                                                                               || a.StartsWith("rasd:government:", StringComparison.Ordinal));
            // (a meeting is not the letter delivered at it: "خلال لقائه" after "يسلم رسالة")
            if (during && lastConsult != null && row.Plover == "CONSULT" && !row.Verb && EventFamilies.Compatible(lastConsult.Cameo, row.Cameo) && Within(lastConsult)
                && (lastConsult.Type != "message" || row.Type == "message"))
                referred = lastConsult;
            // "اتفق الطرفان", "بين القائدين", "وجرى تبادل للآراء": the two parties of the consultation just reported.
            // ("أن الرئيسين أكدا "التزام جميع الأطراف بوقف ..."": or the subject of the verb of saying the noun is the object of)
            // ("إن البلدين اتفقا كذلك على أن يبدآ محادثات": or the pair is the subject that opens the clause)
            // (the clause may be the pair's own, "إن البلدين اتفقا", and the noun's the one after it, "على أن يبدآ محادثات")
            var pairSubject = !row.Verb && row.Plover == "CONSULT" && sources.Count + targets.Count == 0
                              && Enumerable.Range(Math.Max(0, ts - 8), Math.Min(8, ts)).Any(k => Cue("complementizer", norms, k) && k + 1 < ts && Cue("pair", norms, k + 1)
                                                                                      && !actors.Any(a => a.Start > k + 1 && a.Start < ts));
            var pairCue = pairSubject || Enumerable.Range(Math.Max(cs, ts - 2), Math.Min(ce, te + 3) - Math.Max(cs, ts - 2)).Any(k => Cue("pair", norms, k))
                          || !row.Verb && frames.FirstOrDefault(f => f.Kind is FrameKind.Verb or FrameKind.Statement && f.End <= ts && f.End >= ts - 2
                                                                     && Enumerable.Range(f.End, ts - f.End).All(j => toks[j].Norm is "\"" or "'")) is { } saidFrame
                             && saidFrame.Start > cs && Cue("pair", norms, saidFrame.Start - 1);
            // "وتوجه ترامب إلى شرم الشيخ، حيث ترأس مع الرئيس المصري السيسي قمة السلام، ووقع الرئيسان": the pair is the two
            // people the sentence has named, before the consultation reported earlier.
            var pairOfSentence = pairCue && !SpeechAct(row.Cameo)
                                 && Enumerable.Range(Math.Max(cs, ts - 2), Math.Min(ce, te + 3) - Math.Max(cs, ts - 2)).Any(k => Cue("dual-leaders", norms, k))
                ? participants.Where(a => a.Type == EntityType.Person && a.End <= ts).Select(a => ActorId(a)).Distinct().ToList() : null;
            if (referred == null && pairOfSentence is { Count: 2 })
            {
                sources.Clear();
                targets.Clear();
                sources.Add(pairOfSentence[0]);
                targets.Add(pairOfSentence[1]);
            }
            else if (referred == null && lastConsult == null && pairSubject && sources.Count + targets.Count == 0
                     && st.Events.LastOrDefault(e => e.SourceActors.Count > 0 && e.TargetActors.Count > 0 && !e.Background && e.Modality == Model.Modality.Asserted) is { } sides)
            {
                // "the two countries" with no consultation reported: the two sides of the item's last act between two.
                sources.AddRange(sides.SourceActors);
                targets.AddRange(sides.TargetActors.Where(t => !sources.Contains(t)));
            }
            else if (referred == null && lastConsult != null && (pairCue || sources.Count == 0 && light))
            {
                // "بوساطة قطرية ... وأن الوفدين سيلتقيان": the two sides are those mediated between, not a mediator and one of them.
                var pairOf = lastConsult.Cameo == "045"
                    ? st.Events.Concat(_sentenceFound).LastOrDefault(e => e.Plover == "CONSULT" && e.Cameo != "045" && e.SourceActors.Count > 0 && e.SourceActors.Count + e.TargetActors.Count >= 2 && !e.Background) ?? lastConsult
                    : lastConsult;
                sources.Clear();
                if (SpeechAct(row.Cameo))
                {
                    // "طالب القادة الثلاثة بالعودة إلى وقف إطلاق النار": all who met say it together, to whoever else it names.
                    sources.AddRange(pairOf.SourceActors.Concat(pairOf.TargetActors).Distinct());
                    targets.RemoveAll(sources.Contains);
                }
                else
                {
                    targets.Clear();
                    sources.AddRange(pairOf.SourceActors);
                    // (not the place a visit was to: "حطت طائرة ترامب في مطار بن غوريون ... ووقع الرئيسان")
                    targets.AddRange(pairOf.TargetActors.Where(t => dict?.Get(t) is not { Type: EntityType.Location, StandsFor: null }));
                }
            }
            // "المكالمة", "الاتصال", "اللقاء", "الهجوم", "حضر الاجتماع": a definite noun naming nobody new is the event just
            // reported of that kind.
            // (the article may be part of the listed form: "اللقاء")
            var definite = !row.Verb && (c.Proclitic.Contains("ال", StringComparison.Ordinal) || objectSuffix
                                         || row.Plover == "CONSULT" && (toks[ts].Norm.StartsWith("ال", StringComparison.Ordinal)
                                             || toks[ts].Norm.Length > 3 && toks[ts].Norm[0] is 'و' or 'ف' && toks[ts].Norm.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)));
            var attend = CueBefore("attend", 3);
            var circumstance = CueBefore("circumstance", 2);
            if (circumstance && prior0() is { } p0 && sources.Count + targets.Count == 0 && !OnAnotherDay(p0)) referred = p0;
            // "حضر جلسة المباحثات" after a mediation in passing: the talks, not the mediation.
            EventMention? prior0() => st.Events.LastOrDefault(e => EventFamilies.Compatible(e.Cameo, row.Cameo) && e.SourceActors.Count + e.TargetActors.Count > 0 && e.Modality == Model.Modality.Asserted
                                                                   && (row.Cameo == "045" || e.Cameo != "045") && (e.Type != "message" || row.Type == "message"))
                                       ?? st.Events.LastOrDefault(e => EventFamilies.Compatible(e.Cameo, row.Cameo) && e.SourceActors.Count + e.TargetActors.Count > 0 && e.Modality == Model.Modality.Asserted
                                                                      && (e.Type != "message" || row.Type == "message"));
            // (not talks still to be held: "أن الجولة الثانية من المحادثات ستعقد غداً" after the visit just reported)
            if (referred == null && (definite || attend) && row.Plover is "CONSULT" or "ASSAULT" && !(row.Plover == "CONSULT" && HeldAhead(norms, te, ce))
                && prior0() is { } prior
                && (attend || ts == _accusedObject || Within(prior)) && !WithAnother(prior) && !ElsewhereThan(prior) && !OnAnotherDay(prior) && !ByAnother(prior))
                referred = prior;
            // "منذ الهجوم الذي أودى بحياة 26 شخصاً ... يوم 22 أبريل الماضي" after the strikes of 7 May: an attack its own clause dates
            // to an earlier day is another, earlier attack (the time before the next trigger is its own).
            // "وأدانت قطر الهجوم الإيراني" after the American strikes: an attack its adjective gives to another country is another.
            bool ByAnother(EventMention prior) =>
                row.Plover == "ASSAULT" && DemonymAfter(norms, te, 2) is { } by
                && prior.SourceActors.Count > 0 && !prior.SourceActors.Any(x => SameCountry(x, by));
            bool OnAnotherDay(EventMention prior)
            {
                if (row.Plover != "ASSAULT" || prior.Date.AsDate is not { } priorDay) return false;
                var from = toks[ts].Span.Start;
                var next = cands.Where(d => d.At > ts).Select(d => toks[d.At].Span.Start).DefaultIfEmpty(sent.Span.End).Min();
                // (not the time of what it came after: "وجاء اللقاء غداة إعلان ترامب، أمس الثلاثاء")
                return TimesIn(sent.Span).Any(t => t.Span.Start > from && t.Span.Start < next && t.Type == TimeType.Date && t.Value.AsDate is { } day && day < priorDay
                                                   && !Enumerable.Range(te, Math.Max(0, toks.Count - te)).TakeWhile(k => toks[k].Span.Start < t.Span.Start)
                                                          .Any(k => Cue("circumstance", norms, k) || Cue("eve-or-morrow", norms, k)));
            }
            // "ويرى متابعون أن مقتل الككلي قد يعيد رسم خريطة النفوذ": a killing the item reported, named again by its victim.
            if (referred == null && row.Cameo == "186" && !row.Verb
                && st.Events.LastOrDefault(e => e.Cameo == "186" && e.TargetActors.Any(t => sources.Contains(t) || targets.Contains(t))) is { } killing)
                referred = killing;
            // "الزيارة التي سيؤديها ماكرون إلى الجزائر" after his visit to Morocco: a visit to another country is another visit.
            bool ElsewhereThan(EventMention prior) =>
                row.Frame == "visit" && targets.Any(t => dict?.Get(t)?.Type == EntityType.Country
                                                         && !prior.SourceActors.Concat(prior.TargetActors).Append(prior.Location ?? "").Any(b => b.Length > 0 && SameCountry(t, b)));
            // "المحادثات غير المباشرة مع الولايات المتحدة" (or "بين إيران والولايات المتحدة") after a visit to Putin: talks
            // with a party of neither side are others.
            // (after بين, either of the two: "بين إيران والولايات المتحدة" after the Iranian minister's visit to Cairo)
            bool WithAnother(EventMention prior) =>
                Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 4) - te)).FirstOrDefault(k => Cue("with", norms, k) || Cue("between", norms, k), -1) is var wk and >= 0
                && after.Where(a => a.Start > wk && a.Start <= wk + (Cue("between", norms, wk) ? 5 : 2)).Take(2)
                       .Any(withWhom => !prior.SourceActors.Concat(prior.TargetActors).Any(b => SameSide(ActorId(withWhom), b) || dict?.Get(b) is { Country: { } bc } && dict.CountryId(bc) == ActorId(withWhom)));
            // "وقال عبدي إن الاتفاق يمثل فرصة": "the agreement" after one was signed in the item is that agreement.
            if (referred == null && !row.Verb && row.Cameo == "030" && (definite || toks[ts].Norm.StartsWith("ال", StringComparison.Ordinal))
                && st.Events.LastOrDefault(e => e.Cameo is "057" or "0871" && e.Modality == Model.Modality.Asserted && e.SourceActors.Count > 0 && Within(e)) is { } signed)
                referred = signed;
            // "على أن تستضيف مسقط الجولة الثالثة": a round of talks a state hosts is the talks' parties' (named after بين, or
            // those of the talks the item last reported that the host was no party to); the host is where it is held.
            if (row.Frame == "host-round" && referred == null)
            {
                var hostRef = between >= 0 ? participants.FirstOrDefault(a => a.Start >= cs && a.Start < between && !sources.Contains(ActorId(a)) && !targets.Contains(ActorId(a)))
                                           : null;
                // ("الجولة الثالثة من المحادثات غير المباشرة بين الجانبين الإيراني والأمريكي": بين further on)
                var farBetween = between >= 0 ? -1 : Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 15) - te)).FirstOrDefault(k => Cue("between", norms, k), -1);
                var roundParties = farBetween < 0 ? new List<string>()
                    : participants.Where(a => a.Start > farBetween && a.Start <= farBetween + 6 && !a.IsPlace).Select(a => ActorId(a)).Distinct().Take(2).ToList();
                if (between < 0)
                {
                    var hostId = sources.FirstOrDefault();
                    hostRef ??= participants.FirstOrDefault(a => a.Start >= cs && a.Start < ce && ActorId(a) == hostId);
                    sources.Clear();
                    targets.Clear();
                    if (roundParties.Count == 2)
                    {
                        sources.Add(roundParties[0]);
                        targets.Add(roundParties[1]);
                    }
                    else if (st.Events.LastOrDefault(e => e.Plover == "CONSULT" && e.ItemId == item.Id && e.SourceActors.Count > 0 && e.TargetActors.Count > 0
                                                     && (hostId == null || !e.SourceActors.Concat(e.TargetActors).Any(x => SameSide(x, hostId)))) is { } talks)
                    {
                        sources.AddRange(talks.SourceActors);
                        targets.AddRange(talks.TargetActors);
                    }
                }
                if (hostRef != null) location = hostRef.Id;
            }
            // "إعادة فرض عقوبات الأمم المتحدة على إيران": the genitive (or the demonym) of the sanctions imposes them, on whom
            // على names; the speaker of the sentence is neither.
            if (row.Frame == "sanctions" && referred == null
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).FirstOrDefault(k => Cue("sanctions-word", norms, k), -1) is var sw and >= 0)
            {
                var imposer = participants.FirstOrDefault(a => a.Start == sw + 1 && !a.IsPlace);
                var on = Enumerable.Range(sw + 1, Math.Max(0, Math.Min(ce, sw + 8) - sw - 1)).FirstOrDefault(k => Cue("sanctioned", norms, k), -1);
                var sanctioned = on < 0 ? null : participants.FirstOrDefault(a => a.Start == on + 1);
                if (imposer != null || sanctioned != null)
                {
                    sources.Clear();
                    targets.Clear();
                    if (imposer != null) sources.Add(ActorId(imposer));
                    if (sanctioned != null && (imposer == null || ActorId(sanctioned) != ActorId(imposer))) targets.Add(ActorId(sanctioned));
                }
            }
            // "اعترفت فرنسا ... بدولة فلسطين", "الاعتراف الفرنسي", "إعلان المملكة المتحدة وكندا وأستراليا ... اعترافها بدولة
            // فلسطين": the state recognised follows ب; who recognises is the noun's adjective, or every state named before it.
            if (row.Cameo == "054" && referred == null
                && EventLexicon.ContextAt(row, norms, te, c.Window) is { Count: > 0 } recognisedAt
                && actors.FirstOrDefault(a => a.Start == recognisedAt[0]) is { } recognised)
            {
                var state = ActorId(recognised);
                var by = !row.Verb && te < norms.Count && DemonymIn(norms, actors, te, te + 1) is { } adj ? new List<string> { adj }
                    : objectSuffix ? participants.Where(a => a.Start >= cs && a.End <= ts && a.Type == EntityType.Country && ActorId(a) != state).Select(a => ActorId(a)).Distinct().ToList()
                    : sources.Where(x => x != state).ToList();
                if (by.Count > 0)
                {
                    sources.Clear();
                    sources.AddRange(by);
                }
                targets.Clear();
                targets.Add(state);
            }
            var (type, cameo, mode) = (row.Type, row.Cameo, row.Mode);
            // "استهدفت مسيّرات ... مواقع", "مسيّرات ضربت": force by drones or aircraft is an aerial attack (195)
            if (cameo == "190" && !Cue("downing", norms, ts) && Enumerable.Range(Math.Max(cs, ts - 2), Math.Max(0, Math.Min(ce, te + 2) - Math.Max(cs, ts - 2))).Any(k => Cue("aerial-means", norms, k)))
                (cameo, mode) = ("195", "aerial");
            if (referred != null)
            {
                // What this mention adds to an event reported without its target ("الهجمات الإسرائيلية على العاصمة السورية
                // دمشق" after the headline's "الهجمات الإسرائيلية") is kept.
                var ownTargets = targets.Where(t => after.Any(a => ActorId(a) == t)).ToList();
                sources.Clear(); targets.Clear();
                sources.AddRange(referred.SourceActors);
                targets.AddRange(referred.TargetActors);
                if (targets.Count == 0 && referred.Plover == "ASSAULT" && ts == _accusedObject) targets.AddRange(ownTargets.Where(t => !sources.Any(x => SameSide(x, t))));
                (type, cameo, mode) = (referred.Type, referred.Cameo, referred.PloverMode);
                // ("ضربنا هدفا" then "الغارة": the strike referred to was from the air)
                if (referred.Cameo == "190" && row.Cameo == "195") (type, cameo, mode) = (row.Type, row.Cameo, row.Mode);
                location = referred.Location;
                background = true;
            }
            // "أدانت الخارجية السورية الغارات": the accused is who carried out the attack named as the object.
            if (row.Plover == "ACCUSE" && referred == null)
            {
                // The attack may follow the subject and its frame ("وأدان المكتب السياسي لأنصار الله، في بيان، العدوان الأمريكي").
                var objFrom = after.FirstOrDefault(a => a.Start >= te && a.Start <= te + 3 && sources.Contains(ActorId(a))) is { } subj ? subj.End : te;
                // (an act of force, or of coercion: "تدين بشدة اعتراض إسرائيل لسفن الأسطول")
                var obj = cands.FirstOrDefault(d => d.At >= te && d.At <= objFrom + (objFrom > te ? 5 : 3) && d.At < ce && (EventFamilies.Of(d.Row.Cameo) == "force" || d.Row.Plover == "COERCE"));
                var objEnd = obj.Row != null ? obj.At + obj.Length : te;
                var accused = DemonymIn(norms, actors, objEnd, Math.Min(ce, objEnd + 8)) ?? AgentBy(norms, participants, objEnd, ce)
                              // ("اعتراض إسرائيل لسفن الأسطول": the agent in the genitive of the act's noun)
                              ?? (obj.Row is { Verb: false, Plover: "COERCE" } && participants.FirstOrDefault(a => a.Start == objEnd && !a.Attached && !a.IsPlace) is { } gen ? ActorId(gen) : null)
                              ?? (obj.Row != null ? st.Events.LastOrDefault(e => EventFamilies.Of(e.Cameo) == "force" && !e.SourceActors.Any(a => sources.Any(b => SameSide(a, b))))?.SourceActors.FirstOrDefault() : null);
                if (obj.Row != null) _accusedObject = obj.At;
                if (accused != null && !sources.Contains(accused)) { targets.Clear(); targets.Add(accused); }
            }
            // "طالبت 12 موظفا بالسفارة الفرنسية بمغادرة التراب الجزائري": diplomats expelled belong to the state their
            // mission's adjective names, not to the one expelling them.
            if (row.Plover == "REDUCE" && referred == null && (targets.Count == 0 || targets.All(t => sources.Any(x => SameSide(x, t))))
                // (the mission by its name first: "موظفا في السفارة الفرنسية")
                && ((actors.FirstOrDefault(a => a.Id.StartsWith("rasd:embassy:", StringComparison.Ordinal) && a.Start >= te && a.Start < Math.Min(ce, te + 10)) is { } mission
                     && dict?.Get(mission.Id)?.Country is { } missionCountry ? dict.CountryId(missionCountry) : null)
                    ?? DemonymIn(norms, actors, te, Math.Min(ce, te + 10))) is { } served
                && !sources.Any(x => SameSide(x, served)))
            { targets.Clear(); targets.Add(served); }
            // ("طلبت من جميع أعضاء البعثة الدبلوماسية الإيرانية مغادرة البلاد": relations are cut with the state, not its mission)
            if (row.Plover == "REDUCE" && dict != null)
                for (var k = 0; k < targets.Count; k++)
                    if (targets[k].StartsWith("rasd:embassy:", StringComparison.Ordinal) && dict.Get(targets[k])?.Country is { } tc && dict.CountryId(tc) is { } state)
                        targets[k] = state;
            // "وأدانت قطر الهجوم الإيراني، كما أدانته السعودية": the one condemned is the one just condemned.
            if (row.Plover == "ACCUSE" && referred == null && objectSuffix && row.Verb
                && found0().LastOrDefault(f => f.Plover == "ACCUSE" && f.TargetActors.Count > 0) is { } prevAccuse && !prevAccuse.TargetActors.Any(sources.Contains))
            { targets.Clear(); targets.AddRange(prevAccuse.TargetActors); }
            // "إن دولة الإمارات ظلت تنتهك سيادة السودان ...، واتهمها بتزويد الميليشيا": the pronoun of a joined accusation is
            // the subject of the words quoted before it.
            else if (row.Plover == "ACCUSE" && referred == null && objectSuffix && row.Verb && withConjunction
                     && participants.LastOrDefault(a => a.End <= ts && a.Start > 0 && Cue("complementizer", norms, a.Start - 1) && !a.IsPlace
                                                        && a.Type is EntityType.Country or EntityType.Organization or EntityType.Group) is { } quotedSubject
                     && !sources.Any(x => SameSide(x, ActorId(quotedSubject))))
            { targets.Clear(); targets.Add(ActorId(quotedSubject)); }
            IEnumerable<EventMention> found0() => _sentenceFound;
            // The attack a condemnation names was not carried out by who condemns it.
            if (row.Plover is "ASSAULT" or "COERCE" && ts == _accusedObject && referred == null) { sources.Clear(); targets.Clear(); }
            // ("اعتراض إسرائيل لسفن الأسطول": the coercion's agent in its noun's genitive, what it is done to after ل)
            if (row is { Plover: "COERCE", Verb: false, Frame: "agent" } && referred == null && participants.FirstOrDefault(a => a.Start == te && !a.Attached && !a.IsPlace) is { } coercer)
            {
                var coercerId = ActorId(coercer);
                sources.Clear(); sources.Add(coercerId);
                targets.RemoveAll(t => t == coercerId);
            }
            if (row.Plover == "ASSAULT" && referred == null)
            {
                // "غارات إسرائيلية", "العدوان الإسرائيلي الذي استهدف", "استهداف القاعدة من قبل الحرس الثوري": who attacks.
                var agent = AgentBy(norms, participants, te, Math.Max(te2, Math.Min(ce, te + 3))) is { } ag ? ag
                    : !row.Verb && DemonymIn(norms, actors, te, te + 2) is { } dn ? dn
                    // "شن الطيران الحربي الإسرائيلي غارة": the forces of a country, named by its adjective, as the light verb's subject
                    : !row.Verb && sources.Count == 0 && light && DemonymIn(norms, actors, lightAt + 1, ts) is { } ln ? ln
                    : sources.Count == 0 ? (ts > 2 && Cue("relative", norms, ts - 1) ? DemonymIn(norms, actors, ts - 3, ts - 1) : null) : null;
                // "أعلنت وزارة الدفاع الهندية أن قواتها شنت ضربات": the forces of the one who speaks.
                // ("أعلن الجيش الباكستاني فجر اليوم بدء عملية عسكرية": the operation of the one who announces its start)
                if (agent == null && sources.Count == 0 && Enumerable.Range(Math.Max(cs, ts - 2), ts - Math.Max(cs, ts - 2)).Any(k => IsCueWord("own-forces", norms[k]))
                    || agent == null && sources.Count == 0 && ts > cs && !row.Verb && IsCueWord("launch", norms[ts - 1])
                       && !Enumerable.Range(cs, ts - cs).Any(k => Cue("complementizer", norms, k)))
                    if (SpeakerActor() is { } commander) agent = commander;
                if (agent != null) { sources.Clear(); sources.Add(agent); targets.Remove(agent); }
                // "لإجراء مشاورات ... حول العدوان الأمريكي": an attack talks are about is the topic, not an act of the day.
                if (!row.Verb && ts > 0 && Cue("about", norms, ts - 1)) background = topic = true;
                // "رداً على الضربات الأمريكية": an earlier attack on the one who now responds.
                if (Enumerable.Range(Math.Max(0, ts - 3), ts - Math.Max(0, ts - 3)).Any(k => Cue("response", norms, k)))
                {
                    background = true;
                    var responder = (st.LastEvent is { } le && le.Span == sent.Span && EventFamilies.Of(le.Cameo) == "force" ? le : null)?.SourceActors.FirstOrDefault();
                    if (responder != null && !sources.Contains(responder)) { targets.Clear(); targets.Add(responder); }
                }
            }
            // "وأشاد ترامب بضيفه": the guest is the visitor just reported.
            if (targets.Count == 0 && row.Plover != "CONSULT" && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).Any(k => Cue("guest", norms, k))
                && st.Events.LastOrDefault(e => e.Cameo is "042" or "043") is { } guestOf)
                targets.AddRange((guestOf.Cameo == "042" ? guestOf.SourceActors : guestOf.TargetActors).Where(x => !sources.Contains(x)));
            // "ورحب ترامب بانتخابه": a welcome of someone's election is of the person the report is about (the one it names most).
            if (targets.Count == 0 && row.Cameo == "051" && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 8) - te)).Any(k => Cue("elected-one", norms, k))
                && doc.Entities.Where(m => m.Type == EntityType.Person && m.EntityId != null && m.Span.Start < sent.Span.Start)
                       .GroupBy(m => m.EntityId!).OrderByDescending(g => g.Count()).FirstOrDefault() is { } subject
                && !sources.Any(x => SameSide(x, subject.Key)))
                targets.Add(subject.Key);
            // "قوافل الهلال الأحمر المصري", "قوافل «زاد العزة» التي أطلقها الهلال الأحمر": who an aid noun is of, or who sent it
            // off in its relative clause, gives it; "أعلن الهلال الأحمر انطلاق قافلة": so does the one announcing it, when no one
            // else is named as its giver.
            if (row.Plover == "AID" && referred == null && !row.Verb && sources.Count == 0)
            {
                var giver = actors.FirstOrDefault(a => !a.IsPlace && a.Type is not (EntityType.Location or EntityType.Country) && !a.Where
                                                       && (a.Start == te || a.Start > te && a.Start <= te + 6 && Enumerable.Range(te, a.Start - te).Any(k => IsCueWord("relative", norms[k]))
                                                           && !Enumerable.Range(te, a.Start - te).Any(k => norms[k] is "," or "،" or ".")));
                if (giver != null) { sources.Add(ActorId(giver)); targets.Remove(ActorId(giver)); }
                else if (SpeakerActor() is { } announcer) { sources.Add(announcer); targets.Remove(announcer); }
            }
            // "نفذ الأردن والإمارات عمليات إنزال جوي لمساعدات": states joined by و before the aid give it together.
            if (row.Plover == "AID" && referred == null && !row.Verb)
                foreach (var joined in before.Where(a => a.Start > cs && norms[a.Start].StartsWith('و') && targets.Contains(ActorId(a))
                                                         && before.Any(x => x.End == a.Start && sources.Contains(ActorId(x)))).ToList())
                {
                    targets.Remove(ActorId(joined));
                    if (!sources.Contains(ActorId(joined))) sources.Add(ActorId(joined));
                }
            // "عمليات إنزال جوي لمساعدات فوق مناطق عدة في قطاع غزة", "قافلة ... باتجاه غزة": aid delivered goes to the place
            // it is brought to.
            // (and a truce one side declares in a place is towards those there: "هدنة تكتيكية يومية في مدينة غزة")
            // ("ستقيم مراكز لتوزيع الغذاء في القطاع، وذلك خلال لقائه رئيس الوزراء البريطاني": the place before the comma, not
            // whom a clause after it names)
            if ((row.Plover == "AID" || row.Cameo == "0333" || row.Cameo == "0871" && sources.Count > 0) && referred == null
                && actors.FirstOrDefault(a => a.Start >= te && a.Start < te2 && a.Type is EntityType.Location or EntityType.Country
                                              && (a.Where || row.Plover == "AID" && a.Start > 0 && (Cue("to-place", norms, a.Start - 1) || Cue("aid-to", norms, a.Start - 1)))) is { } brought
                && !sources.Contains(ActorId(brought))
                && (targets.Count == 0 || targets.All(t => actors.FirstOrDefault(a => ActorId(a) == t && a.Start >= te) is { } ta && ta.Start > brought.End
                                                           && Enumerable.Range(brought.End, ta.Start - brought.End).Any(k => norms[k] is "،" or ","))))
            {
                targets.Clear();
                targets.Add(ActorId(brought));
            }
            // Aid, support and appeals aimed at a country named as where ("المساعدة في سوريا").
            if (targets.Count == 0 && row.Plover != "CONSULT")
            {
                var at = actors.FirstOrDefault(a => a.Start >= te && a.Start < Math.Max(te2, Math.Min(ce, te + 3)) && AfterFi(a) && a.Type == EntityType.Country);
                if (at != null && !sources.Contains(at.Id)) targets.Add(at.Id);
            }
            // "قال بلينكن إن ... قوات الدعم السريع ... ارتكبت إبادة جماعية": those said to have committed it are accused, by the one
            // who says so; a crime no one is said to allege is narration, no accusation.
            // "قال نتنياهو إن الضربات ... مجرد بداية، وإن أي مفاوضات مع حماس ستجري تحت النار": a threat, the same way, to the others
            // the sentence names.
            if (row.Frame is "accused" or "said-against" && referred == null)
            {
                var accuser = SpeakerActor();
                if (accuser == null) return null;
                // (those declared unwelcome are all that the clause of "أن" names: "أن المفوض الأوروبي ... ووزير الداخلية الإيطالي
                // ... ووزير الداخلية المالطي ... أشخاص غير مرغوب فيهم")
                // (the clause may open before the comma that ends the speaker's time: "أعلنت الحكومة ...، اليوم الثلاثاء، أن")
                var that = row.Plover == "COERCE" ? Enumerable.Range(0, ts).LastOrDefault(k => IsCueWord("complementizer", norms[k]), -1) : -1;
                var accused = (that >= 0 ? actors.Where(a => a.Start > that && a.End <= ts && !a.IsPlace && !a.Where).Select(a => ActorId(a))
                        : row.Frame == "accused" ? sources.Concat(targets)
                        : participants.Where(a => !a.IsPlace).Select(a => ActorId(a)))
                    .Where(x => x != accuser && !SameSide(x, accuser)).Distinct().ToList();
                // "قالت الحكومة في بيان إن الوفد ارتكب انتهاكاً": the delegation is the people the report named in it, those the
                // last event with targets on another side was towards.
                if (accused.Count == 0 && row.Frame == "accused"
                    && CueBefore("delegation", 3)
                    && st.Events.LastOrDefault(e => e.TargetActors.Any(x => !SameSide(x, accuser))) is { } named)
                    accused.AddRange(named.TargetActors.Where(x => !SameSide(x, accuser)));
                if (accused.Count == 0) return null;
                sources.Clear(); targets.Clear();
                sources.Add(accuser);
                targets.AddRange(row.Plover == "COERCE" ? accused : accused.Take(1));
            }
            // "لأنه إذا اضطررنا إلى التدخل عسكرياً": force a speaker holds out on a condition is his threat, to whom the sentence names.
            if (row.Frame == "conditional" && referred == null)
            {
                var threatening = SpeakerActor();
                // (the condition may stand in a clause of its own: "إنه في حال فشل المفاوضات فإن العمل العسكري")
                if (threatening == null || !Enumerable.Range(Math.Max(0, ts - 8), ts - Math.Max(0, ts - 8))
                        .Any(k => Cue("hypothetical", norms, k) && !toks.Skip(k).Take(ts - k).Any(t => t.Norm is "." or ";" or ":"))) return null;
                var threatened = sources.Concat(targets).Where(x => x != threatening && !SameSide(x, threatening)).Distinct().Take(1).ToList();
                sources.Clear(); targets.Clear();
                sources.Add(threatening);
                targets.AddRange(threatened);
            }
            // "أقدم انتحاري يتبع لتنظيم داعش ... قبل أن يفجّر نفسه": an attacker no one names acts for the group he belongs to.
            if (sources.Count == 0 && referred == null && EventFamilies.Of(row.Cameo) == "force"
                && Enumerable.Range(0, ts).LastOrDefault(k => Cue("affiliation", norms, k) && !toks.Skip(k).Take(ts - k).Any(t => t.Norm is "." or ";"), -1) is var fk and >= 0
                && actors.FirstOrDefault(a => a.Start > fk && a.Start <= fk + 3 && a.Type is EntityType.Group or EntityType.Organization) is { } group)
            {
                sources.Add(ActorId(group));
                targets.RemoveAll(t => t == sources[0]);
            }
            // "تعهد الاتحاد الأوروبي بنحو 2.5 مليار يورو لمساعدة السوريين": aid for a people is for their state.
            if (row.Type is "aid_offer" or "aid" && referred == null && targets.Count == 0
                && DemonymIn(norms, actors, te, ce) is { } helped && !sources.Any(x => SameSide(x, helped))) targets.Add(helped);
            // "خلافات متكررة حول ملف الهجرة وترحيل الجزائريين": a coercion named in what a dispute or talks are about is their topic.
            if (row is { Plover: "COERCE", Verb: false } && referred == null
                && CueBefore("about", 3)) background = topic = true;
            // "أمل أن يشارك الشرع في القمة": the one expected is the target, the one who hopes or invites the source.
            if (row.Frame == "invitee" && referred == null)
            {
                var invited = sources.Concat(targets).ToList();
                var host = SpeakerActor() ?? before.FirstOrDefault()?.Id;
                sources.Clear(); targets.Clear();
                if (host != null) sources.Add(host);
                targets.AddRange(invited.Where(x => x != host).Take(1));
            }
            // "أوقفت فرق الشرطة إمام أوغلو", "قرارات توقيف بحق ... أكرم إمام أوغلو": those held are the people the clause names,
            // those who hold them the rest; an arrest of nobody named is no event ("أوقفت الحرب"). A person right after the
            // verb is its subject ("أوقف ترامب المساعدات"), not one held.
            // "لمساعدة الشعب الإيراني": the people aid is for stand for their state.
            if (targets.Count == 0 && (row.Cameo.StartsWith("033", StringComparison.Ordinal) || row.Plover == "AID")
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 6) - te)).FirstOrDefault(k => Cue("people", norms, k), -1) is var pk and >= 0
                && DemonymIn(norms, actors, pk + 1, pk + 2) is { } people && !sources.Any(x => SameSide(x, people)))
                targets.Add(people);
            // "اتهم أوزيل الحكومة بتنفيذ محاولة انقلاب": the government no country qualifies is that of the source's country.
            if (targets.Count == 0 && sources.Count == 1 && row.Plover is "ACCUSE" or "REQUEST" or "REJECT" or "THREATEN" or "SUPPORT" && dict?.Get(sources[0])?.Country is { } own
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 16) - te)).Any(k => Cue("own-government", norms, k) && !actors.Any(a => a.Start <= k + 1 && a.End > k)
                                                                                 && !actors.Any(a => a.Start >= te && a.Start < k && !a.InTitle && !sources.Contains(ActorId(a))))
                && dict.Get("rasd:government:" + own)?.Id is { } ownGovernment && ownGovernment != sources[0])
                targets.Add(ownGovernment);
            // (nor one named after what the act answers or follows: "قرر العفو عنه استجابة لطلب من الرئيس الألماني", "تحظر التجمعات
            // ... بعد توقيف إمام أوغلو")
            var answered = Enumerable.Range(te, Math.Max(0, norms.Count - te)).FirstOrDefault(k => Cue("on-request", norms, k), int.MaxValue);
            if (row.Frame == "detainee" || row.Plover == "COERCE" || row.Mode == "release")
                targets.RemoveAll(x => actors.Any(a => a.Start > answered && ActorId(a) == x) && !actors.Any(a => a.Start >= te && a.Start < answered && ActorId(a) == x));
            if (row.Mode == "release" && !row.Verb && Enumerable.Range(0, ts).Any(k => Cue("provides", norms, k))) return null;
            if (row.Frame == "detainee" && referred == null)
            {
                bool IsPerson(string x) => (dict?.Get(x)?.Type ?? actors.FirstOrDefault(a => a.Id == x)?.Type) == EntityType.Person;
                // (in a clause that opens with the verb: "فرق الشرطة أوقفت إمام أوغلو" has its subject before it)
                var opens = ts == cs || toks[ts - 1].Kind == TokenKind.Punct || Cue("complementizer", norms, ts - 1) || Cue("verb-particle", norms, ts - 1);
                var subjectAt = row.Verb && opens ? actors.FirstOrDefault(a => a.Start == te && a.Type == EntityType.Person) : null;
                // (named after the trigger, as its object: "قال بايدن إن الاتفاق سيوقف القتال" holds nobody, nor does "توقفت الحركة
                // لمدة ساعتين، وفق ما أفاد به المدير"; "قرارات توقيف بحق نحو مئة مشتبه بينهم ... أكرم إمام أوغلو" reaches further)
                var reach = Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).Any(k => Cue("against-whom", norms, k)) ? 14 : 8;
                var said = frames.Where(f => f.Start > ts).Select(f => f.Start).DefaultIfEmpty(int.MaxValue).Min();
                var held = targets.Concat(sources).Where(x => IsPerson(x) && (subjectAt == null || ActorId(subjectAt) != x)
                                                             && actors.Any(a => a.Start >= te && a.Start < Math.Min(Math.Min(answered, said), te + reach) && ActorId(a) == x)).Distinct().ToList();
                if (held.Count == 0) return null;
                var by = sources.Concat(targets).Where(x => !held.Contains(x) && !IsPerson(x)).Distinct().ToList();
                sources.Clear(); targets.Clear();
                sources.AddRange(by.Take(1));
                targets.AddRange(held);
            }
            targets.RemoveAll(sources.Contains);
            if (location == null && _hostedAt.TryGetValue(ts, out var hosted)) location = hosted;
            // "إلى محادثات إسطنبول": a city right after a meeting noun is where it is held, whoever the subject is.
            if (location == null && MeetingNoun(row) && actors.FirstOrDefault(a => a.Start == te && a.IsPlace) is { } heldIn)
            {
                location = heldIn.Id;
                sources.Remove(ActorId(heldIn));
                targets.Remove(ActorId(heldIn));
            }
            if (location == null)
            {
                // Where: "في X" / "بX" in the clause, after the trigger first.
                // Not past a clause of time or the next event ("... في الرياض محادثات ... منذ اندلاع الحرب في أوكرانيا").
                // (nor a place the talks are about: "تبادل وجهات النظر حول ... الأوضاع في سوريا")
                var about = row.Plover == "CONSULT" ? Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("about", norms, k), int.MaxValue) : int.MaxValue;
                var where = actors.Where(a => a.Where && a.Start >= cs && a.Start < ce && (a.Start < te || a.Start < te2) && a.Start < about && (a.IsPlace || a.Type == EntityType.Country || a.Type == EntityType.Organization))
                    .OrderBy(a => a.Start >= te ? 0 : 1).ThenBy(a => Math.Abs(a.Start - ts)).FirstOrDefault();
                if (where != null) location = where.Id;
            }
            // "شنت إسرائيل غارة على مبنى في مدينة حلب": where an attack that names no party strikes is what it strikes
            // (a place of a country other than the attacker's).
            // A state does not strike itself: "غارة ... بعد إنذار وجهه المتحدث باسم الجيش الإسرائيلي" names the attacker's
            // own army after the attack (an armed group of the same country, "الدعم السريع", is another side).
            if (row.Plover == "ASSAULT" && referred == null)
                targets.RemoveAll(t => dict?.Get(t)?.Type != EntityType.Group && sources.Any(x => SameSide(x, t) && dict?.Get(x)?.Type != EntityType.Group));
            // "عملية عسكرية ... ضد مواقع عسكرية هندية": the country whose sites are attacked, by its adjective after ضد.
            if (row.Plover == "ASSAULT" && referred == null && targets.Count == 0 && sources.Count > 0
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 10) - te)).FirstOrDefault(k => Cue("against-whom", norms, k), -1) is var againstAt and >= 0
                && DemonymIn(norms, actors, againstAt + 1, Math.Min(ce, againstAt + 5)) is { } attackedCountry && !sources.Any(x => SameCountry(x, attackedCountry)))
                targets.Add(attackedCountry);
            if (row.Plover == "ASSAULT" && referred == null && targets.Count == 0 && sources.Count > 0)
            {
                var struck = location != null ? actors.FirstOrDefault(a => a.Id == location && a.IsPlace)
                    : actors.FirstOrDefault(a => a.Where && a.IsPlace && a.Start >= te && a.Start < Math.Min(ce, te + 10))
                    // ("أي هجوم على جامو": the place attacked, after على)
                    // ("الضربات الإسرائيلية على دمشق": after the attacker's adjective too)
                    ?? actors.FirstOrDefault(a => a.IsPlace && a.Start > te && Cue("attacked-on", norms, a.Start - 1)
                        && (a.Start <= te + 1 && a.Stands == null || a.Start == te + 2 && DemonymIn(norms, actors, te, te + 1) is { } attacker && sources.Contains(attacker)));
                // (an armed group strikes places of its own country: "استهدفت مسيّرات الدعم السريع مواقع في مدينة بورتسودان")
                if (struck != null && dict?.Get(struck.Id)?.Country != null && !sources.Any(x => dict.Get(x)?.Type != EntityType.Group && SameCountry(x, ActorId(struck))))
                {
                    location ??= struck.Id;
                    targets.Add(ActorId(struck));
                }
            }
            // "استضافت سلطنة عمان جولة من المحادثات بين ...": the one hosting a meeting of others is where it is held.
            if (location == null && row.Cameo == "044" && row.Verb && row.Context.Count > 0 && between >= 0
                && actors.FirstOrDefault(a => a.Start >= te && a.Start <= te + 1 && (a.IsPlace || a.Type == EntityType.Country)) is { } hostPlace
                && !sources.Concat(targets).Contains(ActorId(hostPlace)))
                location = hostPlace.Id;
            if (cameo == "044")
            {
                // A meeting is at a third location only when the place belongs to neither party; in one party's
                // country it is the other's visit; with no place known it is a plain consultation.
                var placeCountry = location == null ? null : dict?.Get(location)?.Country;
                string? Country(string id) => dict?.Get(id)?.Country;
                var all = sources.Concat(targets).ToList();
                var host = placeCountry == null ? null : all.FirstOrDefault(a => Country(a) == placeCountry);
                if (location == null || placeCountry == null) { cameo = "040"; mode = null; }
                // "وقال الشيباني في مؤتمر صحفي مشترك مع فيدان ... في أنقرة، عقب اجتماع": the speaker from elsewhere, at a
                // meeting in the other's country, is his guest.
                else if (host != null && all.Count == 1 && SpeakerActor() is { } guestSpeaker && Country(guestSpeaker) is { } gc && gc != placeCountry)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    sources.Clear(); sources.Add(guestSpeaker);
                    targets.Clear(); targets.Add(host);
                }
                else if (host != null && all.Count == 1) { (type, cameo, mode) = ("visit", "043", "visit"); sources.Clear(); sources.Add(host); targets.Clear(); }
                // Parties of the place's own country (or of no known one) meet at home: the first named receives the others
                // ("اجتماع في قصر بعبدا بين رئيس الجمهورية جوزاف عون ورئيس مجلس النواب نبيه بري"), nobody visits.
                else if (host != null && all.Count >= 2 && all.All(a => Country(a) == placeCountry || Country(a) == null))
                {
                    (type, cameo, mode) = ("visit", "043", "visit");
                    sources.Clear(); sources.Add(host);
                    targets.Clear(); targets.AddRange(all.Where(a => a != host));
                }
                else if (host != null && all.Count >= 2)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    sources.Clear(); sources.AddRange(all.Where(a => a != host));
                    targets.Clear(); targets.Add(host);
                }
                // "خلال اجتماع في العاصمة أنقرة" with the Syrian side alone named: a party from elsewhere meeting in a
                // country's capital visits that country.
                else if (host == null && all.Count == 1 && Country(all[0]) is { } guestCountry && guestCountry != placeCountry
                         && (dict?.Get(location!)?.StandsFor ?? dict?.CountryId(placeCountry)) is { } placeState)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    targets.Clear(); targets.Add(placeState);
                }
            }
            // "تبادل المعلومات مع كييف، وستستأنف المساعدة الأمنية لها": aid "to it" goes to the one the sentence named before, not the giver.
            if (row.Plover == "AGREE" && row.Cameo.StartsWith("033", StringComparison.Ordinal) && targets.Count == 0 && referred == null
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 4) - te)).Any(k => Cue("to-it", norms, k))
                && actors.LastOrDefault(a => a.End <= ts && (!a.IsPlace || a.Stands != null) && !a.Where && !a.InTitle && !sources.Any(x => SameSide(x, ActorId(a)))) is { } recipient)
                targets.Add(ActorId(recipient));
            // ("...، داعياً إلى أن يكون ...": a participle's appeal to no one named goes on with the statement it ends, which stays)
            if (!row.Verb && row.Plover == "REQUEST" && row.Frame == "speaker" && targets.Count == 0 && Cue("circumstantial", norms, ts)) return null;
            var modality = row.Frame == "conditional" ? Model.Modality.Asserted : Modality(norms, ts, te, cs, ce, row, c.Future);
            // "واتفق الرئيسان الأمريكي والأوكراني على إبرام اتفاق شامل": the agreement still to be concluded is between those who
            // agreed on it.
            if (modality == Model.Modality.Planned && !row.Verb && row.Cameo.StartsWith("057", StringComparison.Ordinal) && referred == null
                && st.LastEvent is { } agreeing && agreeing.Span == sent.Span && agreeing.Cameo.StartsWith("03", StringComparison.Ordinal) && agreeing.SourceActors.Count > 0)
            {
                sources.Clear();
                sources.AddRange(agreeing.SourceActors);
                foreach (var t in agreeing.TargetActors) if (!targets.Contains(t)) targets.Add(t);
                targets.RemoveAll(sources.Contains);
            }
            // "وسيبدأ ترامب الأسبوع المقبل جولة خليجية": a noun after a verb in the future is yet to come (not what happens
            // "during" something: "سيلتقي خلال زيارته").
            if (modality == Model.Modality.Asserted && !row.Verb && ts > cs && !(ts > 0 && During(norms, ts))
                // (a cheap look for a future prefix before asking the tense detector)
                && Enumerable.Range(Math.Max(cs, ts - 4), ts - Math.Max(cs, ts - 4)).Any(k => norms[k].Length > 2 && (norms[k][0] == 'س' || norms[k][0] is 'و' or 'ف' && norms[k][1] == 'س'))
                && Rasd.Time.TenseDetector.Detect(doc.Text, new Span(toks[Math.Max(cs, ts - 4)].Span.Start, toks[ts - 1].Span.End)) == Rasd.Time.Tense.Future)
                modality = Model.Modality.Future;
            // "أعلن عزمه رفع العقوبات", "أنه سيأمر برفع العقوبات": the stated intent to ease sanctions is an event of its
            // own (0354, an expression of intent to yield), asserted; the easing is yet to come.
            var plover = referred?.Plover ?? row.Plover;
            if (cameo == "085" && referred == null
                && (modality is Model.Modality.Future or Model.Modality.Planned || CueBefore("intent", 3)
                    || ts > cs && Rasd.Time.TenseDetector.Detect(doc.Text, new Span(toks[Math.Max(cs, ts - 3)].Span.Start, toks[ts - 1].Span.End)) == Rasd.Time.Tense.Future))
                (type, cameo, mode, plover, modality) = ("intent_to_cooperate", "0354", null, "AGREE", Model.Modality.Asserted);
            // ("عقب استقباله من قبل ...": the reception the report is about, not an earlier one)
            background = background || (modality is not (Model.Modality.Future or Model.Modality.Planned) && !passiveReception && (Background(norms, ts, te, cs) || SentenceBackground(norms)));
            var (date, dateSource) = referred != null && (referred.Date.Resolved || referred.Date.Month > 0)
                ? (referred.Date with { Note = "date of the event the text refers back to" }, "context")
                // "وتأتي القمة بعد دخول وقف إطلاق النار حيز التنفيذ يوم الجمعة الماضي": a happening no actor is named for,
                // which a report comes after, is its context however recent; it joins the event it names, or none. A recent
                // act of someone named ("وجاء اللقاء بعد إعلان ترامب أمس") is an event of its own.
                : sources.Count == 0 && targets.Count == 0 && ComesAfter(norms, ts) ? (DateValue.Unknown("what the report comes after: background"), "none")
                : topic ? (DateValue.Unknown("what the sentence's talks are about: background"), "none")
                : row.Frame is "accused" or "said-against" or "conditional" && speaker != null && speaker.Start < ts
                    // (what a speaker's words make an act of is his act when he speaks: "قال نتنياهو مساء أمس إن الضربات "مجرد بداية"")
                    ? Date(sent, toks, speaker.Start, published, lead && !background && modality == Model.Modality.Asserted, norms, cands, row, limit: ComesBefore(norms, toks, speaker.Start), background: background, recall: true, self: ts)
                // ("رفضت حركة حماس القرار في بيان أصدرته عقب التصويت مساء الاثنين": a reaction right after a recent occasion is of its day)
                : Date(sent, toks, ts, published, lead && !background && modality == Model.Modality.Asserted, norms, cands, row, limit: ComesBefore(norms, toks, ts), background: background, recall: true,
                       recentOccasion: row.Plover is "REJECT" or "ACCUSE" or "SUPPORT"
                                       && (Enumerable.Range(te, Math.Max(0, Math.Min(toks.Count, te + 8) - te)).TakeWhile(k => !Cue("about", norms, k) && norms[k] is not ("." or "،" or "," or ";"))
                                              .Any(k => Cue("said-after", norms, k))
                                           // ("أشاد بوريطة بالموقف الأمريكي، واصفاً إياه ...، وذلك عقب مباحثاته مع روبيو أمس": the
                                           // reaction, then "وذلك" and the occasion it followed)
                                           || Enumerable.Range(te, Math.Max(0, Math.Min(toks.Count, te + 30) - te)).TakeWhile(k => norms[k] is not ("." or ";"))
                                              .Any(k => Cue("that-is", norms, k) && Cue("said-after", norms, k + 1))));
            if (dateSource == "recalled") (background, dateSource) = (true, "sentence");
            // "من دون أن يتمكن من تحقيق رغبته في زيارة لبنان": what is only wished for or supposed happened on no day.
            if (modality == Model.Modality.Hypothetical && referred == null) (date, dateSource) = (DateValue.Unknown("hypothetical: it happened on no day"), "none");
            // "من المقرر أن يتوجه ويتكوف إلى موسكو خلال الأيام المقبلة": a span reaching past the report is when it is expected, not a
            // day it happened on.
            if (modality == Model.Modality.Planned && referred == null && date.Resolved && date.Precision != DatePrecision.Day
                && date.Range is { } ahead && published.AsDate is { } pub && ahead.Last > pub)
                (date, dateSource) = (DateValue.Unknown("planned: expected within a span ahead, on no day yet"), "none");
            // ("ومن المقرر أن يتوجه عراقجي من جنيف إلى إسطنبول": nor is the day of the sentence before the day of what is planned)
            if (modality == Model.Modality.Planned && referred == null && dateSource == "context")
                (date, dateSource) = (DateValue.Unknown("planned: no day of its own"), "none");
            // "دعت نقابات إلى إضراب عام يوم غد الجمعة": what a noun names on a day after the report has not happened; it is planned.
            if (modality == Model.Modality.Asserted && !row.Verb && referred == null && !background && dateSource == "sentence"
                && date.AsDate is { } planned && published.AsDate is { } pubDay && planned > pubDay)
                modality = Model.Modality.Planned;
            // "وأجرى القادة الثلاثة خلال القمة اتصالاً هاتفياً مع ترامب": what happens during the meeting just reported (another
            // event, not a reference to it) is of the meeting's day, and news, not background.
            if (referred == null && !date.Resolved && date.Month == 0 && lastConsult is { Date.Resolved: true, Background: false } during0 && during0.ItemId == item.Id
                && Enumerable.Range(Math.Max(cs, ts - 4), ts - Math.Max(cs, ts - 4)).Any(k => Cue("during", norms, k) && k + 1 < ts
                                                                                      && lex.TriggersAt(norms, k + 1).Any(t => t.Row.Plover == "CONSULT" && !t.Row.Verb)))
            {
                (date, dateSource) = (during0.Date with { Note = "date of the meeting it took place during" }, "context");
                background = false;
            }
            // "أعرب خلاله عن أسفه ... في الهجوم الإسرائيلي على الدوحة في 9 سبتمبر الجاري": an event a noun names after the
            // sentence's first one, dated by its own time well before the report, is recalled, not reported.
            if (referred == null && !row.Verb && dateSource == "sentence" && Old(date, published) && cands.Any(d => d.At >= cs && d.At < ts))
                background = true;
            var attribution = governing?.Actor;
            var attributionText = governing == null ? null : doc.Slice(governing.Text);
            // "بعد إعلان وزارة الدفاع في حكومة الوحدة الوطنية، أمس، وقفاً لإطلاق النار": an act its own source announces is told
            // on that source's account.
            if (attribution == null && referred == null && !row.Verb && sources.Count == 1
                && Enumerable.Range(cs, Math.Max(0, ts - cs)).FirstOrDefault(k => Cue("announcement", norms, k)
                       && participants.Any(a => a.Start == k + 1 && ActorId(a) == sources[0] && a.End <= ts), -1) is var ak and >= 0)
            {
                attribution = sources[0];
                var by = participants.First(a => a.Start == ak + 1);
                attributionText = doc.Slice(new Span(toks[ak].Span.Start, toks[by.End - 1].Span.End));
            }
            // "بعد اتفاق على وقف إطلاق النار أعلنته وزارة الدفاع الوطني إثر اتصال هاتفي بين ...": the act named just before a
            // relative clause's verb of telling, and the occasion the telling follows, are told on its subject's account. An act
            // with a source of its own stays its own ("أسفها للمغالطات التي ذكرها الوزير").
            if (attribution == null && referred == null && AnnouncedBy(toks, norms, participants, ts, te, sources) is { } told)
            {
                attribution = ActorId(told.By);
                attributionText = doc.Slice(new Span(toks[told.At].Span.Start, toks[told.By.End - 1].Span.End));
                // (the teller of an agreement is no one it was made with: a party, when no other is named before)
                if (sources.Count == 0 && targets.Remove(attribution)) sources.Add(attribution);
            }
            // A condemnation, appeal, praise, threat or rejection no frame reports is a speech act of its own source:
            // "أدانت وزارة الخارجية التركية الهجمات" is the ministry's account.
            // So is one whose speaker the sentence names when the frame is carried from an earlier sentence ("ووفق ما أوردته
            // الوكالة، أكد الإعلان ... . وكان غوتيريش قد دعا في كلمته ..."): the agency retells what he said.
            var speechAct = referred == null && row.Plover is "ACCUSE" or "REQUEST" or "SUPPORT" or "THREATEN" or "REJECT" && sources.Count > 0
                            && !sources[0].StartsWith("rasd:anonymous:", StringComparison.Ordinal);
            var namedSpeaker = speechAct ? participants.FirstOrDefault(a => ActorId(a) == sources[0] && a.Start >= cs && a.End <= ce && !a.Where && !a.IsPlace) : null;
            // (a named person's or body's own act of speech, when the frame is carried from before: "والتي دانتها الخارجية الروسية"
            // under "وبحسب الكرملين"; not a news agency's)
            if (speechAct && (attribution == null || namedSpeaker is { Type: EntityType.Person or EntityType.Organization or EntityType.Country or EntityType.Group } && !frames.Contains(governing!)
                                                     && !sources[0].StartsWith("rasd:media:", StringComparison.Ordinal)))
            {
                attribution = sources[0];
                // The words: the source's mention with the verb ("أدانت وزارة الخارجية التركية"), or the verb alone when the
                // source is carried from before ("ودعا سموه").
                var (from, to) = namedSpeaker is { } speakerRef
                    ? (Math.Min(speakerRef.Start, ts), Math.Max(speakerRef.End, te)) : (ts, Math.Min(toks.Count, te + (objectSuffix ? 0 : 1)));
                attributionText = doc.Slice(new Span(toks[from].Span.Start, toks[to - 1].Span.End));
            }
            if (sources.Count > 0)
                foreach (var cp in companions)
                    if (ActorId(cp) is var cid && !sources.Contains(cid) && !targets.Contains(cid)) sources.Add(cid);
            // "جهود الوساطة التي تبذلها دولة قطر", "العقوبات التي فرضتها واشنطن على ...": the subject of a relative clause
            // right after the noun is who acts.
            if (!row.Verb && te + 2 < ce && Cue("relative", norms, te) && toks[te + 1].Kind == TokenKind.Word
                && participants.FirstOrDefault(a => a.Start == (Cue("by-it", norms, te + 2) ? te + 3 : te + 2) && !a.Where && !a.IsPlace) is { } relAgent)
            {
                var id = ActorId(relAgent);
                sources.Clear(); sources.Add(id);
                targets.Remove(id);
            }
            // "عقب مقتل عبد الغني الككلي", "اغتيال رئيس المكتب السياسي": the one named right after a killing is who was killed;
            // who killed him, if anyone, is named apart ("اغتيال إسرائيل لهنية": the genitive before ل+victim acts).
            if (cameo == "186" && !row.Verb && referred == null
                // (past a title of his own: "لاغتيال الشهيد شكري بلعيد", "اغتيال المناضل")
                && participants.FirstOrDefault(a => a.Start >= te && a.Start <= te + 2 && !a.Where && !a.IsPlace) is { } killed
                && Enumerable.Range(te, killed.Start - te).All(k => toks[k].Kind == TokenKind.Word && !lex.TriggersAt(norms, k).Any())
                && !(killed.End < ce && toks[killed.End].Norm.StartsWith('ل') && participants.Any(a => a.Start == killed.End)))
            {
                var id = ActorId(killed);
                sources.Remove(id);
                if (!targets.Contains(id)) targets.Insert(0, id);
            }
            // "التقى تشيسيكيدي نظيره الرواندي كاغامي، بوساطة من أمير قطر": the one named right after the noun (or its من)
            // mediates; the names before it are whom he mediates between (below), not his source.
            if (cameo == "045" && !row.Verb && referred == null
                && participants.FirstOrDefault(a => a.Start == (te < ce && norms[te] == "من" ? te + 1 : te) && !a.Where && !a.IsPlace) is { } mediator)
            {
                sources.Clear(); sources.Add(ActorId(mediator));
                targets.Clear();
            }
            // "التقى الشيباني وفداً إسرائيلياً، وذلك بوساطة أمريكية": those mediated between are the parties of the meeting
            // the sentence reports.
            if (cameo == "045" && referred == null && sources.Count > 0 && targets.Count == 0
                && lastEvent is { Plover: "CONSULT" } mediated && mediated.Span == sent.Span && mediated.Cameo != "045")
                targets.AddRange(mediated.SourceActors.Concat(mediated.TargetActors).Where(x => !sources.Any(y => SameSide(x, y))).Distinct());
            // "اتفقا ... على وقف فوري لإطلاق النار، في ختام جولة المفاوضات التي انطلقت في الدوحة": talks at whose end (or
            // during which) the parties agree, naming no parties of their own, are the parties' talks.
            // (only where the noun alone found no pair: a meeting in one party's capital is the other's visit, read above)
            // ("بعد جولة محادثات": talks the agreement came after are theirs too)
            var agreedAt = During(norms, ts) || AfterCircumstance(norms, ts);
            if (MeetingNoun(row) && agreedAt && !after.Any(a => !a.IsPlace) && (sources.Count == 0 || targets.Count == 0)
                && (referred == null || referred.SourceActors.Count + referred.TargetActors.Count == 0)
                && lastEvent is { Plover: "AGREE" or "RETREAT", SourceActors.Count: > 0 } agreed && agreed.SourceActors.Count + agreed.TargetActors.Count >= 2 && agreed.Span == sent.Span)
            {
                referred = null;
                sources.Clear(); sources.AddRange(agreed.SourceActors);
                targets.Clear(); targets.AddRange(agreed.TargetActors.Where(x => !sources.Contains(x)));
            }
            // "معرباً عن استعداد المملكة لحوار صريح ... حول القضايا العالقة بين البلدين": dialogue on what lies between the two
            // countries is with the one other country the sentence names.
            // ("لحوار صريح ومسؤول مع الأشقاء الجزائريين": or with a people named by its adjective, their country)
            if (row.Cameo == "036" && targets.Count == 0 && sources.Count > 0 && referred == null)
            {
                var rest = Enumerable.Range(te, Math.Max(0, Math.Min(toks.Count, te + 20) - te)).ToList();
                var withPeople = rest.Where(k => k < te + 6 && Cue("with", norms, k)).Select(k => DemonymIn(norms, actors, k + 1, k + 4)).FirstOrDefault(x => x != null);
                if (withPeople != null && !sources.Any(y => SameSide(withPeople, y))) targets.Add(withPeople);
                else if (rest.Any(k => Cue("pair", norms, k))
                         && participants.Where(a => a.Type == EntityType.Country).Select(a => ActorId(a)).Where(x => !sources.Any(y => SameSide(x, y))).Distinct().ToList() is [var otherCountry])
                    targets.Add(otherCountry);
            }
            // "متهمة أعضاءه بانتهاك الأعراف الدبلوماسية والسيادة الليبية": the accuser's own country is whose sovereignty or
            // law is said to be broken, not the one accused.
            if (plover == "ACCUSE" && sources.Count > 0)
                targets.RemoveAll(x => dict?.Get(x) is { Type: EntityType.Country } && sources.Any(y => y != x && SameSide(x, y)));
            // "فرضت الخزانة عقوبات على البرهان، متهمة القوات المسلحة تحت قيادته بشن هجمات": an accusation a participle
            // adds to an act, naming nobody it knows, is of the one the act was against.
            if (plover == "ACCUSE" && targets.Count == 0 && !row.Verb && AfterCommaParticiple(norms, ts)
                && lastEvent is { } accusedIn && accusedIn.Span == sent.Span && accusedIn.Trigger.Start < toks[ts].Span.Start
                && accusedIn.SourceActors.SequenceEqual(sources))
                targets.AddRange(accusedIn.TargetActors);
            if (duringTargets != null && targets.Count == 0) targets.AddRange(duringTargets.Where(x => !sources.Contains(x)));
            if (te < toks.Count && Cue("to-me", norms, te) && SpeakerActor() is { } me && !sources.Contains(me) && speaker!.Start < ts)
            {
                targets.Clear();
                targets.Add(me);
            }
            // Aggression is an event only when a state or its forces commit it.
            // (or an armed group the actor dictionary knows: "أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر"; not "حماس التي
            // تسيطر على قطاع غزة", a state of affairs)
            if (row.Frame == "state" && referred == null && !sources.Any(x => IsState(x) || dict?.Get(x)?.Type == EntityType.Group && !(ts > 0 && Cue("relative", norms, ts - 1)))) return null;
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = new Span(toks[ts].Span.Start, toks[te - 1].Span.End),
                Type = type,
                Cameo = cameo,
                Plover = plover,
                PloverMode = mode,
                SourceActors = sources.Distinct().ToList(),
                TargetActors = targets.Distinct().ToList(),
                Location = location,
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                Attribution = attribution,
                AttributionText = attributionText,
                Summary = Summary(toks, cs, ce, ts),
                Background = background,
            };
        }
    }
}
