using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Cms.Core.Tests.Localization;

public sealed class PoParserTests
{
    [Fact]
    public void Parse_reads_context_id_and_translation()
    {
        var file = PoParser.Parse(PoSamples.Arabic, "ar.po");

        file.SourceName.ShouldBe("ar.po");
        var contextual = file.Entries.Single(e => e.Context == "Petitions");
        contextual.Id.ShouldBe("Sign");
        contextual.Translations.ShouldBe(["وقّع العريضة"]);
        contextual.IdPlural.ShouldBeNull();

        var global = file.Entries.Single(e => e.Id == "Sign" && e.Context is null);
        global.Translations.ShouldBe(["توقيع"]);
        file.Entries.Single(e => e.Id == "Home").Translations[0].ShouldBe("الصفحة الرئيسية");
    }

    [Fact]
    public void Parse_does_not_return_the_header_as_an_entry_but_exposes_its_fields()
    {
        var file = PoParser.Parse(PoSamples.Arabic, "ar.po");

        file.Entries.ShouldNotContain(e => e.Id.Length == 0);
        file.Headers["Language"].ShouldBe("ar");
        file.Headers["content-type"].ShouldBe("text/plain; charset=UTF-8");
        file.PluralRule.ShouldNotBeNull().FormCount.ShouldBe(6);
    }

    [Fact]
    public void Parse_joins_multi_line_strings()
    {
        const string text = """
            msgid ""
            "Participate in "
            "the regional council"
            msgstr "Participer "
                "au conseil "
            	"régional"
            """;

        var entry = PoParser.Parse(text, "fr.po").Entries.ShouldHaveSingleItem();

        entry.Id.ShouldBe("Participate in the regional council");
        entry.Translations[0].ShouldBe("Participer au conseil régional");
    }

    [Fact]
    public void Parse_decodes_c_escapes()
    {
        const string text = """
            msgid "Line\nTab\t\"Quoted\" back\\slash\r end"
            msgstr "سطر\nجدول\t\"مقتبس\" \\ \101\x42 \a\b\f\v \' \?"
            """;

        var entry = PoParser.Parse(text, "ar.po").Entries.ShouldHaveSingleItem();

        entry.Id.ShouldBe("Line\nTab\t\"Quoted\" back\\slash\r end");
        entry.Translations[0].ShouldBe("سطر\nجدول\t\"مقتبس\" \\ AB \a\b\f\v ' ?");
    }

    [Fact]
    public void Parse_reads_plural_entries_in_index_order()
    {
        var file = PoParser.Parse(PoSamples.Arabic, "ar.po");

        var entry = file.Entries.Single(e => e.IsPlural);
        entry.Id.ShouldBe("{0} petition");
        entry.IdPlural.ShouldBe("{0} petitions");
        entry.Translations.Count.ShouldBe(6);
        entry.Translations[0].ShouldBe("لا توجد أي عريضة");
        entry.Translations[2].ShouldBe("عريضتان");
        entry.Translations[5].ShouldBe("{0} عريضة");
    }

    [Fact]
    public void Parse_skips_fuzzy_untranslated_and_obsolete_entries()
    {
        const string text = """
            #, fuzzy
            msgid "Draft"
            msgstr "Brouillon"

            msgid "Archive"
            msgstr ""

            msgid "{0} vote"
            msgid_plural "{0} votes"
            msgstr[0] "{0} vote"
            msgstr[1] ""

            #, fuzzy
            #~ msgid "Old"
            #~ msgstr "Ancien"

            #, c-format, fuzzy
            msgid "Maybe"
            msgstr "Peut-être"

            #, c-format
            msgid "Home"
            msgstr "Accueil"
            """;

        var file = PoParser.Parse(text, "fr.po");

        var entry = file.Entries.ShouldHaveSingleItem();
        entry.Id.ShouldBe("Home");
        entry.Translations[0].ShouldBe("Accueil");
    }

    [Fact]
    public void Parse_ignores_every_kind_of_comment()
    {
        const string text = """
            # translator comment
            #. extracted comment
            #: Pages/Index.cshtml:12 Pages/About.cshtml:4
            #, csharp-format
            #| msgid "Old home"
            msgid "Home"
            msgstr "Accueil"
            """;

        PoParser.Parse(text, "fr.po").Entries.ShouldHaveSingleItem().Translations[0].ShouldBe("Accueil");
    }

    [Fact]
    public void Parse_accepts_crlf_line_endings_and_a_byte_order_mark()
    {
        var text = "\uFEFFmsgid \"Home\"\r\nmsgstr \"Accueil\"\r\n\r\nmsgid \"Sign\"\r\nmsgstr \"Signer\"\r\n";

        var file = PoParser.Parse(text, "fr.po");

        file.Entries.Select(e => e.Translations[0]).ShouldBe(["Accueil", "Signer"]);
    }

    [Fact]
    public void Parse_of_a_file_without_header_has_no_plural_rule()
    {
        var file = PoParser.Parse("msgid \"Home\"\nmsgstr \"Accueil\"\n", "fr.po");

        file.PluralRule.ShouldBeNull();
        file.Headers.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("msgid \"Home\"\nmsgstr \"Accueil\n", 2, "unterminated string")]
    [InlineData("msgid \"Home\\\"\nmsgstr \"Accueil\"\n", 1, "unterminated string")]
    [InlineData("# comment\nmsgstr \"Accueil\"\n", 2, "msgstr without msgid")]
    [InlineData("msgid \"Home\"\nmsgtxt \"Accueil\"\n", 2, "unknown keyword 'msgtxt'")]
    [InlineData("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[x] \"c\"\n", 3, "bad plural index")]
    [InlineData("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"c\"\nmsgstr[2] \"d\"\n", 4, "expected msgstr[1] but found msgstr[2]")]
    [InlineData("msgid \"a\"\nmsgstr[0] \"c\"\n", 2, "needs a msgid_plural")]
    [InlineData("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr \"c\"\n", 3, "needs msgstr[0]")]
    [InlineData("msgid \"Home\"\n\nmsgid \"Sign\"\nmsgstr \"Signer\"\n", 3, "the msgid on line 1 has no msgstr")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"Home\"\n", 4, "msgid without msgstr")]
    [InlineData("msgid \"a\"\nmsgstr \"b\" extra\n", 2, "unexpected text after the closing quote")]
    [InlineData("msgid \"a\"\nmsgstr \"b\\q\"\n", 2, "unknown escape sequence '\\q'")]
    [InlineData("\"orphan\"\n", 1, "a string must follow")]
    [InlineData("msgid\nmsgstr \"b\"\n", 1, "expected a quoted string after msgid")]
    [InlineData("msgctxt \"c\"\n", 1, "msgctxt without msgid")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3, "msgstr is given twice")]
    public void Parse_of_malformed_text_reports_source_and_line(string text, int line, string reason)
    {
        var error = Should.Throw<PoParseException>(() => PoParser.Parse(text, "Modules/Pages/ar.po"));

        error.SourceName.ShouldBe("Modules/Pages/ar.po");
        error.LineNumber.ShouldBe(line);
        error.Reason.ShouldContain(reason);
        error.Message.ShouldStartWith($"Modules/Pages/ar.po:{line}: ");
    }

    [Fact]
    public void Parse_reports_the_header_line_of_a_bad_plural_forms()
    {
        const string text = """
            msgid ""
            msgstr ""
            "Language: ar\n"
            "Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : ;\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            """;

        var error = Should.Throw<PoParseException>(() => PoParser.Parse(text, "ar.po"));

        error.LineNumber.ShouldBe(4);
        error.Reason.ShouldContain("bad Plural-Forms header");
        error.InnerException.ShouldBeOfType<FormatException>();
    }
}
