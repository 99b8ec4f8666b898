namespace OpenRegion.Cms.Core.Tests.Localization;

internal static class PoSamples
{
    public const string ArabicPluralForms =
        "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;";

    public const string Arabic = """
        # Arabic translation of the OpenRegion pages module.
        msgid ""
        msgstr ""
        "Project-Id-Version: OpenRegion.Pages 1.0\n"
        "Language: ar\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;\n"

        #: Views/Home/Index.cshtml:3
        msgid "Home"
        msgstr "الصفحة الرئيسية"

        msgctxt "Petitions"
        msgid "Sign"
        msgstr "وقّع العريضة"

        msgid "Sign"
        msgstr "توقيع"

        msgid "Welcome, {0}"
        msgstr "مرحبا، {0}"

        msgid "{0} petition"
        msgid_plural "{0} petitions"
        msgstr[0] "لا توجد أي عريضة"
        msgstr[1] "عريضة واحدة"
        msgstr[2] "عريضتان"
        msgstr[3] "{0} عرائض"
        msgstr[4] "{0} عريضةً"
        msgstr[5] "{0} عريضة"
        """;

    public const string French = """
        msgid ""
        msgstr ""
        "Language: fr\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\n"

        msgid "Home"
        msgstr "Accueil"

        msgctxt "Petitions"
        msgid "Sign"
        msgstr "Signer la pétition"

        msgid "Sign"
        msgstr "Signer"

        msgid "{0} petition"
        msgid_plural "{0} petitions"
        msgstr[0] "{0} pétition"
        msgstr[1] "{0} pétitions"
        """;
}
