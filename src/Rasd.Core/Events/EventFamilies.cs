namespace Rasd.Events;

/// <summary>Event families for coreference: reports of one event may use different but related codes.</summary>
public static class EventFamilies
{
    // Codes are few: each one's family is worked out once (Of runs for every coreference candidate).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Families = new(StringComparer.Ordinal);

    public static string Of(string cameo) => Families.TryGetValue(cameo, out var f) ? f : Families.GetOrAdd(cameo, Family);

    private static string Family(string cameo)
    {
        if (cameo.Length < 2) return cameo;
        var root = cameo[..2];
        return root switch
        {
            "02" or "10" => "request",
            "04" => "consult",
            "03" => cameo.Length >= 3 ? (cameo[..3] is "030" or "031" or "032" ? "cooperate" : cameo[..3]) : "cooperate",
            "05" => cameo.Length >= 3 ? cameo[..3] : root,
            "08" => cameo.Length >= 3 ? cameo[..3] : root,
            // (an arrest is not the ban on protests that followed it: "تحظر التجمعات ... بعد توقيف إمام أوغلو")
            "17" => cameo.Length >= 3 ? cameo[..3] : root,
            "18" or "19" => "force",
            _ => root,
        };
    }

    /// <summary>
    /// Whether two codes of one family can report the same event: a telephone call is never a visit or a meeting in
    /// person (both are consultations), while a generic consultation (040) can be either and a meeting in a party's
    /// country is that party's hosting of the other's visit.
    /// </summary>
    /// <summary>
    /// A letter is not the visit or meeting it was carried to ("سلمه رسالة من المرشد" and the hosting of the messenger):
    /// the two are one event only when the letter's sender takes part in the other.
    /// </summary>
    public static bool CarriedLetter(string letterType, IReadOnlyList<string> senders, string otherType, IEnumerable<string> otherParties,
                                     Func<string, string, bool> sameSide) =>
        letterType == "message" && otherType != "message" && senders.Count > 0 && !senders.Any(a => otherParties.Any(b => sameSide(a, b)));

    public static bool Compatible(string a, string b)
    {
        if (Of(a) != Of(b)) return false;
        // The killing of someone named is not the fighting around it ("اندلعت المواجهات عقب مقتل الككلي").
        if ((a == "186") != (b == "186")) return false;
        if (Of(a) != "consult" || a == b || a == "040" || b == "040") return true;
        // Negotiations are held in person somewhere: the talks in Muscat are the meeting Oman hosted.
        static bool InPerson(string c) => c is "042" or "043" or "044" or "046";
        return InPerson(a) && InPerson(b);
    }
}
