using BenchmarkDotNet.Running;

namespace Rasd.Bench;

/// <summary>Runs the BenchmarkDotNet classes of this assembly: `dotnet run -c Release --project bench/Rasd.Bench -- --filter '*Store*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
