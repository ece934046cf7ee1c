using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Report;

namespace Rasd.Cli.Commands;

/// <summary>`rasd show ID`: a document, item, event, entity or story, as the report contract spells it.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "id of a document, item, event, entity or story" };
        var store = CliCommon.StoreOption();
        var cmd = new Command("show", "show one document, item, event, entity or story as JSON") { id, store };
        cmd.SetAction(pr =>
        {
            using var s = CliCommon.OpenStore(pr, store, "show");
            if (s == null) return 1;
            var key = pr.GetValue(id)!.Trim();
            JsonNode? node = null;
            string? kind = null;
            if (s.GetInfo(key) is { } info && s.GetDocument(key) is { } doc)
            {
                kind = "document";
                node = JsonSerializer.SerializeToNode(ReportBuilder.ToJson(doc), ReportBuilder.JsonOptions)!;
                node["status"] = info.Status.ToString().ToLowerInvariant();
                if (info.Error != null) node["error"] = info.Error;
                node["format"] = info.Format;
            }
            else if (s.GetItem(key) is { } item && s.GetDocument(item.DocumentId) is { } owner)
            {
                kind = "item";
                node = JsonSerializer.SerializeToNode(ReportBuilder.ToJson(owner).Items.First(i => i.Id == item.Id), ReportBuilder.JsonOptions)!;
                node["document"] = owner.Id;
            }
            else if (s.GetEvent(key) is { } ev) { kind = "event"; node = JsonSerializer.SerializeToNode(ReportBuilder.ToJson(ev), ReportBuilder.JsonOptions); }
            else if (s.GetEntity(key) is { } en) { kind = "entity"; node = JsonSerializer.SerializeToNode(ReportBuilder.ToJson(en), ReportBuilder.JsonOptions); }
            else if (s.GetStory(key) is { } st) { kind = "story"; node = JsonSerializer.SerializeToNode(ReportBuilder.ToJson(st), ReportBuilder.JsonOptions); }
            if (node == null)
            {
                CliCommon.Err(pr).WriteLine($"rasd show: nothing with id {key} in {s.Location}");
                return 1;
            }
            var o = new JsonObject { ["kind"] = kind };
            foreach (var (k, v) in node.AsObject().ToList()) { node.AsObject().Remove(k); o[k] = v; }
            CliCommon.Out(pr).WriteLine(o.ToJsonString(ReportBuilder.JsonOptions));
            return 0;
        });
        return cmd;
    }
}
