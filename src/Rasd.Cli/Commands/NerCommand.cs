using System.CommandLine;
using System.Text;
using Rasd.Actors;

namespace Rasd.Cli.Commands;

/// <summary>
/// `rasd ner`: CoNLL-style tokens on standard input (one per line, anything after the first whitespace ignored,
/// blank line between sentences) → "token TAG" lines in the same layout, tags as ANERcorp spells them.
/// </summary>
public static class NerCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "model file (default: the shipped model)" };
        var cmd = new Command("ner", "tag CoNLL tokens from standard input with PERS/LOC/ORG/MISC BIO tags") { model };
        cmd.SetAction(pr =>
        {
            NerModel m;
            var path = pr.GetValue(model);
            try
            {
                if (path == null) m = NerModel.Default;
                else { using var f = File.OpenRead(path); m = NerModel.Load(f); }
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"rasd ner: {path ?? "shipped model"}: {e.Message}");
                return 2;
            }
            var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            Run(m, stdin, stdout);
            stdout.Flush();
            return 0;
        });
        return cmd;
    }

    /// <summary>Streams sentences through the tagger; blank lines are kept where they were.</summary>
    public static void Run(NerModel model, TextReader input, TextWriter output)
    {
        var tokens = new List<string>();
        void Flush()
        {
            if (tokens.Count == 0) return;
            var tags = model.Tag(tokens);
            for (var i = 0; i < tokens.Count; i++) { output.Write(tokens[i]); output.Write(' '); output.WriteLine(tags[i]); }
            tokens.Clear();
        }
        while (input.ReadLine() is { } line)
        {
            var t = line.AsSpan().Trim();
            if (t.IsEmpty) { Flush(); output.WriteLine(); continue; }
            var ws = t.IndexOfAny(" \t\u00A0");
            tokens.Add((ws < 0 ? t : t[..ws]).ToString());
        }
        Flush();
    }
}
