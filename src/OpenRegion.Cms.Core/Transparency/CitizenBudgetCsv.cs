using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.OpenData;

namespace OpenRegion.Cms.Core.Transparency;

/// <summary>Why a line of a budget file was refused.</summary>
public enum BudgetLineError
{
    MissingColumns,
    UnknownSide,
    UnknownSection,
    CategoryNeeded,
    LabelNeeded,
    BadAmount,
    TooLong,
    UnknownArea,
    UnknownGender,
    TooManyLines,
}

public sealed record BudgetLineProblem(int Line, BudgetLineError Error, string Value);

/// <summary>
/// Reads the lines of a citizen budget from the spreadsheet the finance service keeps, saved as CSV (UTF-8, comma or
/// semicolon): a header naming the columns (any order) — side, section, category_ar, category_fr, label_ar, label_fr,
/// amount, and optionally province, commune, area, gender — then one line per budget line. Words may be English,
/// French or Arabic (revenue/recettes/موارد, spending/dépenses/نفقات, operating/fonctionnement/تسيير,
/// investment/investissement/تجهيز, rural/قروي, urban/urbain/حضري, targeted/ciblé/موجه, sensitive/sensible/مراع).
/// Every bad line is named; a file with one is loaded not at all.
/// </summary>
public static class CitizenBudgetCsv
{
    public const int MaxLines = 5_000;
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static readonly IReadOnlyList<string> Columns =
        ["side", "section", "category_ar", "category_fr", "label_ar", "label_fr", "amount", "province", "commune", "area", "gender"];

    private static readonly string[] Required = ["side", "section", "amount"];

    public static (IReadOnlyList<CitizenBudgetLine> Lines, IReadOnlyList<BudgetLineProblem> Problems) Read(TextReader reader)
    {
        var lines = new List<CitizenBudgetLine>();
        var problems = new List<BudgetLineProblem>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header is null)
        {
            problems.Add(new BudgetLineProblem(1, BudgetLineError.MissingColumns, string.Join(", ", Required)));
            return (lines, problems);
        }

        var separator = header.Contains(';') ? ';' : ',';
        var names = SafeCsv.SplitLine(header, separator).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, c => names.IndexOf(c));
        var missing = Required.Where(c => index[c] < 0).Concat(index["label_ar"] < 0 && index["label_fr"] < 0 ? ["label_ar/label_fr"] : [])
            .Concat(index["category_ar"] < 0 && index["category_fr"] < 0 ? ["category_ar/category_fr"] : []).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new BudgetLineProblem(1, BudgetLineError.MissingColumns, string.Join(", ", missing)));
            return (lines, problems);
        }

        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text) || text.Trim().Trim(separator).Length == 0)
            {
                continue;
            }

            if (lines.Count + problems.Count >= MaxLines)
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.TooManyLines, MaxLines.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                break;
            }

            var fields = SafeCsv.SplitLine(text, separator);
            string Field(string column) => index[column] is var i && i >= 0 && i < fields.Count ? fields[i].Trim() : "";
            var before = problems.Count;
            var line = new CitizenBudgetLine { Position = number - 1 };
            if (Side(Field("side")) is { } side)
            {
                line.Side = side;
            }
            else
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.UnknownSide, Shorten(Field("side"))));
            }

            if (Section(Field("section")) is { } section)
            {
                line.Section = section;
            }
            else
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.UnknownSection, Shorten(Field("section"))));
            }

            (line.CategoryAr, line.CategoryFr) = (Field("category_ar"), Field("category_fr"));
            (line.LabelAr, line.LabelFr) = (Field("label_ar"), Field("label_fr"));
            (line.Province, line.Commune) = (Field("province"), Field("commune"));
            if (line.CategoryAr.Length == 0 && line.CategoryFr.Length == 0)
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.CategoryNeeded, ""));
            }

            if (line.LabelAr.Length == 0 && line.LabelFr.Length == 0)
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.LabelNeeded, ""));
            }

            foreach (var (value, max) in new[] { (line.CategoryAr, CitizenBudgetLine.MaxLabelLength), (line.CategoryFr, CitizenBudgetLine.MaxLabelLength), (line.LabelAr, CitizenBudgetLine.MaxLabelLength), (line.LabelFr, CitizenBudgetLine.MaxLabelLength), (line.Province, CitizenBudgetLine.MaxPlaceLength), (line.Commune, CitizenBudgetLine.MaxPlaceLength) })
            {
                if (value.Length > max)
                {
                    problems.Add(new BudgetLineProblem(number, BudgetLineError.TooLong, Shorten(value)));
                }
            }

            if (Money.Parse(Field("amount")) is { } amount && amount > 0 && amount < MaxAmount)
            {
                line.Amount = amount;
            }
            else
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.BadAmount, Shorten(Field("amount"))));
            }

            if (Area(Field("area")) is { } area)
            {
                line.Area = area;
            }
            else
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.UnknownArea, Shorten(Field("area"))));
            }

            if (Gender(Field("gender")) is { } gender)
            {
                line.Gender = gender;
            }
            else
            {
                problems.Add(new BudgetLineProblem(number, BudgetLineError.UnknownGender, Shorten(Field("gender"))));
            }

            if (problems.Count == before)
            {
                lines.Add(line);
            }
        }

        return (lines, problems);
    }

    private static BudgetSide? Side(string text) => Content.TextFold.Fold(text) switch
    {
        "revenue" or "revenues" or "recette" or "recettes" or "ressources" or "موارد" or "مداخيل" => BudgetSide.Revenue,
        "spending" or "expenditure" or "depense" or "depenses" or "charges" or "نفقات" or "مصاريف" => BudgetSide.Spending,
        _ => null,
    };

    private static BudgetSection? Section(string text) => Content.TextFold.Fold(text) switch
    {
        "operating" or "fonctionnement" or "تسيير" or "التسيير" => BudgetSection.Operating,
        "investment" or "capital" or "investissement" or "equipement" or "تجهيز" or "التجهيز" or "استثمار" => BudgetSection.Investment,
        _ => null,
    };

    private static BudgetArea? Area(string text) => Content.TextFold.Fold(text) switch
    {
        "" => BudgetArea.Unspecified,
        "rural" or "rurale" or "قروي" or "قرويه" => BudgetArea.Rural,
        "urban" or "urbain" or "urbaine" or "حضري" or "حضريه" => BudgetArea.Urban,
        _ => null,
    };

    private static GenderTag? Gender(string text) => Content.TextFold.Fold(text) switch
    {
        "" or "none" or "non" or "-" => GenderTag.None,
        "targeted" or "cible" or "ciblee" or "موجه" or "موجهه" => GenderTag.Targeted,
        "sensitive" or "sensible" or "مراع" or "مراعي" or "مراعيه" => GenderTag.Sensitive,
        _ => null,
    };

    private static string Shorten(string value) => value.Length > 40 ? value[..40] : value;

    /// <summary>The lines as a file of the same format (what the open-data export gives back and the import reads).</summary>
    public static string Write(IEnumerable<CitizenBudgetLine> lines) => SafeCsv.Write(Columns, lines.OrderBy(l => l.Position).Select(l => (IReadOnlyList<object?>)
    [
        l.Side == BudgetSide.Revenue ? "revenue" : "spending", l.Section == BudgetSection.Operating ? "operating" : "investment",
        l.CategoryAr, l.CategoryFr, l.LabelAr, l.LabelFr, l.Amount, l.Province, l.Commune,
        l.Area switch { BudgetArea.Rural => "rural", BudgetArea.Urban => "urban", _ => "" },
        l.Gender switch { GenderTag.Targeted => "targeted", GenderTag.Sensitive => "sensitive", _ => "" },
    ]));
}
