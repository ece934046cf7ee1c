using System.Text.Json.Nodes;
using NJsonSchema;
using Rasd.Tests.Store;

namespace Rasd.Tests.Cli;

/// <summary>`rasd analyze ../shared/examples --format json` against ../shared/contract/report.schema.json.</summary>
public class ReportSchemaTests
{
    /// <summary>
    /// The contract is draft 2020-12 with "$defs"; NJsonSchema resolves only draft-07 "definitions" references. The
    /// contract uses no keyword whose meaning differs between the drafts (checked here), so moving "$defs" to
    /// "definitions" gives the same schema. The broken-report test below shows references are really followed.
    /// </summary>
    private static JsonSchema Schema()
    {
        var text = File.ReadAllText(SharedFiles.Path_("contract", "report.schema.json"));
        foreach (var k in new[] { "prefixItems", "unevaluatedProperties", "unevaluatedItems", "dependentRequired", "dependentSchemas", "$dynamicRef", "$anchor" })
            Assert.DoesNotContain($"\"{k}\"", text);
        var node = JsonNode.Parse(text)!.AsObject();
        var defs = node["$defs"]!;
        node.Remove("$defs");
        node["definitions"] = defs;
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        return JsonSchema.FromJsonAsync(node.ToJsonString().Replace("#/$defs/", "#/definitions/")).GetAwaiter().GetResult();
    }

    private static JsonNode Contract() => JsonNode.Parse(File.ReadAllText(SharedFiles.Path_("contract", "report.schema.json")))!;

    /// <summary>Both validators must find the breakage (NJsonSchema ignores "const", so that one is ours alone).</summary>
    private static void AssertBroken(JsonSchema schema, JsonObject broken, bool njsonschemaSees = true)
    {
        var text = broken.ToJsonString();
        if (njsonschemaSees) Assert.NotEmpty(schema.Validate(text));
        Assert.NotEmpty(ContractValidator.Validate(Contract(), JsonNode.Parse(text)));
    }

    private static string AnalyzeExamples(TempDir dir)
    {
        var r = CliRunner.Run("analyze", SharedFiles.Path_("examples"), "--format", "json", "--store", dir.File("store"), "--quiet");
        Assert.True(r.Exit == 0, r.Err);
        return r.Out;
    }

    [Fact]
    public void Every_trigger_row_has_an_event_type_the_contract_allows()
    {
        var allowed = Contract()["$defs"]!["event"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet();
        var rows = new Rasd.Events.EventLexicon().Rows;
        Assert.NotEmpty(rows);
        foreach (var r in rows) Assert.True(allowed.Contains(r.Type), $"triggers.tsv row {r.Index}: type '{r.Type}' (CAMEO {r.Cameo}) is not in the contract");
    }

    [Fact]
    public void Analyze_json_of_the_examples_validates_against_the_contract()
    {
        using var dir = new TempDir();
        var json = AnalyzeExamples(dir);
        var errors = Schema().Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var own = ContractValidator.Validate(Contract(), JsonNode.Parse(json));
        Assert.True(own.Count == 0, string.Join("\n", own));

        var report = JsonNode.Parse(json)!.AsObject();
        Assert.Equal("rasd.report/1", (string?)report["schema"]);
        var docs = report["documents"]!.AsArray();
        Assert.True(docs.Count >= 2);
        foreach (var d in docs)
        {
            var source = (string)d!["source"]!;
            var text = File.ReadAllText(source);
            // Items point into the original text: spans are within it and the removed spans inside their item.
            foreach (var item in d["items"]!.AsArray())
            {
                int s = (int)item!["start"]!, e = (int)item["end"]!;
                Assert.InRange(s, 0, text.Length);
                Assert.InRange(e, s, text.Length);
                foreach (var rm in item["removed"]!.AsArray())
                {
                    Assert.InRange((int)rm!["start"]!, s, e);
                    Assert.InRange((int)rm["end"]!, (int)rm["start"]!, e);
                }
            }
        }
    }

    [Fact]
    public void The_validator_follows_defs_and_rejects_broken_reports()
    {
        using var dir = new TempDir();
        var json = AnalyzeExamples(dir);
        var schema = Schema();

        // A required field of a document (defined under $defs) removed: must be reported.
        var broken = JsonNode.Parse(json)!.AsObject();
        broken["documents"]![0]!.AsObject().Remove("published");
        AssertBroken(schema, broken);

        // An enum value under $defs/date.
        broken = JsonNode.Parse(json)!.AsObject();
        broken["documents"]![0]!["published"]!["precision"] = "week";
        AssertBroken(schema, broken);

        // An item without its text, two levels of $ref down.
        broken = JsonNode.Parse(json)!.AsObject();
        broken["documents"]![0]!["items"]![0]!.AsObject().Remove("text");
        AssertBroken(schema, broken);

        // A removed span of an unknown kind (allOf + enum under $defs/item).
        broken = JsonNode.Parse(json)!.AsObject();
        var item = broken["documents"]!.AsArray().SelectMany(d => d!["items"]!.AsArray()).First(i => i!["removed"]!.AsArray().Count > 0)!;
        item["removed"]![0]!["kind"] = "advert";
        AssertBroken(schema, broken);

        // A date that is not ISO at a known precision.
        broken = JsonNode.Parse(json)!.AsObject();
        broken["documents"]![0]!["published"]!["value"] = "12/02/2025";
        AssertBroken(schema, broken);

        // The schema constant.
        broken = JsonNode.Parse(json)!.AsObject();
        broken["schema"] = "rasd.report/0";
        AssertBroken(schema, broken, njsonschemaSees: false);
    }
}
