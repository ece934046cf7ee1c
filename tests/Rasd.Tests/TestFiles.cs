namespace Rasd.Tests;

/// <summary>Where the tests find ../shared (contract, examples, data) and the repository, walking up from the binaries.</summary>
public static class TestFiles
{
    /// <summary>The shared/ folder beside the checkout (CI has it there); a clear failure when it is missing.</summary>
    public static string Shared()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "contract"))) return candidate;
        }
        throw new InvalidOperationException($"shared/ (with shared/contract) not found above {AppContext.BaseDirectory}: these tests need ../shared beside the checkout");
    }

    /// <summary>The repository root (the folder holding Rasd.slnx).</summary>
    public static string Repo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Rasd.slnx"))) return d.FullName;
        throw new InvalidOperationException($"Rasd.slnx not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The text between the first <paramref name="open"/> and the next <paramref name="close"/> (TREC fields).</summary>
    public static string? Between(string s, string open, string close)
    {
        var a = s.IndexOf(open, StringComparison.Ordinal);
        if (a < 0) return null;
        a += open.Length;
        var b = s.IndexOf(close, a, StringComparison.Ordinal);
        return b < 0 ? null : s[a..b];
    }
}
