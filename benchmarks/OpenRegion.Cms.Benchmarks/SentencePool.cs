using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Benchmarks;

/// <summary>
/// The sentences the generated documents are made of: real ones from <c>shared/seed-documents/*.txt</c> (text
/// extracted from the region's PDFs and web pages), split by script, or a built-in list when that folder is missing.
/// </summary>
public sealed partial class SentencePool
{
    /// <summary>Below this many sentences of one script, the built-in sentences of that script are added, so that
    /// documents are not all made of the same handful of sentences.</summary>
    public const int MinSentencesPerScript = 40;

    private SentencePool(IReadOnlyList<string> arabic, IReadOnlyList<string> latin, string source)
    {
        Arabic = arabic;
        Latin = latin;
        Source = source;
    }

    public IReadOnlyList<string> Arabic { get; }

    /// <summary>Latin-script sentences that read as French (the seed documents' English lines are left out); they go
    /// to the "fr" index.</summary>
    public IReadOnlyList<string> Latin { get; }

    /// <summary>Where the sentences came from, for the report.</summary>
    public string Source { get; }

    public static SentencePool Load(string? seedFolder)
    {
        if (seedFolder is null)
        {
            return new SentencePool(BuiltInArabic, BuiltInFrench,
                $"built-in list ({BuiltInArabic.Length} Arabic, {BuiltInFrench.Length} French sentences): no seed-documents folder found");
        }

        var files = Directory.GetFiles(seedFolder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var arabic = new List<string>();
        var latin = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var english = 0;
        foreach (var file in files)
        {
            foreach (var sentence in Sentences(File.ReadAllText(file)))
            {
                if (!seen.Add(sentence))
                {
                    continue;
                }

                switch (ScriptOf(sentence))
                {
                    case Script.Arabic:
                        arabic.Add(sentence);
                        break;
                    case Script.Latin when IsFrench(sentence):
                        latin.Add(sentence);
                        break;
                    case Script.Latin:
                        english++;
                        break;
                }
            }
        }

        var source = $"{files.Count} files in {seedFolder}: {arabic.Count} Arabic, {latin.Count} French sentences ({english} English ones left out)";
        if (arabic.Count < MinSentencesPerScript)
        {
            arabic.AddRange(BuiltInArabic);
            source += $", + {BuiltInArabic.Length} built-in Arabic";
        }

        if (latin.Count < MinSentencesPerScript)
        {
            latin.AddRange(BuiltInFrench);
            source += $", + {BuiltInFrench.Length} built-in French";
        }

        return new SentencePool(arabic, latin, source);
    }

    /// <summary>The folder given, else the first <c>shared/seed-documents</c> (or <c>../shared/seed-documents</c>)
    /// holding .txt files, walking up from the current directory and then from the program's folder.</summary>
    public static string? FindSeedFolder(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            var full = Path.GetFullPath(given);
            if (!Directory.Exists(full))
            {
                throw new DirectoryNotFoundException($"Seed folder '{full}' does not exist.");
            }

            return full;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[]
                         {
                             Path.Combine(dir.FullName, "shared", "seed-documents"),
                             Path.Combine(dir.FullName, "..", "shared", "seed-documents"),
                         })
                {
                    if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.txt").Any())
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Extracted PDF text breaks lines mid-sentence, sometimes with blank lines between the pieces: lines are
    /// joined within a paragraph, a paragraph that does not end a sentence is joined to the next when that one starts
    /// in lower case, and the result is cut at wide gaps, bullets and sentence punctuation. Fragments too short to be
    /// a sentence (headings, table cells) and lines with addresses are dropped; stray U+FFFD (glyphs the extraction
    /// could not decode, mostly Arabic elongations) are removed.</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        var paragraphs = new List<string>();
        foreach (var raw in BlankLine().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\uFFFD", "", StringComparison.Ordinal)))
        {
            var paragraph = raw.Trim();
            if (paragraph.Length == 0)
            {
                continue;
            }

            if (paragraphs.Count > 0 && char.IsLower(paragraph[0]) && !EndsSentence(paragraphs[^1]))
            {
                paragraphs[^1] += " " + paragraph;
            }
            else
            {
                paragraphs.Add(paragraph);
            }
        }

        foreach (var block in paragraphs.SelectMany(p => BlockBreak().Split(p)))
        {
            var joined = WhiteSpace().Replace(block, " ").Trim();
            foreach (var piece in SentenceEnd().Split(joined))
            {
                var sentence = LeadingMarker().Replace(piece, "").Trim();
                if (sentence.Length is >= 25 and <= 600
                    && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5
                    && !sentence.Contains("http", StringComparison.OrdinalIgnoreCase)
                    && !sentence.Contains("www.", StringComparison.OrdinalIgnoreCase)
                    && !sentence.Contains('@', StringComparison.Ordinal))
                {
                    yield return sentence;
                }
            }
        }
    }

    private static bool EndsSentence(string paragraph) => paragraph.TrimEnd()[^1] is '.' or '!' or '?' or ':' or ';' or '؟' or '؛';

    /// <summary>More French function words than English ones.</summary>
    internal static bool IsFrench(string sentence)
    {
        int french = 0, english = 0;
        foreach (var word in sentence.ToLowerInvariant().Split([' ', '\'', '’', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FrenchWords.Contains(word))
            {
                french++;
            }
            else if (EnglishWords.Contains(word))
            {
                english++;
            }
        }

        return french > english;
    }

    private static readonly HashSet<string> FrenchWords = new(
        ["le", "la", "les", "l", "des", "du", "de", "d", "et", "en", "un", "une", "pour", "dans", "sur", "au", "aux", "est", "à", "par", "avec", "qui", "ces", "ce", "son", "sa", "ses", "leur", "leurs"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> EnglishWords = new(
        ["the", "of", "and", "to", "in", "for", "with", "on", "is", "by", "from", "an", "be", "will", "are", "this", "that", "it", "as", "has", "have"],
        StringComparer.Ordinal);

    internal enum Script
    {
        Mixed,
        Arabic,
        Latin,
    }

    /// <summary>Arabic or Latin when at least 90% of the letters are of that script.</summary>
    internal static Script ScriptOf(string sentence)
    {
        int arabic = 0, latin = 0, letters = 0;
        foreach (var c in sentence)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
                or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                arabic++;
            }
            else if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
            }
        }

        if (letters == 0)
        {
            return Script.Mixed;
        }

        if (arabic >= letters * 0.9)
        {
            return Script.Arabic;
        }

        return latin >= letters * 0.9 ? Script.Latin : Script.Mixed;
    }

    [GeneratedRegex(@"\n[ \t\u00A0]*\n", RegexOptions.None, 1000)]
    private static partial Regex BlankLine();

    // Runs of 3+ spaces (columns, lists of headlines) and bullets.
    [GeneratedRegex(@"[ \t\u00A0]{3,}|[•●▪]", RegexOptions.None, 1000)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<=[.!?؟؛;])\s+", RegexOptions.None, 1000)]
    private static partial Regex SentenceEnd();

    // List dashes, heading marks, numbering.
    [GeneratedRegex(@"^(?:[-–—#*>|]+|\d{1,3}[.)-])\s*", RegexOptions.None, 1000)]
    private static partial Regex LeadingMarker();

    internal static readonly string[] BuiltInArabic =
    [
        "تعمل الجهة على تعزيز مشاركة المواطنات والمواطنين في إعداد السياسات العمومية المحلية.",
        "صادق مجلس الجهة على الميزانية السنوية بعد نقاش مفتوح مع جمعيات المجتمع المدني.",
        "يهدف برنامج الحكومة المنفتحة إلى ترسيخ الشفافية والمساءلة في تدبير الشأن العام.",
        "تعاني عدة جماعات قروية من نقص في الموارد المائية بسبب توالي سنوات الجفاف.",
        "أطلقت الجهة مشروعا لتوسيع شبكة الري بالتنقيط لفائدة الفلاحين الصغار.",
        "يساهم استغلال الفوسفاط بإقليم خريبكة في خلق فرص الشغل ودعم الاقتصاد الجهوي.",
        "نظمت الجماعة لقاء تواصليا مع الساكنة لعرض مشاريع الميزانية التشاركية.",
        "يمكن للمواطنين تقديم عريضة إلى مجلس الجهة وفق الشروط التي يحددها القانون التنظيمي.",
        "تنشر الجهة محاضر دورات المجلس على بوابتها الإلكترونية تفعيلا للحق في الحصول على المعلومات.",
        "تشمل الاتفاقية بناء محطة لمعالجة المياه العادمة وإعادة استعمالها في سقي المساحات الخضراء.",
        "تعتبر الفلاحة النشاط الاقتصادي الرئيسي بسهل تادلة وتوفر دخلا لآلاف الأسر.",
        "خصصت الجهة اعتمادات مالية لتزويد الدواوير المعزولة بالماء الصالح للشرب والكهرباء.",
        "أكد رئيس المجلس أن إشراك الشباب والنساء في اتخاذ القرار أولوية في برنامج التنمية الجهوية.",
        "أحدث المجلس هيئة استشارية تعنى بقضايا المساواة وتكافؤ الفرص ومقاربة النوع.",
        "تسعى الجماعات الترابية إلى رقمنة خدماتها الإدارية لتقريبها من المرتفقين.",
        "عرفت حقينة السدود بالجهة تحسنا ملحوظا بعد التساقطات المطرية الأخيرة.",
        "يواكب المجلس التعاونيات الفلاحية في تسويق منتجات الزيتون والرمان والعسل.",
        "تعرض الجهة أمام العموم تقريرا سنويا حول تنفيذ الميزانية ومؤشرات الأداء.",
        "ساهمت ورشات الإعداد المشترك في جمع مقترحات المواطنين حول أولويات الاستثمار.",
        "يشكل الحفاظ على الفرشة المائية تحديا كبيرا أمام توسع زراعة الأشجار المثمرة.",
    ];

    internal static readonly string[] BuiltInFrench =
    [
        "La Région renforce la participation des citoyennes et des citoyens à l'élaboration des politiques publiques.",
        "Le conseil régional a adopté le budget participatif après une large consultation des associations.",
        "Le programme de gouvernement ouvert vise à renforcer la transparence et la redevabilité des institutions.",
        "Plusieurs communes rurales manquent d'eau potable pendant les mois d'été.",
        "Un projet d'irrigation au goutte-à-goutte soutiendra les petits agriculteurs de la plaine du Tadla.",
        "L'exploitation du phosphate à Khouribga reste un moteur essentiel de l'emploi régional.",
        "La commune a organisé une réunion publique pour présenter les projets retenus au budget participatif.",
        "Les habitants peuvent déposer une pétition auprès du conseil régional dans les conditions fixées par la loi organique.",
        "Les procès-verbaux des sessions du conseil sont publiés sur le portail de la Région.",
        "Le raccordement des douars isolés au réseau d'électricité et d'eau potable progresse chaque année.",
        "L'agriculture demeure la principale activité économique de la région et fait vivre des milliers de familles.",
        "La transparence budgétaire suppose la publication régulière des comptes et des indicateurs de performance.",
        "Les jeunes et les femmes sont invités aux ateliers de co-création du plan d'action.",
        "Une instance consultative de l'équité, de l'égalité des chances et de l'approche genre a été créée.",
        "Les communes numérisent leurs services administratifs afin de simplifier les démarches des usagers.",
        "Le taux de remplissage des barrages s'est nettement amélioré après les dernières pluies.",
        "Le conseil accompagne les coopératives agricoles dans la commercialisation de l'huile d'olive et du miel.",
        "Le droit d'accès à l'information permet à chacun de demander des documents administratifs.",
        "La préservation de la nappe phréatique est un enjeu majeur face à l'extension des cultures irriguées.",
        "Le budget de la Région consacre une part importante à l'électrification rurale et aux routes communales.",
    ];
}
