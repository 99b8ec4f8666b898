using System.Globalization;
using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Cms.Core.Tests.Localization;

public sealed class PoCatalogTests
{
    private static readonly CultureInfo ArabicCulture = CultureInfo.GetCultureInfo("ar");
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr");

    [Fact]
    public void Translate_prefers_the_context_and_falls_back_to_the_global_entry()
    {
        var catalog = new PoCatalog(ArabicCulture, [PoParser.Parse(PoSamples.Arabic, "ar.po")]);

        catalog.Translate("Petitions", "Sign").ShouldBe("وقّع العريضة");
        catalog.Translate(null, "Sign").ShouldBe("توقيع");
        catalog.Translate("Consultations", "Sign").ShouldBe("توقيع");
        catalog.Translate("Petitions", "Home").ShouldBe("الصفحة الرئيسية");
    }

    [Fact]
    public void Translate_returns_null_when_missing()
    {
        var catalog = new PoCatalog(ArabicCulture, [PoParser.Parse(PoSamples.Arabic, "ar.po")]);

        catalog.Translate(null, "Budget").ShouldBeNull();
        catalog.TranslatePlural(null, "{0} comment", 3).ShouldBeNull();
        catalog.Find("Petitions", "Home").ShouldBeNull();
    }

    [Fact]
    public void Later_files_override_earlier_ones()
    {
        var module = PoParser.Parse(PoSamples.French, "Pages/fr.po");
        var tenant = PoParser.Parse("""
            msgid "Home"
            msgstr "Page d'accueil"

            msgctxt "Petitions"
            msgid "Sign"
            msgstr "Je signe"
            """, "tenant/fr.po");

        var catalog = new PoCatalog(FrenchCulture, [module, tenant]);

        catalog.Translate(null, "Home").ShouldBe("Page d'accueil");
        catalog.Translate("Petitions", "Sign").ShouldBe("Je signe");
        catalog.Translate(null, "Sign").ShouldBe("Signer");
        new PoCatalog(FrenchCulture, [tenant, module]).Translate(null, "Home").ShouldBe("Accueil");
    }

    [Fact]
    public void WithOverrides_layers_a_new_catalog_and_leaves_the_original_untouched()
    {
        var original = new PoCatalog(FrenchCulture, [PoParser.Parse(PoSamples.French, "fr.po")]);
        var tenant = PoParser.Parse("msgid \"Home\"\nmsgstr \"Portail citoyen\"\n", "tenant/fr.po");

        var layered = original.WithOverrides([tenant]);

        layered.Translate(null, "Home").ShouldBe("Portail citoyen");
        layered.TranslatePlural(null, "{0} petition", 0).ShouldBe("{0} pétition");
        original.Translate(null, "Home").ShouldBe("Accueil");
        layered.Count.ShouldBe(original.Count);
    }

    [Theory]
    [InlineData(0, "لا توجد أي عريضة")]
    [InlineData(1, "عريضة واحدة")]
    [InlineData(2, "عريضتان")]
    [InlineData(7, "{0} عرائض")]
    [InlineData(25, "{0} عريضةً")]
    [InlineData(200, "{0} عريضة")]
    public void TranslatePlural_picks_the_arabic_form(long count, string expected)
    {
        var catalog = new PoCatalog(ArabicCulture, [PoParser.Parse(PoSamples.Arabic, "ar.po")]);

        catalog.TranslatePlural(null, "{0} petition", count).ShouldBe(expected);
        catalog.PluralRule.FormCount.ShouldBe(6);
    }

    [Fact]
    public void TranslatePlural_uses_the_culture_rule_when_no_file_has_a_header()
    {
        var file = PoParser.Parse("""
            msgid "{0} vote"
            msgid_plural "{0} votes"
            msgstr[0] "{0} voix"
            msgstr[1] "{0} voix exprimées"
            """, "fr.po");

        var catalog = new PoCatalog(FrenchCulture, [file]);

        catalog.PluralRule.ShouldBeSameAs(PluralRule.ForCulture(FrenchCulture));
        catalog.TranslatePlural(null, "{0} vote", 0).ShouldBe("{0} voix");
        catalog.TranslatePlural(null, "{0} vote", 1).ShouldBe("{0} voix");
        catalog.TranslatePlural(null, "{0} vote", 2).ShouldBe("{0} voix exprimées");
    }

    [Fact]
    public void Each_file_indexes_its_plural_forms_with_its_own_rule()
    {
        var module = PoParser.Parse(PoSamples.Arabic, "ar.po");
        var headerless = PoParser.Parse("""
            msgid "{0} comment"
            msgid_plural "{0} comments"
            msgstr[0] "لا تعليقات"
            msgstr[1] "تعليق واحد"
            msgstr[2] "تعليقان"
            msgstr[3] "{0} تعليقات"
            msgstr[4] "{0} تعليقًا"
            msgstr[5] "{0} تعليق"
            """, "tenant/ar.po");

        var catalog = new PoCatalog(ArabicCulture, [module, headerless]);

        catalog.TranslatePlural(null, "{0} comment", 2).ShouldBe("تعليقان");
        catalog.TranslatePlural(null, "{0} comment", 12).ShouldBe("{0} تعليقًا");
        catalog.TranslatePlural(null, "{0} petition", 12).ShouldBe("{0} عريضةً");
    }

    [Fact]
    public void TranslatePlural_of_a_singular_entry_returns_its_only_translation()
    {
        var catalog = new PoCatalog(FrenchCulture, [PoParser.Parse(PoSamples.French, "fr.po")]);

        catalog.TranslatePlural(null, "Home", 5).ShouldBe("Accueil");
    }
}
