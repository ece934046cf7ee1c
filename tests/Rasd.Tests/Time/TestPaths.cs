namespace Rasd.Tests.Time;

internal static class TestPaths
{
    /// <summary>The shared/ folder beside the checkout (found by walking up to a folder holding shared/contract).</summary>
    public static string Shared()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            var s = Path.Combine(d.FullName, "shared");
            if (Directory.Exists(Path.Combine(s, "contract"))) return s;
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
}
