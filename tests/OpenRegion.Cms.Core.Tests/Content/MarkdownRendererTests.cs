using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Core.Tests.Content;

/// <summary>Whatever an editor (or an attacker with an editor's account) writes, what reaches the page is inert.</summary>
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Texte <script src=\"https://evil.example/x.js\"></script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://ok.example\" onclick=\"steal()\">lien</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    public void RawHtmlInMarkdownIsShownAsTextNeverRun(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        // Only harmless tags remain as markup, and no real tag carries an event handler; the rest is escaped text.
        System.Text.RegularExpressions.Regex.Matches(html, @"<(/?)([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[2].Value.ToLowerInvariant())
            .ShouldAllBe(tag => tag == "p" || tag == "a");
        System.Text.RegularExpressions.Regex.IsMatch(html, @"<[^>]*\son\w+\s*=", System.Text.RegularExpressions.RegexOptions.IgnoreCase).ShouldBeFalse();
        html.ShouldContain("&lt;");
    }

    [Theory]
    [InlineData("[cliquez](javascript:alert(1))")]
    [InlineData("[cliquez](JaVaScRiPt:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    public void DangerousUrlSchemesAreRemovedFromLinksAndImages(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        html.ShouldNotContain("javascript:", Case.Insensitive);
        html.ShouldNotContain("data:text/html", Case.Insensitive);
    }

    [Fact]
    public void OrdinaryMarkdownKeepsItsStructureInArabicAndFrench()
    {
        var html = _renderer.ToSafeHtml("## المشاركة المواطنة\n\n- **الشفافية**\n- [Le programme](https://www.example.ma/programme)\n");

        html.ShouldContain("<h2");
        html.ShouldContain("المشاركة المواطنة");
        html.ShouldContain("<strong>الشفافية</strong>");
        html.ShouldContain("href=\"https://www.example.ma/programme\"");
    }

    [Fact]
    public void EmptyInputGivesEmptyOutput()
    {
        _renderer.ToSafeHtml(null).ShouldBe("");
        _renderer.ToSafeHtml("   ").ShouldBe("");
    }
}
