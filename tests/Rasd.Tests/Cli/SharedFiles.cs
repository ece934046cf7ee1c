namespace Rasd.Tests.Cli;

/// <summary>Finds ../shared (the contract, examples, data) by walking up from the test binaries.</summary>
public static class SharedFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "contract"))) return candidate;
            }
            throw new InvalidOperationException($"no shared/contract folder above {AppContext.BaseDirectory}: these tests need ../shared beside the checkout");
        }
    }

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);
}
