namespace Rasd.Tests.Time;

internal static class TestPaths
{
    /// <summary>The shared/ folder beside the checkout (found by walking up to a folder holding shared/contract).</summary>
    public static string Shared() => TestFiles.Shared();

    /// <summary>The repository root (the folder holding Rasd.slnx).</summary>
    public static string Repo() => TestFiles.Repo();
}
