using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Templates;

namespace OpenRegion.Cms.Core.Tests.Templates;

public sealed class LiquidTemplatesTests
{
    private readonly LiquidTemplates _templates = new();

    private static Dictionary<string, object?> Model(string title = "Budget 2027", string body = "<p>Texte</p>") => new()
    {
        ["item"] = new Dictionary<string, object?> { ["title"] = title, ["body_html"] = body, ["summary"] = null },
        ["labels"] = new Dictionary<string, object?> { ["when"] = "Quand :" },
    };

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        var error = LiquidTemplates.Validate("<h1>{{ item.title }}</h1>\n<p>ok</p>\n{% if item.summary %}\n<p>{{ item.summary }</p>\n");

        error.ShouldNotBeNull();
        error.Line.ShouldNotBeNull();
        error.Line!.Value.ShouldBeInRange(3, 5);
        error.Column.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("{% for x in items %}{{ x }}")]
    [InlineData("{{ item.title | }}")]
    [InlineData("{% unknowntag %}")]
    public void Broken_templates_are_refused(string source) => LiquidTemplates.Validate(source).ShouldNotBeNull();

    [Fact]
    public void The_defaults_are_valid() =>
        LiquidTemplates.Definitions.ShouldAllBe(d => LiquidTemplates.Validate(d.DefaultSource) == null);

    [Fact]
    public void Values_are_encoded_and_raw_html_is_sanitized()
    {
        var html = _templates.Render("<h1>{{ item.title }}</h1>{{ item.body_html | raw }}<div onclick=\"x()\">{{ '<b>' }}</div><script>alert(1)</script>",
            Model("<script>alert('t')</script>", "<p>ok</p><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">l</a>"));

        html.ShouldContain("<h1>&lt;script&gt;alert('t')&lt;/script&gt;</h1>");
        html.ShouldContain("<p>ok</p>");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("onerror");
        html.ShouldNotContain("onclick");
        html.ShouldNotContain("javascript:");
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_step_budget()
    {
        var source = "{% for i in (1..100000000) %}{{ i }}{% endfor %}";
        LiquidTemplates.Validate(source).ShouldBeNull();

        Should.Throw<LiquidRenderException>(() => _templates.Render(source, Model()));
    }

    [Fact]
    public void Templates_see_only_the_values_they_are_given()
    {
        var model = Model();
        model["clock"] = TimeProvider.System;
        model["item"] = new Dictionary<string, object?> { ["title"] = "x", ["item_type"] = typeof(ContentItem) };

        var html = _templates.Render("[{{ clock.LocalTimeZone }}][{{ item.item_type.Assembly }}][{{ item.title }}]", model);

        html.ShouldBe("[][][x]");
    }

    [Fact]
    public void The_article_model_formats_dates_for_the_reader_and_points_at_the_file()
    {
        var item = new ContentItem
        {
            ContentType = "Event", Culture = "fr", Title = "Atelier", Slug = "atelier",
            StartsUtc = new DateTimeOffset(2026, 12, 16, 8, 30, 0, TimeSpan.Zero), EndsUtc = new DateTimeOffset(2026, 12, 16, 12, 0, 0, TimeSpan.Zero),
            PartsJson = new ContentParts { Location = "Siège de la région", Summary = "Consultation." }.ToJson(),
        };
        var file = new MediaItem { Id = 7, FileName = "programme.pdf", Size = 1_572_864 };

        var html = _templates.Render(LiquidTemplates.Find("Article.Event")!.DefaultSource,
            ArticleModel.Build(item, "fr", "<p>Programme.</p>", file, new Dictionary<string, string> { ["when"] = "Quand :", ["where"] = "Où :", ["download"] = "Télécharger" }, "/azilal"));

        html.ShouldContain("<h1>Atelier</h1>");
        html.ShouldContain("16 décembre 2026, 09:30");
        html.ShouldContain("– <time");
        html.ShouldContain(">13:00</time>");
        html.ShouldContain("Siège de la région");
        html.ShouldContain("href=\"/azilal/media/7/programme.pdf\"");
        html.ShouldContain("Télécharger (PDF, 1.5 MB)", customMessage: html);
        html.ShouldContain("<p>Programme.</p>");
    }
}
