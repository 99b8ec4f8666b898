using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>The citizen budget's file as the finance service saves it, and what its lines add up to.</summary>
public sealed class CitizenBudgetTests
{
    private const string Header = "side,section,category_ar,category_fr,label_ar,label_fr,amount,province,commune,area,gender\n";

    private static (IReadOnlyList<CitizenBudgetLine> Lines, IReadOnlyList<BudgetLineProblem> Problems) Read(string text) => CitizenBudgetCsv.Read(new StringReader(text));

    [Fact]
    public void The_demo_file_reads_whole_and_balances()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "recipes", "files", "budget-region-2027.csv");
        using var reader = new StreamReader(path);
        var (lines, problems) = CitizenBudgetCsv.Read(reader);
        problems.ShouldBeEmpty();
        lines.Count.ShouldBe(33);
        var summary = CitizenBudgetSummary.Of(lines);
        summary.Revenue.ShouldBe(1_240_000_000m);
        summary.Spending.ShouldBe(1_240_000_000m);
        summary.Balance.ShouldBe(0m);
        summary.Operating.ShouldBe(250_000_000m);
        summary.Investment.ShouldBe(990_000_000m);
        summary.ByProvince[0].Province.ShouldBe("province-azilal");
        summary.ByProvince[0].Amount.ShouldBe(315_000_000m);
        summary.ByProvince.Sum(p => p.Amount).ShouldBe(summary.Investment - summary.Unlocated);
        summary.RuralShare.ShouldBe(66.9m); // 545 of 815 million placed in rural or urban communes
        summary.GenderTargeted.ShouldBe(91_000_000m);
        summary.GenderSensitive.ShouldBe(190_000_000m);
        summary.GenderShare.ShouldBe(22.7m);
        summary.PerInhabitant(2_525_801).ShouldBe(491m);
        summary.PerInhabitant(null).ShouldBeNull();
    }

    [Fact]
    public void Columns_may_come_in_any_order_with_semicolons_and_words_in_three_languages()
    {
        var (lines, problems) = Read(
            "amount;label_fr;category_fr;side;section;area;gender\n" +
            "\"1 500 000,50\";Cantine scolaire;Éducation;dépenses;fonctionnement;rural;ciblé\n" +
            "2000000;Taxe;Fiscalité;موارد;تسيير;;\n" +
            "300000;Piste;Routes;Spending;Investissement;قروية;مراعية\n");
        problems.ShouldBeEmpty();
        lines.Count.ShouldBe(3);
        lines[0].Amount.ShouldBe(1_500_000.50m);
        (lines[0].Side, lines[0].Section, lines[0].Area, lines[0].Gender).ShouldBe((BudgetSide.Spending, BudgetSection.Operating, BudgetArea.Rural, GenderTag.Targeted));
        (lines[1].Side, lines[1].Section, lines[1].Area, lines[1].Gender).ShouldBe((BudgetSide.Revenue, BudgetSection.Operating, BudgetArea.Unspecified, GenderTag.None));
        (lines[2].Section, lines[2].Area, lines[2].Gender).ShouldBe((BudgetSection.Investment, BudgetArea.Rural, GenderTag.Sensitive));
        lines.Select(l => l.Position).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public void Every_bad_line_is_named_and_none_is_kept()
    {
        var (lines, problems) = Read(Header +
            "revenue,operating,,Impôts,,Part IS,1000,,,,\n" +
            "gift,operating,,Impôts,,Don,1000,,,,\n" +
            "spending,capital-ish,,Routes,,Piste,1000,,,,\n" +
            "spending,investment,,,,Piste,1000,,,,\n" +
            "spending,investment,,Routes,,,1000,,,,\n" +
            "spending,investment,,Routes,,Piste,-5,,,,\n" +
            "spending,investment,,Routes,,Piste,abc,,,,\n" +
            "spending,investment,,Routes,,Piste,1000,,,suburban,\n" +
            "spending,investment,,Routes,,Piste,1000,,,,maybe\n" +
            "spending,investment,,Routes,," + new string('x', 301) + ",1000,,,,\n" +
            "\n" +
            "spending,investment,,Routes,,Piste,1000000000000,,,,\n");
        problems.Select(p => (p.Line, p.Error)).ShouldBe(
        [
            (3, BudgetLineError.UnknownSide), (4, BudgetLineError.UnknownSection), (5, BudgetLineError.CategoryNeeded), (6, BudgetLineError.LabelNeeded),
            (7, BudgetLineError.BadAmount), (8, BudgetLineError.BadAmount), (9, BudgetLineError.UnknownArea), (10, BudgetLineError.UnknownGender),
            (11, BudgetLineError.TooLong), (13, BudgetLineError.BadAmount),
        ]);
        problems[0].Value.ShouldBe("gift");
        lines.Count.ShouldBe(1); // the caller loads nothing when any problem is reported
    }

    [Fact]
    public void A_header_without_the_needed_columns_is_refused()
    {
        var (_, problems) = Read("side,amount,label_fr\nrevenue,10,Taxe\n");
        problems.Single().ShouldBe(new BudgetLineProblem(1, BudgetLineError.MissingColumns, "section, category_ar/category_fr"));
        Read("").Problems.Single().Error.ShouldBe(BudgetLineError.MissingColumns);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var (lines, _) = Read(Header +
            "revenue,operating,ضرائب,Impôts,حصة,\"Part de l'IS, 5 %\",210000000,,,,\n" +
            "spending,investment,طرق,Routes,مسلك,=Piste (formule),160000000.25,province-azilal,azilal,rural,targeted\n");
        var (again, problems) = Read(CitizenBudgetCsv.Write(lines));
        problems.ShouldBeEmpty();
        again.Select(l => (l.Side, l.Section, l.CategoryFr, l.Amount, l.Province, l.Commune, l.Area, l.Gender))
            .ShouldBe(lines.Select(l => (l.Side, l.Section, l.CategoryFr, l.Amount, l.Province, l.Commune, l.Area, l.Gender)));
        again[0].LabelFr.ShouldBe("Part de l'IS, 5 %");
        again[1].LabelFr.ShouldBe("'=Piste (formule)"); // a spreadsheet will not run it as a formula
    }

    [Fact]
    public void Summary_groups_categories_largest_first_and_handles_an_empty_budget()
    {
        var empty = CitizenBudgetSummary.Of([]);
        (empty.Revenue, empty.Spending, empty.RuralShare, empty.GenderShare).ShouldBe((0m, 0m, null, null));
        var summary = CitizenBudgetSummary.Of(
        [
            new CitizenBudgetLine { Position = 1, Side = BudgetSide.Spending, Section = BudgetSection.Operating, CategoryFr = "Personnel", Amount = 10 },
            new CitizenBudgetLine { Position = 2, Side = BudgetSide.Spending, Section = BudgetSection.Investment, CategoryFr = "Routes", Amount = 15, Province = "p", Commune = "c", Area = BudgetArea.Urban },
            new CitizenBudgetLine { Position = 3, Side = BudgetSide.Spending, Section = BudgetSection.Investment, CategoryFr = "Routes", Amount = 15, Province = "p", Area = BudgetArea.Rural, Gender = GenderTag.Sensitive },
            new CitizenBudgetLine { Position = 4, Side = BudgetSide.Revenue, Section = BudgetSection.Operating, CategoryFr = "Impôts", Amount = 35 },
        ]);
        summary.SpendingByCategory.Select(c => (c.NameFr, c.Amount)).ShouldBe([("Routes", 30m), ("Personnel", 10m)]);
        summary.Balance.ShouldBe(-5m);
        summary.ByProvince.Single().Communes.ShouldBe([("c", 15m)]);
        summary.RuralShare.ShouldBe(50m);
        summary.GenderShare.ShouldBe(37.5m);
    }
}
