using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Tests.Content;

public sealed class RichTextTests
{
    [Fact]
    public void Sanitize_KeepsStructure_AndDropsScriptsHandlersStylesAndDangerousLinks()
    {
        var html = RichText.Sanitize(
            "<h1>Titre</h1><h2 class=\"MsoTitle\" style=\"color:red\">Le programme</h2>"
            + "<p onclick=\"alert(1)\" dir=\"rtl\" lang=\"ar\">الجماعة <strong>المنفتحة</strong> <em>2023</em></p>"
            + "<script>alert('x')</script><style>p{}</style><iframe src=\"https://evil.example\"></iframe>"
            + "<a href=\"javascript:alert(2)\">piège</a> <a href=\"https://www.beni-mellal.ma/\" target=\"_blank\">site</a>"
            + "<img src=\"x\" onerror=\"alert(3)\" alt=\"photo\"><ul><li>un</li></ul><table><tr><td colspan=\"2\">1</td></tr></table>");

        html.ShouldContain("Titre"); // a heading 1 keeps its words, not its level (the page title is the h1)
        html.ShouldNotContain("<h1");
        html.ShouldContain("<h2>Le programme</h2>");
        html.ShouldContain("<p dir=\"rtl\" lang=\"ar\">الجماعة <strong>المنفتحة</strong> <em>2023</em></p>");
        html.ShouldContain("<a href=\"https://www.beni-mellal.ma/\">site</a>");
        html.ShouldContain("<li>un</li>");
        html.ShouldContain("colspan=\"2\"");
        foreach (var bad in new[] { "script", "alert", "style", "class=", "onclick", "onerror", "iframe", "javascript:", "target=" })
        {
            html.ShouldNotContain(bad, customMessage: bad);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p><br></p>")]
    [InlineData("<div>&nbsp;</div>\n<p> </p>")]
    public void IsBlank_WhenNoWordsShow(string? html) => RichText.IsBlank(html).ShouldBeTrue();

    [Fact]
    public void IsBlank_IsFalseForWordsOrAnImage()
    {
        RichText.IsBlank("<p>مرحبا</p>").ShouldBeFalse();
        RichText.IsBlank("<p><img src=\"/media/1/a.png\" alt=\"\"></p>").ShouldBeFalse();
    }

    [Fact]
    public void ToPlainText_KeepsTheWords_WithEntitiesDecoded()
    {
        RichText.ToPlainText("<h2>L&#39;eau</h2><p>et l&apos;<strong>électricité</strong></p><script>var x = 1;</script>")
            .ShouldBe("L'eau et l' électricité");
    }

    [Fact]
    public void AnEmptyRichTextTranslation_IsNotATranslation()
    {
        new CultureDraft("fr", null, null, null, null, "<p><br></p>", Format: BodyFormats.RichText).IsEmpty.ShouldBeTrue();
        new CultureDraft("fr", null, null, null, null, "<p><br></p>").IsEmpty.ShouldBeFalse(); // as Markdown it is text
    }

    [Fact]
    public void TheRenderer_ReadsTheFormatFromTheParts()
    {
        var renderer = new MarkdownRenderer();
        var rich = new ContentParts { Format = BodyFormats.RichText }.ToJson();
        renderer.BodyToSafeHtml("<p><b>gras</b></p>", rich).ShouldBe("<p><b>gras</b></p>");
        renderer.BodyToSafeHtml("**gras**", "{}").ShouldContain("<strong>gras</strong>");
        renderer.BodyToSafeHtml("<p>x</p>", "{}").ShouldNotContain("<p>x</p>"); // Markdown never lets raw HTML through
    }
}
