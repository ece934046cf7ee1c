using System.Collections.Concurrent;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Net.Sockets;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>
/// Reads files, folders (recursively, in name order, hidden entries skipped) and http(s) URLs into documents.
/// Results stream: one file is read at a time. Bad input never throws: it becomes a rejection naming the input
/// and the reason, and reading goes on with the rest.
/// </summary>
public static class Inputs
{
    /// <summary>The readers, in the order that breaks ties between equally sure readers after the file name.</summary>
    public static IReadOnlyList<IDocumentReader> Readers => DefaultReaders;

    private static readonly IScoredReader[] DefaultReaders =
        [new TrecReader(), new FeedReader(), new TelegramReader(), new JsonLinesReader(), new HtmlReader(), new PlainTextReader()];

    private static readonly Lazy<HttpClient> Http = new(() => new HttpClient(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each request has its own deadline (InputOptions.HttpTimeout)
        DefaultRequestHeaders = { { "User-Agent", "Rasd/1.0 (news reader)" } },
    });

    /// <summary>
    /// Reads every input (file, folder or URL) lazily and in order; never throws for bad input. A background thread
    /// reads a few files ahead of the caller (<see cref="InputOptions.ReadAhead"/>), so reading overlaps the caller's work.
    /// </summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> pathsOrUrls, InputOptions? options = null)
    {
        options ??= InputOptions.Default;
        foreach (var batch in Ahead(Units(pathsOrUrls, options), u => Run(u, options), options.ReadAhead))
            foreach (var r in batch) yield return r;
    }

    /// <summary>One thing to read: a file or a URL, or a rejection known without reading.</summary>
    private readonly record struct Unit(string Source, FileProbe.Kind Kind, bool Url, string? Error);

    private static IEnumerable<Unit> Units(IEnumerable<string> inputs, InputOptions options)
    {
        foreach (var input in inputs)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                yield return new Unit(input ?? "", default, false, "empty path");
                continue;
            }
            if (Sniff.IsUrl(input))
            {
                yield return new Unit(input, default, true, null);
                continue;
            }
            if (input.Contains("://", StringComparison.Ordinal))
            {
                yield return new Unit(input, default, false, "unsupported URL scheme: only http:// and https:// can be read");
                continue;
            }
            var kind = FileProbe.Of(input);
            if (kind != FileProbe.Kind.Directory)
            {
                yield return new Unit(input, kind, false, null);
                continue;
            }
            var any = false;
            foreach (var u in Walk(input, options))
            {
                any = true;
                yield return u;
            }
            if (!any) yield return new Unit(input, default, false, "the folder holds no files to read");
        }
    }

    private static List<ReadResult> Run(Unit u, InputOptions options)
    {
        try
        {
            if (u.Error != null) return [ReadResult.Rejected(u.Source, u.Error)];
            return (u.Url ? ReadUrl(u.Source, options) : ReadFile(u.Source, u.Kind, options)).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [ReadResult.Rejected(u.Source, $"could not be read: {e.GetType().Name}: {e.Message}")];
        }
    }

    /// <summary>
    /// Maps items in order on one background thread that stays at most <paramref name="capacity"/> results ahead of
    /// the caller, so reading overlaps the caller's work (storing, analysing); 1 or less works inline.
    /// </summary>
    private static IEnumerable<TOut> Ahead<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, int capacity)
    {
        if (capacity <= 1)
        {
            foreach (var item in items) yield return work(item);
            yield break;
        }
        using var queue = new BlockingCollection<TOut>(capacity);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                foreach (var item in items)
                {
                    if (stop.IsCancellationRequested) break;
                    queue.Add(work(item), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The caller stopped early.
            }
            catch (Exception e)
            {
                // Only the caller's own sequence of inputs can fail here (reading catches everything): hand it back.
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "rasd-read-ahead" };
        thread.Start();
        try
        {
            foreach (var r in queue.GetConsumingEnumerable()) yield return r;
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            thread.Join();
        }
    }

    /// <summary>Reads one input given as text (a posted body): the format is detected from the content, a hint breaks ties.</summary>
    public static IEnumerable<ReadResult> ReadContent(string content, string source, string? formatHint = null, InputOptions? options = null)
    {
        options ??= InputOptions.Default;
        if (string.IsNullOrWhiteSpace(content)) return [ReadResult.Rejected(source, "no text (empty or only whitespace)")];
        return Parse(content, source, null, options, formatHint);
    }

    /// <summary>Reads one input given as bytes: decoded (see <see cref="TextDecoder"/>), then read like a file.</summary>
    public static IEnumerable<ReadResult> ReadBytes(ReadOnlySpan<byte> bytes, string source, InputOptions? options = null, string? charset = null)
    {
        options ??= InputOptions.Default;
        if (bytes.Length > options.MaxBytes) return [ReadResult.Rejected(source, TooLarge(bytes.Length, options.MaxBytes))];
        var decoded = TextDecoder.Decode(bytes, charset);
        if (!decoded.Ok) return [ReadResult.Rejected(source, decoded.Error!)];
        return Parse(decoded.Text!, source, decoded.Encoding, options, null);
    }

    /// <summary>The reader that would read this content: the surest one; the file name breaks ties, then the reader order.</summary>
    public static IDocumentReader Detect(string content, string source) => Choose(content, source, null, InputOptions.Default);

    private static IScoredReader Choose(string content, string source, string? hint, InputOptions options)
    {
        var ext = Sniff.Extension(source);
        IScoredReader? best = null;
        var bestScore = Confidence.No;
        var bestTie = false;
        foreach (var reader in DefaultReaders)
        {
            var score = reader.Score(content, source);
            if (score == Confidence.No) continue;
            var tie = (hint != null && Matches(reader.Format, hint)) || (ext.Length > 0 && reader.Extensions.Contains(ext));
            if (best == null || score > bestScore || (score == bestScore && tie && !bestTie))
            {
                best = reader;
                bestScore = score;
                bestTie = tie;
            }
        }
        best ??= DefaultReaders[^1];
        if (best is TrecReader && !options.IncludeTrecTime) return new TrecReader(includeTime: false);
        return best;
    }

    private static bool Matches(string format, string hint) =>
        string.Equals(format, hint, StringComparison.OrdinalIgnoreCase) || (format == "feed" && hint is "rss" or "atom") || (format == "telegram" && hint == "json");

    private static IEnumerable<ReadResult> Parse(string content, string source, string? encoding, InputOptions options, string? hint)
    {
        var reader = Choose(content, source, hint, options);
        if (reader is PlainTextReader && UnsupportedXml(content) is { } why) return [ReadResult.Rejected(source, why)];
        List<ReadResult> results;
        try
        {
            results = reader.ReadEntries(content, source, options).ToList();
        }
        catch (InputException e)
        {
            return [ReadResult.Rejected(source, e.Message)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug or a library failure on strange input must not stop the run: report it on this input.
            return [ReadResult.Rejected(source, $"could not read as {reader.Format}: {e.GetType().Name}: {e.Message}")];
        }
        if (encoding != null)
            foreach (var r in results)
                if (r.Document != null) r.Document.Meta.Encoding = encoding;
        // Rasd reads Arabic news: a README or an English page beside the articles is reported, not analysed as news.
        for (var i = 0; i < results.Count; i++)
            if (results[i].Document is { } d && NotArabic(d.Text) is { } notArabic)
                results[i] = ReadResult.Rejected(d.Meta.Source, notArabic);
        return results;
    }

    /// <summary>Why a text is not Arabic (too few of its letters are Arabic), or null when it is.</summary>
    internal static string? NotArabic(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFC') arabic++;
        }
        if (letters == 0 || arabic * 10 >= letters * 3) return null;
        return $"not Arabic text: {arabic} of its {letters} letters are Arabic (Rasd reads Arabic news)";
    }

    /// <summary>XML or JSON that no reader understands must not be stored as text with its markup.</summary>
    private static string? UnsupportedXml(string content)
    {
        var start = Sniff.Start(content);
        if (start < content.Length && content[start] is '{' or '[' && JsonLinesReader.WholeJson(content) != null)
            return "JSON that is not a known format (JSON Lines or an array of objects with \"text\", or a Telegram export)";
        var root = Sniff.RootElement(content, out _);
        if (root == null) return null;
        if (root.Equals("rdf:RDF", StringComparison.OrdinalIgnoreCase))
            return "an RSS 1.0 (RDF) feed: only RSS 2.0 and Atom 1.0 feeds are supported";
        if (string.CompareOrdinal(content, start, "<?xml", 0, 5) == 0)
            return $"an XML document with root element <{root}>, which is not a supported format (RSS 2.0, Atom 1.0, TREC <DOC>, XHTML)";
        return null;
    }

    private static IEnumerable<ReadResult> ReadFile(string path, FileProbe.Kind kind, InputOptions options)
    {
        switch (kind)
        {
            case FileProbe.Kind.Missing:
                return [ReadResult.Rejected(path, "no such file or folder")];
            case FileProbe.Kind.Special:
                return [ReadResult.Rejected(path, "not a regular file (a pipe, socket or device): not read")];
        }
        byte[] bytes;
        try
        {
            bytes = ReadBytesLimited(path, options.MaxBytes, out var tooLarge);
            if (tooLarge is { } size) return [ReadResult.Rejected(path, TooLarge(size, options.MaxBytes))];
        }
        catch (UnauthorizedAccessException)
        {
            return [ReadResult.Rejected(path, "permission denied: the file cannot be read")];
        }
        catch (FileNotFoundException)
        {
            return [ReadResult.Rejected(path, "no such file (it disappeared while reading)")];
        }
        catch (DirectoryNotFoundException)
        {
            return [ReadResult.Rejected(path, "no such file or folder")];
        }
        catch (IOException e)
        {
            return [ReadResult.Rejected(path, $"cannot read the file: {e.Message}")];
        }
        return ReadBytes(bytes, path, options);
    }

    /// <summary>Reads a whole file, refusing one over the limit without reading it (by its size, or while reading when the size is not known in advance).</summary>
    private static byte[] ReadBytesLimited(string path, long max, out long? tooLarge)
    {
        tooLarge = null;
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = fs.Length;
        if (length > max)
        {
            tooLarge = length;
            return [];
        }
        if (length > 0)
        {
            var buf = new byte[length];
            var read = 0;
            while (read < buf.Length)
            {
                var n = fs.Read(buf, read, buf.Length - read);
                if (n == 0) return buf[..read];
                read += n;
            }
            // A file that grows while being read is read up to the size it had when opened.
            return buf;
        }
        // Files that report no size (/proc and the like): read in chunks up to the limit.
        using var ms = new MemoryStream();
        var chunk = new byte[81920];
        int k;
        while ((k = fs.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (ms.Length + k > max)
            {
                tooLarge = ms.Length + k;
                return [];
            }
            ms.Write(chunk, 0, k);
        }
        return ms.ToArray();
    }

    private static string TooLarge(long size, long max) =>
        $"too large: {Size(size)} is over the limit of {Size(max)} (InputOptions.MaxBytes); not read";

    internal static string Size(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.#} GB ({bytes:N0} bytes)",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB ({bytes:N0} bytes)",
        >= 1024 => $"{bytes / 1024.0:0.#} KB ({bytes:N0} bytes)",
        _ => $"{bytes} bytes",
    };

    /// <summary>Files under a folder, depth first, entries of each folder in ordinal name order; hidden names skipped.</summary>
    private static IEnumerable<Unit> Walk(string root, InputOptions options)
    {
        var stack = new Stack<string>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            List<FileSystemInfo> entries;
            string? error = null;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToList();
                entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                entries = [];
                error = e is UnauthorizedAccessException ? "permission denied: the folder cannot be listed" : $"cannot list the folder: {e.Message}";
            }
            if (error != null)
            {
                yield return new Unit(dir, default, false, error);
                continue;
            }
            // Sub-folders are visited after this folder's files, in name order (pushed in reverse).
            var subdirs = new List<string>();
            foreach (var e in entries)
            {
                if (options.SkipHidden && (e.Name.StartsWith('.') || (e.Attributes & FileAttributes.Hidden) != 0)) continue;
                var path = Path.Combine(dir, e.Name);
                if (e is DirectoryInfo d)
                {
                    // A linked folder could loop back on itself.
                    if (d.LinkTarget == null) subdirs.Add(path);
                    continue;
                }
                var kind = FileProbe.Of(path);
                if (kind == FileProbe.Kind.Directory) continue; // a link to a folder
                yield return new Unit(path, kind, false, null);
            }
            for (var i = subdirs.Count - 1; i >= 0; i--) stack.Push(subdirs[i]);
        }
    }

    private static IEnumerable<ReadResult> ReadUrl(string url, InputOptions options)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return [ReadResult.Rejected(url, "not a valid http(s) URL")];
        byte[] bytes;
        string? charset;
        var seconds = options.HttpTimeout.TotalSeconds;
        using var cts = new CancellationTokenSource(options.HttpTimeout);
        try
        {
            using var req = new HttpRequestMessage(HttpMethod.Get, uri);
            using var resp = Http.Value.Send(req, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (!resp.IsSuccessStatusCode)
                return [ReadResult.Rejected(url, $"the server answered HTTP {(int)resp.StatusCode} {resp.ReasonPhrase}")];
            if (resp.Content.Headers.ContentLength is { } len && len > options.MaxBytes)
                return [ReadResult.Rejected(url, TooLarge(len, options.MaxBytes))];
            charset = resp.Content.Headers.ContentType?.CharSet;
            using var stream = resp.Content.ReadAsStream(cts.Token);
            using var ms = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (ms.Length + n > options.MaxBytes) return [ReadResult.Rejected(url, TooLarge(ms.Length + n, options.MaxBytes))];
                ms.Write(chunk, 0, n);
            }
            bytes = ms.ToArray();
        }
        catch (OperationCanceledException)
        {
            return [ReadResult.Rejected(url, $"unreachable: no complete answer within {seconds:0.#} s")];
        }
        catch (HttpRequestException e)
        {
            return [ReadResult.Rejected(url, $"unreachable: {Describe(e)}")];
        }
        catch (IOException e)
        {
            return [ReadResult.Rejected(url, $"the connection failed while reading: {e.Message}")];
        }
        if (bytes.Length == 0) return [ReadResult.Rejected(url, "empty answer (0 bytes)")];
        return ReadBytes(bytes, url, options, charset);
    }

    private static string Describe(HttpRequestException e)
    {
        for (Exception? x = e; x != null; x = x.InnerException)
            if (x is SocketException se)
                return se.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused (nothing listens at that address)",
                    SocketError.HostNotFound or SocketError.NoData => "host not found",
                    SocketError.TimedOut => "connection timed out",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
                    _ => se.Message,
                };
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.ConnectionError => $"connection failed: {e.Message}",
            HttpRequestError.SecureConnectionError => $"TLS failed: {e.Message}",
            _ => e.Message,
        };
    }
}
