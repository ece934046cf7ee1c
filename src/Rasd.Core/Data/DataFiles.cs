using System.Reflection;

namespace Rasd.Data;

/// <summary>
/// Language knowledge (month names, triggers, boilerplate phrases, actor dictionaries) lives in data files
/// under src/Rasd.Core/Data/, embedded in the assembly, so the product needs nothing else at run time.
/// </summary>
public static class DataFiles
{
    private static readonly Assembly Asm = typeof(DataFiles).Assembly;

    /// <summary>Opens a data file by its path under Data/, e.g. "time/months.tsv".</summary>
    public static Stream Open(string relativePath)
    {
        var name = "Rasd.Data." + relativePath.Replace('\\', '/');
        return Asm.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"embedded data file not found: {relativePath}");
    }

    public static string ReadAllText(string relativePath)
    {
        using var r = new StreamReader(Open(relativePath));
        return r.ReadToEnd();
    }

    /// <summary>Non-empty lines that are not comments (#), split on tabs.</summary>
    public static IEnumerable<string[]> ReadTsv(string relativePath)
    {
        using var r = new StreamReader(Open(relativePath));
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Split('\t');
        }
    }
}
