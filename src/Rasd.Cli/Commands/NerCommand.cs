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

    /// <summary>Tags the sentences of the input; blank lines are kept where they were. Without a second stage
    /// each sentence is written as soon as it ends; a model with one reads the whole input first: it is one
    /// document, each sentence seen with its neighbours.</summary>
    public static void Run(NerModel model, TextReader input, TextWriter output)
    {
        var stacked = model.Stack != null;
        var sentences = new List<List<string>>();
        // Blank lines after each sentence (stacked mode), and before the first.
        var blanks = new List<int>();
        var leading = 0;
        var tokens = new List<string>();
        void Write(List<string> toks, string[] tags)
        {
            for (var i = 0; i < toks.Count; i++) { output.Write(toks[i]); output.Write(' '); output.WriteLine(tags[i]); }
        }
        void Flush()
        {
            if (tokens.Count == 0) return;
            if (stacked) { sentences.Add(tokens); blanks.Add(0); tokens = new List<string>(); return; }
            Write(tokens, model.Tag(tokens));
            tokens.Clear();
        }
        while (input.ReadLine() is { } line)
        {
            var t = line.AsSpan().Trim();
            if (t.IsEmpty)
            {
                Flush();
                if (!stacked) output.WriteLine();
                else if (blanks.Count == 0) leading++;
                else blanks[^1]++;
                continue;
            }
            var ws = t.IndexOfAny(" \t\u00A0");
            tokens.Add((ws < 0 ? t : t[..ws]).ToString());
        }
        Flush();
        if (!stacked) return;
        var tagged = model.TagDocument(sentences);
        for (var b = 0; b < leading; b++) output.WriteLine();
        for (var k = 0; k < sentences.Count; k++)
        {
            Write(sentences[k], tagged[k]);
            for (var b = 0; b < blanks[k]; b++) output.WriteLine();
        }
    }
}
