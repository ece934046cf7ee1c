using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Rasd.Search;
using Rasd.Server;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>`rasd serve`: the HTTP API and web UI over a store, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CliCommon.StoreOption();
        var urls = new Option<string[]>("--urls")
        {
            Description = "addresses to listen on (default http://127.0.0.1:5080); any non-loopback address needs a token",
            AllowMultipleArgumentsPerToken = true,
        };
        var token = new Option<string?>("--token") { Description = "bearer token for write endpoints (default: $RASD_TOKEN)" };
        var maxBody = new Option<long>("--max-body") { Description = "largest request body in bytes", DefaultValueFactory = _ => 20L * 1024 * 1024 };
        var cmd = new Command("serve", "serve the HTTP API and the web UI") { store, urls, token, maxBody };
        cmd.SetAction(async (pr, ct) =>
        {
            var given = pr.GetValue(urls);
            var list = given is { Length: > 0 }
                ? given.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray()
                : new[] { "http://127.0.0.1:5080" };
            var tok = pr.GetValue(token);
            if (string.IsNullOrEmpty(tok)) tok = Environment.GetEnvironmentVariable("RASD_TOKEN");
            if (pr.GetValue(maxBody) < 1024)
            {
                CliCommon.Err(pr).WriteLine("rasd serve: --max-body must be at least 1024 bytes");
                return 2;
            }
            var s = CliCommon.OpenStore(pr, store, "serve");
            if (s == null) return 1;
            ISearchIndex? index = null;
            try
            {
                // PostgreSQL mode: search the store's own full-text index, shared by every server (no local folder).
                if (s is Rasd.Store.Postgres.PostgresStore pg) index = new Rasd.Store.Postgres.PostgresSearchIndex(pg);
                else
                {
                    var lucene = new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(s));
                    index = lucene;
                    if (lucene.IsEmpty && s.Stats().Documents > 0)
                    {
                        CliCommon.Err(pr).WriteLine($"rasd serve: building the search index in {lucene.Path}…");
                        var r = lucene.Rebuild(s);
                        CliCommon.Err(pr).WriteLine($"rasd serve: indexed {r.Items} items and {r.Events} events in {r.Elapsed.TotalSeconds:F1} s");
                    }
                }
                await using var app = RasdServer.Create(new ServerOptions
                {
                    Store = s, Search = index, Urls = list, Token = string.IsNullOrEmpty(tok) ? null : tok, MaxBodyBytes = pr.GetValue(maxBody),
                    Log = m => CliCommon.Err(pr).WriteLine("rasd serve: " + m),
                });
                await app.StartAsync(ct);
                foreach (var a in RasdServer.Addresses(app)) CliCommon.Out(pr).WriteLine($"rasd: serving {s.Location} on {a}");
                if (!string.IsNullOrEmpty(tok)) CliCommon.Out(pr).WriteLine("rasd: writes need 'Authorization: Bearer <token>'");
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (ServerConfigException e)
            {
                CliCommon.Err(pr).WriteLine("rasd serve: " + e.Message);
                return 2;
            }
            catch (SearchIndexException e)
            {
                CliCommon.Err(pr).WriteLine("rasd serve: " + e.Message);
                return 1;
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                CliCommon.Err(pr).WriteLine($"rasd serve: cannot listen on {string.Join(", ", list)}: {e.Message}");
                return 1;
            }
            finally
            {
                index?.Dispose();
                s.Dispose();
            }
        });
        return cmd;
    }
}
