using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

public sealed partial class EventsStage
{
    private sealed partial class Extraction
    {
        // Small argument tests Build asks: states, light verbs, who leads a delegation, demonyms, plain statements.
        /// <summary>
        /// The event is what the reporting verb itself states, with no "أن" between them: "أكد بوتين استعداد بلاده
        /// لتقديم المساعدات" is the offer, not a statement besides it.
        /// </summary>
        private bool SaidDirectly(List<Token> toks, List<string> norms, FrameRef frame, EventMention f)
        {
            var at = toks.FindIndex(t => t.Span.Start >= f.Trigger.Start);
            if (at <= frame.Start) return false;
            for (var k = frame.Start + 1; k < at; k++) if (Cue("complementizer", norms, k)) return false;
            return true;
        }

        /// <summary>A country, its government or one of its state bodies (army, ministries, presidency).</summary>
        private bool IsState(string id) =>
            dict?.Get(id) is { } e && (e.Type == EntityType.Country || e.Id.StartsWith("rasd:", StringComparison.Ordinal) && e.Id.IndexOf(':', 5) > 5
                                       && e.Id[5..e.Id.IndexOf(':', 5)] is "government" or "army" or "presidency" or "mod" or "mfa" or "moi" or "pmo");

        /// <summary>A word right after "خلال", or after "خلال جولة": the circumstance of another event.</summary>
        private bool During(List<string> norms, int at) =>
            at > 0 && Cue("during", norms, at - 1) || at > 1 && Cue("during", norms, at - 2) && Cue("round", norms, at - 1);

        /// <summary>"بعد جولة محادثات", "عقب المحادثات": a word of circumstance before the trigger, or before its round.</summary>
        private bool AfterCircumstance(List<string> norms, int at) =>
            at > 0 && Cue("circumstance", norms, at - 1) || at > 1 && Cue("circumstance", norms, at - 2) && Cue("round", norms, at - 1);

        /// <summary>A noun of talks or meetings held in person somewhere (not a call, a message or mediation).</summary>
        private static bool MeetingNoun(TriggerRow row) => !row.Verb && row.Plover == "CONSULT" && row.Type is "consult" or "meeting" or "negotiation" && row.Cameo != "045";

        /// <summary>A one-word cue of the kind (no list built per call: read for every actor mention).</summary>
        private bool IsCueWord(string kind, string norm)
        {
            _one[0] = norm;
            return lex.IsCue(kind, _one, 0);
        }

        private bool IsLight(string norm) => IsCueWord("light", norm);

        /// <summary>"في بيان مشترك وقعه": a document that is signed, within the three words before the verb.</summary>
        private bool SignedDocumentBefore(List<string> norms, int i)
        {
            for (var k = Math.Max(0, i - 3); k < i; k++) if (Cue("signed-document", norms, k)) return true;
            return false;
        }

        /// <summary>"وفد برئاسة X": the named person who leads, within the words [from, to).</summary>
        private ActorRef? LedBy(List<string> norms, List<ActorRef> actors, int from, int to)
        {
            for (var k = Math.Max(0, from); k < Math.Min(to, norms.Count); k++)
                if (Cue("led-by", norms, k))
                    return actors.FirstOrDefault(a => a.Start > k && a.Start <= k + 20 && a.Type == EntityType.Person && a.Name && !a.InTitle)
                           ?? actors.FirstOrDefault(a => a.Start > k && a.Start <= k + 6 && a.Type == EntityType.Person && !a.InTitle);
            return null;
        }

        /// <summary>"الشيباني، الذي يزور روسيا": the subject of a verb after a relative pronoun is the actor before it.</summary>
        private ActorRef? RelativeAntecedent(List<string> norms, List<ActorRef> participants, int ts)
        {
            if (ts < 1 || !Cue("relative", norms, ts - 1)) return null;
            return participants.LastOrDefault(a => a.End <= ts - 1 && a.End >= ts - 3);
        }

        /// <summary>"من قبل الحرس الثوري": the agent named after the cue, within [from, to).</summary>
        private string? AgentBy(List<string> norms, List<ActorRef> participants, int from, int to)
        {
            for (var k = from; k < Math.Min(to, norms.Count); k++)
            {
                var n = lex.CueAt("agent-by", norms, k);
                if (n == 0) continue;
                var a = participants.FirstOrDefault(x => x.Start == k + n || x.Start == k + n + 1);
                return a == null ? null : ActorId(a);
            }
            return null;
        }

        /// <summary>The country of a demonym among the words [from, to) outside any actor's mention ("العدوان الإسرائيلي").</summary>
        private string? DemonymIn(List<string> norms, List<ActorRef> actors, int from, int to)
        {
            if (dict == null) return null;
            for (var k = Math.Max(0, from); k < Math.Min(norms.Count, to); k++)
            {
                if (actors.Any(a => a.Start <= k && k < a.End)) continue;
                if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is { } m && m.Info.Ids.Count > 0) return m.Info.Ids[0];
            }
            return null;
        }

        /// <summary>The country of a demonym among the words [from, from + span): "غارات إسرائيلية", "الضربات الأمريكية".</summary>
        private string? DemonymAfter(List<string> norms, int from, int span)
        {
            if (dict == null) return null;
            for (var k = Math.Max(0, from); k < Math.Min(norms.Count, from + span); k++)
                if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is { } m && m.Info.Ids.Count > 0) return m.Info.Ids[0];
            return null;
        }

        /// <summary>"X و Y", "X والرئيس الأمريكي Y": two actors joined by و with at most a title between.</summary>
        /// <summary>"الرباط - أعلنت", "طهران/ إرنا -": a place opening the lead, before a dash or slash, is where the dispatch was filed.</summary>
        private ActorRef? DatelinePlace(List<Token> toks)
        {
            if (toks.Count < 3 || toks[0].Kind != TokenKind.Word) return null;
            var first = Actors(toks).FirstOrDefault();
            if (first is not { Start: 0, IsPlace: true, Stands: not null } || first.End >= toks.Count) return null;
            return toks[first.End].Norm is "-" or "/" or "–" or "—" ? first : null;
        }

        private bool Coordinated(List<Token> toks, ActorRef x, ActorRef y)
        {
            var gap = y.Start - x.End;
            if (gap < 0) return false;
            // A second titled name ("السيد ناصر بوريطة، ووزير الخارجية البريطاني، السيد ديفيد لامي"): و + a title word,
            // then nothing but title words and commas up to the name.
            if (gap > 4)
            {
                var w = x.End;
                if (w < y.Start && toks[w].Norm is "," or "،") w++;
                return gap <= 10 && w < y.Start && toks[w].Norm.Length > 3 && toks[w].Norm[0] == 'و' && TitleWord(toks[w].Norm[1..])
                       && TitleGap(toks, w + 1, y.Start, 9);
            }
            if (gap == 0) return toks[y.Start].Norm.StartsWith('و') && toks[y.Start].Norm.Length > 2;
            // A blessing, and a comma after it, may close the first name ("أمير البلاد المفدى، وفخامة الرئيس أحمد الشرع").
            var at = x.End;
            // (and a comma alone: "وزراء خارجية دولة قطر، والمملكة الأردنية الهاشمية، والإمارات")
            while (at < y.Start && (Address(toks[at].Norm) || toks[at].Norm is "," or "،" && (at > x.End || at + 1 == y.Start))) at++;
            for (var k = at; k < y.Start; k++) if (toks[k].Kind != TokenKind.Word) return false;
            return at < y.Start ? toks[at].Norm.StartsWith('و') : toks[y.Start].Norm.StartsWith('و') && toks[y.Start].Norm.Length > 2;
        }

        private static bool IsAgencyOfFrame(ActorRef a, List<FrameRef> frames) =>
            frames.Any(f => f.Kind is FrameKind.Prep or FrameKind.Relay && f.Start <= a.Start && a.End <= f.End);

        private EventMention? Statement(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, FrameRef frame, FrameRef attributed, DateValue published, bool lead)
        {
            var ts = frame.Start;
            var (cs, ce) = (0, toks.Count);
            var modality = Modality(norms, ts, ts + 1, cs, ce, null, false);
            // A statement is dated by its own words ("قال لافروف أمس إن ..."), not by what it speaks of ("إن موسكو تأمل أن
            // يشارك الشرع في القمة المقررة في 15 تشرين الأول").
            var said = Enumerable.Range(ts + 1, Math.Max(0, toks.Count - ts - 1)).FirstOrDefault(k => Cue("complementizer", norms, k), toks.Count);
            var limit = said < toks.Count ? toks[said].Span.Start : int.MaxValue;
            // ("وكانت إيران قد توصلت ... في التاسع من سبتمبر إلى اتفاق، لكن الدول الأوروبية قالت": not the other clause's day)
            var own = Clause(norms, ts, ts + 1).Start;
            // (a recent day of a pluperfect, "وكانت المفوضية قد أعلنت مساء أمس", is its day)
            // ("أكد عراقجي عقب لقائه بوتين مساء اليوم، أن ...": what was said right after a recent occasion was said on its day)
            // (close after the verb, before anything it is about: "أعلن ... بشأن التوصل إثر جلسة عقدت الثلاثاء" dates the session only)
            var saidAfter = Enumerable.Range(ts + 1, Math.Max(0, Math.Min(Math.Min(said, toks.Count), ts + 11) - ts - 1))
                .TakeWhile(k => !Cue("about", norms, k)).Any(k => Cue("said-after", norms, k));
            var (date, dateSource) = Date(sent, toks, ts, published, lead && modality == Model.Modality.Asserted, norms, null, limit: limit,
                                          background: own == 0 && SentenceBackground(norms), from: own > 0 && own < toks.Count ? toks[own].Span.Start : 0,
                                          recentOccasion: saidAfter);
            // (the condition within six words after the speaker: "وحذر وزير الخارجية عباس عراقجي من أنه في حال ...")
            // The words said: from the end of the frame on.
            var words = Enumerable.Range(Math.Max(frame.End, ts + 1), Math.Max(0, norms.Count - Math.Max(frame.End, ts + 1)));
            var threat = Cue("warn", norms, ts) && Enumerable.Range(ts + 1, Math.Max(0, Math.Min(norms.Count, Math.Max(frame.End, ts + 1) + 6) - ts - 1)).Any(k => Cue("conditional", norms, k))
                         // ("... وقيادة المقاومة هي من ستقرر كيفية الرد وتوقيته": a retaliation promised)
                         || words.Any(k => Cue("retaliation", norms, k));
            // ("قال بوتين إن العدوان الذي تتعرض له إيران غير مبرر", "وصف ... بأنه عدوان غير مبرر": an act of force called unjustified is denounced)
            var objectAt = threat ? -1 : words
                .FirstOrDefault(k => Cue("aggression-word", norms, k) && Enumerable.Range(k + 1, Math.Max(0, Math.Min(12, norms.Count - k - 1))).Any(j => Cue("denounce", norms, j)), -1);
            var denounced = objectAt >= 0;
            // (whose remarks or attack: "تصريحات ترامب", "العدوان الإسرائيلي"; the caller prefers the attacker the sentence reports)
            var denouncedParty = denounced ? actors.FirstOrDefault(a => a.Start > objectAt && a.Start <= objectAt + 2 && !a.Where && ActorId(a) != frame.Actor) : null;
            // ("أكد عراقجي أن روسيا تقف في الجانب الصحيح من التاريخ": the one said to stand on the right side is praised)
            var laudAt = threat || denounced ? -1 : words.FirstOrDefault(k => Cue("right-side", norms, k), -1);
            var lauded = laudAt >= 0 ? actors.LastOrDefault(a => a.End <= laudAt && a.Start >= laudAt - 4 && a.Start >= said && !a.Where && ActorId(a) != frame.Actor) : null;
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = toks[ts].Span,
                Type = threat ? "threat" : denounced ? "accusation" : lauded != null ? "praise" : "statement",
                Cameo = threat ? "130" : denounced ? "111" : lauded != null ? "051" : "010",
                Plover = threat ? "THREATEN" : denounced ? "ACCUSE" : lauded != null ? "SUPPORT" : null,
                SourceActors = new List<string> { frame.Actor! },
                TargetActors = (denouncedParty ?? lauded) is { } party ? new List<string> { ActorId(party) } : new List<string>(),
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                // "وكانت روسيا قد أعلنت مراراً": what was said before the news is its background (an event still when its day
                // is recent: "وكانت المفوضية قد أعلنت مساء أمس"), not a clause of its own after لكن ("وكانت إيران قد
                // توصلت ...، لكن الدول الأوروبية قالت")
                Background = own == 0 && SentenceBackground(norms),
                Attribution = attributed.Actor,
                AttributionText = doc.Slice(attributed.Text),
                Summary = Summary(toks, cs, ce, ts),
            };
        }

        /// <summary>The clause around the trigger: after the last complementizer before it, up to the next one.</summary>
        private (int Start, int End) Clause(List<string> norms, int ts, int te)
        {
            var cs = 0;
            for (var k = ts - 1; k >= 0; k--)
            {
                if (Cue("complementizer", norms, k)) { cs = k + 1; break; }
                if (ClauseBreak(norms, k) is var b and > 0) { cs = k + b; break; }
            }
            var ce = norms.Count;
            for (var k = te; k < norms.Count; k++) if (Cue("complementizer", norms, k) || norms[k] is ";" or "." || ClauseBreak(norms, k) > 0) { ce = k; break; }
            return (cs, ce);
        }
    }
}
