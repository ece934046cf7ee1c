using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Rasd.Ingest;
using Rasd.Model;
using Rasd.Search;

namespace Rasd.Server;

/// <summary>
/// The analyst's workbench: the HTTP API (minimal APIs, OpenAPI at /openapi/v1.json) and the web UI over one store.
/// </summary>
public static class RasdServer
{
    public const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    static RasdServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static WebApplication Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = options.Urls.Count > 0 ? options.Urls : new[] { "http://127.0.0.1:5080" };
        var open = urls.Where(u => !IsLoopback(u)).ToList();
        if (open.Count > 0 && string.IsNullOrEmpty(options.Token))
            throw new ServerConfigException($"refusing to listen on {string.Join(", ", open)} without a token: give --token or set RASD_TOKEN (writes then need 'Authorization: Bearer <token>')");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(urls.ToArray());
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRoutingCore();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Arabic stays readable; the API returns JSON (never HTML) and the UI builds the DOM with textContent.
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });

        var ownsIndex = options.Search == null;
        var index = options.Search ?? new LuceneSearchIndex(LuceneSearchIndex.DefaultPathFor(options.Store));
        var view = new StoreView(options.Store, options.StoreCheckInterval);
        var ingestion = new ApiIngestion(options.Store, index);
        var reader = options.Reader ?? BodyReader.Read;

        var app = builder.Build();
        if (ownsIndex) app.Lifetime.ApplicationStopped.Register(index.Dispose);
        // Load the store's corpus once at start, so the first page is not the slow one.
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            try
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var snap = view.Current;
                options.Log?.Invoke($"loaded {snap.Corpus.Stories.Count} stories, {snap.Corpus.Events.Count} events and {snap.Corpus.Entities.Count} entities in {sw.Elapsed.TotalSeconds:F1} s");
            }
            catch (Exception e) { app.Logger.LogError(e, "could not load the store {Location}", options.Store.Location); }
        }));

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.ContentSecurityPolicy = Csp;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            if (HttpMethods.IsPost(ctx.Request.Method) || HttpMethods.IsPut(ctx.Request.Method) || HttpMethods.IsDelete(ctx.Request.Method))
            {
                if (!string.IsNullOrEmpty(options.Token) && !Authorized(ctx.Request, options.Token))
                {
                    h.WWWAuthenticate = "Bearer";
                    await Results.Problem(statusCode: 401, title: "Unauthorized",
                        detail: "this server needs 'Authorization: Bearer <token>' for writes").ExecuteAsync(ctx);
                    return;
                }
            }
            await next(ctx);
        });

        app.MapOpenApi();
        EmbeddedUi.Map(app);
        var api = app.MapGroup("/api");

        api.MapPost("/documents", async (HttpRequest req, CancellationToken ct) =>
        {
            var body = await BodyReader.ReadBody(req, options.MaxBodyBytes, ct);
            if (body.Error is { } err) return err;
            var source = req.Query["source"].FirstOrDefault() is { Length: > 0 } s ? s : "api:" + ContentHash.Of(body.Text!);
            var read = reader(body.Text!, source, body.FormatHint).Select(r => Decorate(r, req)).ToList();
            if (read.Count == 0)
                return Results.Problem(statusCode: 400, title: "No documents", detail: $"{source}: the body holds no document");
            var result = ingestion.Ingest(read, changed => view.Invalidate(changed));
            if (result.Rejected == read.Count)
                return Results.Problem(statusCode: 400, title: "Rejected input",
                    detail: string.Join("; ", result.Documents.Select(d => $"{d.Source}: {d.Error}")));
            return Results.Json(result, statusCode: result.Stored > 0 ? 201 : 200);
        })
        .Accepts<string>("text/plain", "text/html", "application/xml", "application/rss+xml", "application/atom+xml", "application/json", "application/x-ndjson", "*/*")
        .Produces<IngestResponseDto>(201).Produces<IngestResponseDto>(200)
        .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415)
        .WithSummary("Ingest a document, feed or JSON export (same readers and idempotency as `rasd ingest`)");

        api.MapGet("/stories", (HttpRequest req) =>
        {
            if (Paging(req, out var page, out var size) is { } bad) return bad;
            var s = view.Current;
            var list = s.StoryOrder.Skip((page - 1) * size).Take(size).Select(st => Views.StorySummary(view, s, st)).ToList();
            return Results.Ok(new PageOf<StorySummaryDto>(page, size, s.StoryOrder.Count, list));
        }).Produces<PageOf<StorySummaryDto>>().ProducesProblem(400).WithSummary("Stories, newest first (paginated: page, size)");

        api.MapGet("/stories/{id}", (string id, HttpRequest req) =>
        {
            if (Paging(req, out var page, out var size) is { } bad) return bad;
            var s = view.Current;
            return s.Stories.TryGetValue(id, out var story)
                ? Results.Ok(Views.Story(view, s, story, page, size))
                : NotFound("story", id);
        }).Produces<StoryDto>().ProducesProblem(400).ProducesProblem(404)
          .WithSummary("A story with its timeline (dated events in order; undated apart with the reason) and a page of its items (page, size)");

        api.MapGet("/events/{id}", (string id) =>
        {
            var s = view.Current;
            return s.Events.TryGetValue(id, out var e) ? Results.Ok(Views.Event(view, s, e)) : NotFound("event", id);
        }).Produces<EventDto>().ProducesProblem(404).WithSummary("An event with every mention: document, span, original paragraph, outlet, attribution");

        api.MapGet("/entities/{id}", (string id, HttpRequest req) =>
        {
            if (Paging(req, out var page, out var size) is { } bad) return bad;
            var s = view.Current;
            if (!s.Corpus.Entities.TryGetValue(id, out var e)) return NotFound("entity", id);
            var events = s.EventsByEntity.GetValueOrDefault(id) ?? new List<Event>();
            var pageItems = events.Skip((page - 1) * size).Take(size).Select(ev => Views.Summary(s, ev)).ToList();
            return Results.Ok(new EntityDto(e.Id, e.Type.ToString().ToLowerInvariant(), e.Name, e.NameEn, e.Wikidata, e.Country,
                e.Aliases.ToList(), e.Roles.Select(r => new RoleDto(r.Title, r.Of)).ToList(),
                new PageOf<EventSummaryDto>(page, size, events.Count, pageItems)));
        }).Produces<EntityDto>().ProducesProblem(404).WithSummary("An entity: aliases, roles and the events it takes part in (paginated)");

        api.MapGet("/search", (HttpRequest req) =>
        {
            var q = req.Query["q"].ToString();
            if (string.IsNullOrWhiteSpace(q))
                return Results.Problem(statusCode: 400, title: "Missing query", detail: "give the words to search for as ?q=");
            if (q.Length > 1000)
                return Results.Problem(statusCode: 400, title: "Query too long", detail: "the query is longer than 1000 characters");
            var kind = req.Query["kind"].FirstOrDefault();
            if (kind is { Length: > 0 } && kind != LuceneSearchIndex.KindItem && kind != LuceneSearchIndex.KindEvent)
                return Results.Problem(statusCode: 400, title: "Bad kind", detail: "kind must be 'item' or 'event'");
            // Ten results a page by default: each hit costs a stored-field read and a snippet.
            if (Paging(req, out var page, out var size, 10) is { } bad) return bad;
            var r = index.Search(new SearchQuery(q, page, size, kind is { Length: > 0 } ? kind : null));
            return Results.Ok(new SearchResponseDto(r.Query, r.Page, r.Size, r.Total, r.Hits));
        }).Produces<SearchResponseDto>().ProducesProblem(400)
          .WithSummary("Search items and events (Arabic normalisation and light stemming); snippets carry highlight offsets");

        api.MapGet("/export", async (HttpContext ctx, CancellationToken ct) =>
        {
            var format = ctx.Request.Query["format"].FirstOrDefault() ?? "json";
            var s = view.Current;
            switch (format)
            {
                case "json":
                    ctx.Response.ContentType = "application/json; charset=utf-8";
                    ctx.Response.Headers.ContentDisposition = "attachment; filename=rasd-export.json";
                    await Export.Json(ctx.Response.Body, options.Store, s.Corpus, ct);
                    return Results.Empty;
                case "jsonl":
                    ctx.Response.ContentType = "application/x-ndjson; charset=utf-8";
                    ctx.Response.Headers.ContentDisposition = "attachment; filename=rasd-export.jsonl";
                    await Export.JsonLines(ctx.Response.Body, options.Store, s.Corpus, ct);
                    return Results.Empty;
                case "csv":
                    ctx.Response.ContentType = "text/csv; charset=utf-8";
                    ctx.Response.Headers.ContentDisposition = "attachment; filename=rasd-events.csv";
                    await Export.Csv(ctx.Response.Body, s.Corpus, ct);
                    return Results.Empty;
                default:
                    return Results.Problem(statusCode: 400, title: "Bad format", detail: $"unknown export format '{format}': use json, jsonl or csv");
            }
        }).ProducesProblem(400).WithSummary("Export the store: json (report contract), jsonl (one record per line) or csv (events)");

        api.MapFallback(() => Results.Problem(statusCode: 404, title: "Not found", detail: "no such API endpoint"));
        return app;
    }

    /// <summary>The addresses the started server listens on (with the real port when 0 was asked).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? new List<string>();

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any-host").Replace("://+", "://any-host"), UriKind.Absolute, out var u)) return false;
        if (u.IsLoopback) return true;
        return IPAddress.TryParse(u.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static bool Authorized(HttpRequest req, string token)
    {
        var h = req.Headers.Authorization.ToString();
        if (!h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var given = Encoding.UTF8.GetBytes(h["Bearer ".Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token));
    }

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: 404, title: "Not found", detail: $"no {what} with id '{id}'");

    private static IResult? Paging(HttpRequest req, out int page, out int size, int defaultSize = 20)
    {
        page = 1;
        size = defaultSize;
        var p = req.Query["page"].FirstOrDefault();
        var z = req.Query["size"].FirstOrDefault();
        if (p != null && (!int.TryParse(p, out page) || page < 1 || page > 1_000_000))
            return Results.Problem(statusCode: 400, title: "Bad page", detail: $"page must be a whole number from 1, not '{p}'");
        if (z != null && (!int.TryParse(z, out size) || size < 1 || size > 100))
            return Results.Problem(statusCode: 400, title: "Bad size", detail: $"size must be a whole number from 1 to 100, not '{z}'");
        return null;
    }

    /// <summary>Metadata given with the request (?outlet=, ?url=, ?title=) fills what the reader did not find.</summary>
    private static ReadResult Decorate(ReadResult r, HttpRequest req)
    {
        if (r.Document is not { } d) return r;
        var q = req.Query;
        if (q["outlet"].FirstOrDefault() is { Length: > 0 } o && string.IsNullOrEmpty(d.Meta.Outlet)) d.Meta.Outlet = o;
        if (q["url"].FirstOrDefault() is { Length: > 0 } u && string.IsNullOrEmpty(d.Meta.Url)) d.Meta.Url = u;
        if (q["title"].FirstOrDefault() is { Length: > 0 } t && string.IsNullOrEmpty(d.Meta.Title)) d.Meta.Title = t;
        return r;
    }
}
