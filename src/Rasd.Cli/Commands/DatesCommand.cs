using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rasd.Model;
using Rasd.Time;

namespace Rasd.Cli.Commands;

/// <summary>`rasd dates --ref YYYY-MM-DD[THH:MM:SS]`: one text per line on stdin, one JSON array of time expressions per line out.</summary>
public static class DatesCommand
{
    public static Command Create()
    {
        var refOpt = new Option<string?>("--ref") { Description = "reference (publication) date, YYYY-MM-DD[THH:MM:SS]; without it relative values stay null" };
        var cmd = new Command("dates", "find and resolve time expressions: one text per line on stdin, one JSON line per input") { refOpt };
        cmd.SetAction(pr =>
        {
            var refText = pr.GetValue(refOpt);
            if (!TryParseRef(refText, out var ctx, out var error))
            {
                Console.Error.WriteLine($"rasd dates: --ref '{refText}': {error}");
                return 2;
            }
            var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            Run(stdin, stdout, ctx);
            return 0;
        });
        return cmd;
    }

    /// <summary>One JSON line per input line.</summary>
    public static void Run(TextReader input, TextWriter output, TimeContext ctx)
    {
        while (input.ReadLine() is { } line)
            output.WriteLine(ToJson(line, TimeRecognizer.Find(line, ctx)));
        output.Flush();
    }

    public static bool TryParseRef(string? text, out TimeContext ctx, out string? error)
    {
        ctx = TimeContext.Unknown;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK" };
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            error = "not a date of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS";
            return false;
        }
        ctx = new TimeContext(DateValue.OfDay(DateOnly.FromDateTime(dt), "metadata"));
        return true;
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(string text, List<TimeMention> mentions)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions))
        {
            w.WriteStartArray();
            foreach (var m in mentions)
            {
                w.WriteStartObject();
                w.WriteString("text", m.Text);
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("length", m.Span.Length);
                w.WriteString("type", m.Type switch { TimeType.DateRange => "daterange", TimeType.Time => "time", TimeType.Duration => "duration", TimeType.Set => "set", _ => "date" });
                if (m.Iso is null) w.WriteNull("value"); else w.WriteString("value", m.Iso);
                var precision = m.Type == TimeType.Duration || m.Type == TimeType.Time ? null
                    : m.Iso is { Length: 21 } ? "day"
                    : m.Value.Precision == DatePrecision.Unknown ? null : m.Value.Precision.ToString().ToLowerInvariant();
                if (precision is null) w.WriteNull("precision"); else w.WriteString("precision", precision);
                if (m.Value.Note is { } note) w.WriteString("note", note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
