using System.Net;
using System.Net.Sockets;
using System.Text;
using Rasd.Ingest;
using Rasd.Model;

namespace Rasd.Tests.Ingest;

internal static class IngestKit
{
    public static string Fixture(params string[] parts) =>
        Path.Combine(new[] { AppContext.BaseDirectory, "Ingest", "Fixtures" }.Concat(parts).ToArray());

    public static List<ReadResult> ReadAll(params string[] inputs) => Inputs.Read(inputs).ToList();

    public static List<ReadResult> ReadAll(InputOptions options, params string[] inputs) => Inputs.Read(inputs, options).ToList();

    public static Document Single(IEnumerable<ReadResult> results)
    {
        var list = results.ToList();
        Assert.True(list.Count == 1, "expected one result, got: " + string.Join(" | ", list.Select(r => r.Source + ": " + (r.Error ?? "ok"))));
        Assert.True(list[0].IsOk, $"{list[0].Source} rejected: {list[0].Error}");
        return list[0].Document!;
    }

    public static ReadResult SingleRejection(IEnumerable<ReadResult> results)
    {
        var list = results.ToList();
        Assert.True(list.Count == 1, "expected one result, got: " + string.Join(" | ", list.Select(r => r.Source + ": " + (r.Error ?? "ok"))));
        Assert.False(list[0].IsOk, $"{list[0].Source} was read as {list[0].Document?.Meta.Format} but should be rejected");
        Assert.False(string.IsNullOrWhiteSpace(list[0].Error));
        return list[0];
    }

    public static bool IsRoot => Environment.UserName == "root" || (OperatingSystem.IsLinux() && File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:"))?.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) == "0");
}

/// <summary>A folder removed after the test.</summary>
internal sealed class Scratch : IDisposable
{
    // tmpfs when there is one: creating and deleting thousands of files on a busy disk takes a minute.
    private static readonly string Root = Directory.Exists("/dev/shm") && !OperatingSystem.IsWindows() ? "/dev/shm" : System.IO.Path.GetTempPath();
    public string Path { get; } = System.IO.Path.Combine(Root, "rasd-ingest-" + Guid.NewGuid().ToString("N")[..12]);
    public Scratch() => Directory.CreateDirectory(Path);
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var p = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (free port) answering each path with a canned response; stops on dispose.
/// A route may also hang (never answer) to test timeouts.
/// </summary>
internal sealed class LocalHttp : IDisposable
{
    public sealed record Route(int Status, string ContentType, byte[] Body, bool Hang = false);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _cts = new(TimeSpan.FromSeconds(60));
    private readonly Dictionary<string, Route> _routes;
    private readonly Task _loop;

    public LocalHttp(Dictionary<string, Route> routes)
    {
        _routes = routes;
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    private async Task Loop()
    {
        while (!_cts.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_cts.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buf = new byte[8192];
                var head = new StringBuilder();
                while (!head.ToString().Contains("\r\n\r\n"))
                {
                    var n = await stream.ReadAsync(buf, _cts.Token);
                    if (n == 0) return;
                    head.Append(Encoding.ASCII.GetString(buf, 0, n));
                }
                var path = head.ToString().Split(' ')[1];
                if (!_routes.TryGetValue(path, out var route)) route = new Route(404, "text/plain", Encoding.UTF8.GetBytes("not found"));
                if (route.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _cts.Token);
                    return;
                }
                var reason = route.Status == 200 ? "OK" : route.Status == 404 ? "Not Found" : "Error";
                var header = $"HTTP/1.1 {route.Status} {reason}\r\nContent-Type: {route.ContentType}\r\nContent-Length: {route.Body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(header), _cts.Token);
                await stream.WriteAsync(route.Body, _cts.Token);
            }
            catch (Exception)
            {
                // The client gave up (timeout test) or the server is stopping.
            }
        }
    }

    public void Dispose()
    {
        _cts.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _cts.Dispose();
    }
}
