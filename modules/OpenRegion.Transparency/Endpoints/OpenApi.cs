using System.Text.Json.Nodes;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Endpoints;

/// <summary>The OpenAPI 3.1 description of the transparency API, written from the same lists the endpoints use.</summary>
public static class OpenApi
{
    public static JsonObject Document(string root)
    {
        var parameters = new JsonArray
        {
            Query("category", "Category of law 31-13 art 10", Enum(Names<PublicationCategory>())),
            Query("year", "A year the document's period covers", new JsonObject { ["type"] = "integer", ["minimum"] = 2000, ["maximum"] = 2100 }),
            Query("language", "Language of the document (Arabic and French match bilingual documents)", Enum(Names<PublicationLanguage>())),
            Query("q", "Words searched in titles and summaries (Arabic or French; accents and diacritics ignored)", new JsonObject { ["type"] = "string", ["maxLength"] = CatalogueFilter.MaxWordsLength }),
            Query("page", "Page of " + Catalogue.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + " items", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
        };

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "OpenRegion transparency API",
                ["version"] = "1.0",
                ["description"] = "What a council publishes proactively (law 31-13 art 10) and its citizen budget, read-only and without authentication. Every answer is the tenant's of the host or prefix asked.",
            },
            ["servers"] = new JsonArray { new JsonObject { ["url"] = root } },
            ["paths"] = new JsonObject
            {
                [OpenDataEndpoints.ApiPrefix + "/publications"] = Get("publications", "The publication catalogue, newest first, filtered", parameters.DeepClone().AsArray(), Ref("PublicationPage")),
                [OpenDataEndpoints.ApiPrefix + "/publications/{id}"] = Get("publication", "One publication (404 when unknown or withdrawn)", [Path("id", "integer")], Ref("Publication")),
                [OpenDataEndpoints.ApiPrefix + "/citizen-budgets"] = Get("citizenBudgets", "The published citizen budgets, latest year first", [], new JsonObject { ["type"] = "array", ["items"] = Ref("CitizenBudgetLink") }),
                [OpenDataEndpoints.ApiPrefix + "/citizen-budgets/{year}"] = Get("citizenBudget", "A year's citizen budget: totals, categories, investment by place, rural share, gender-tagged spending, lines", [Path("year", "integer")], Ref("CitizenBudget")),
                [OpenDataEndpoints.ApiPrefix + "/datasets"] = Get("datasets", "The open datasets of the transparency module, each as CSV and JSON", [], new JsonObject { ["type"] = "array", ["items"] = Ref("Dataset") }),
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    ["Publication"] = Publication(),
                    ["PublicationPage"] = Properties(new()
                    {
                        ["total"] = Type("integer"),
                        ["page"] = Type("integer"),
                        ["page_size"] = Type("integer"),
                        ["items"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Publication") },
                    }),
                    ["CitizenBudgetLink"] = Properties(new()
                    {
                        ["year"] = Type("integer"), ["title_ar"] = Type("string"), ["title_fr"] = Type("string"), ["adopted_on"] = Nullable("string", "date"),
                        ["published"] = Type("string", "date-time"), ["csv"] = Type("string", "uri"), ["json"] = Type("string", "uri"), ["page"] = Type("string", "uri"),
                    }),
                    ["Share"] = Properties(new() { ["name_ar"] = Type("string"), ["name_fr"] = Type("string"), ["amount"] = Type("number") }),
                    ["Place"] = Properties(new() { ["id"] = Type("string"), ["name_ar"] = Type("string"), ["name_fr"] = Type("string") }),
                    ["CitizenBudget"] = CitizenBudget(),
                    ["Dataset"] = Properties(new() { ["id"] = Type("string"), ["name_ar"] = Type("string"), ["name_fr"] = Type("string"), ["csv"] = Type("string", "uri"), ["json"] = Type("string", "uri") }),
                },
            },
        };
    }

    private static JsonObject Publication()
    {
        var properties = new Dictionary<string, JsonNode>
        {
            ["id"] = Type("integer"),
            ["category"] = Enum(Names<PublicationCategory>()),
            ["table"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["enum"] = new JsonArray([.. Names<FinancialTable>().Select(n => (JsonNode)n), null]), ["description"] = "Which of the seven financial statement tables" },
            ["title_ar"] = Type("string"), ["title_fr"] = Type("string"), ["summary_ar"] = Type("string"), ["summary_fr"] = Type("string"),
            ["period_from"] = Type("string", "date"), ["period_to"] = Type("string", "date"), ["act_on"] = Nullable("string", "date"), ["published_on"] = Type("string", "date"),
            ["language"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("ar", "fr", "ar,fr", "zgh") },
            ["format"] = Type("string"), ["url"] = Type("string", "uri"), ["size"] = Nullable("integer"), ["page"] = Type("string", "uri"),
        };
        return Properties(properties, Catalogue.Header);
    }

    private static JsonObject CitizenBudget() => Properties(new()
    {
        ["year"] = Type("integer"), ["title_ar"] = Type("string"), ["title_fr"] = Type("string"), ["intro_ar"] = Type("string"), ["intro_fr"] = Type("string"),
        ["adopted_on"] = Nullable("string", "date"), ["currency"] = Type("string"),
        ["revenue"] = Type("number"), ["spending"] = Type("number"), ["balance"] = Type("number"), ["operating"] = Type("number"), ["investment"] = Type("number"),
        ["rural"] = Type("number"), ["urban"] = Type("number"), ["rural_share"] = Nullable("number"),
        ["gender_targeted"] = Type("number"), ["gender_sensitive"] = Type("number"), ["gender_share"] = Nullable("number"), ["per_inhabitant"] = Nullable("number"),
        ["revenue_by_category"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Share") },
        ["spending_by_category"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Share") },
        ["investment_by_province"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Properties(new()
            {
                ["province"] = Ref("Place"),
                ["amount"] = Type("number"),
                ["communes"] = new JsonObject { ["type"] = "array", ["items"] = Properties(new() { ["commune"] = Ref("Place"), ["amount"] = Type("number") }) },
            }),
        },
        ["lines"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Properties(CitizenBudgets.JsonHeader.ToDictionary(h => h, h => (JsonNode)(h switch
            {
                "position" => Type("integer"),
                "amount" => Type("number"),
                "side" => Enum(["revenue", "spending"]),
                "section" => Enum(["operating", "investment"]),
                "area" => new JsonObject { ["type"] = new JsonArray("string", "null"), ["enum"] = new JsonArray("rural", "urban", null) },
                "gender" => new JsonObject { ["type"] = new JsonArray("string", "null"), ["enum"] = new JsonArray("targeted", "sensitive", null) },
                _ => Type("string"),
            }))),
        },
    });

    private static IEnumerable<string> Names<T>() where T : struct, System.Enum => System.Enum.GetNames<T>();

    private static JsonObject Get(string operationId, string summary, JsonArray parameters, JsonNode schema) => new()
    {
        ["get"] = new JsonObject
        {
            ["operationId"] = operationId,
            ["summary"] = summary,
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } },
                ["404"] = new JsonObject { ["description"] = "Not found" },
            },
        },
    };

    private static JsonObject Query(string name, string description, JsonObject schema) =>
        new() { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema };

    private static JsonObject Path(string name, string type) =>
        new() { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = Type(type) };

    private static JsonObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    private static JsonObject Type(string type, string? format = null) =>
        format is null ? new JsonObject { ["type"] = type } : new JsonObject { ["type"] = type, ["format"] = format };

    private static JsonObject Nullable(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = new JsonArray(type, "null") };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return schema;
    }

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    private static JsonObject Properties(Dictionary<string, JsonNode> properties, IEnumerable<string>? required = null)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject([.. properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]) };
        schema["required"] = new JsonArray([.. (required ?? properties.Keys).Select(k => (JsonNode)k)]);
        return schema;
    }
}
