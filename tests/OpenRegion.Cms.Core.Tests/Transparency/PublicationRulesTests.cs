using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Tests.Transparency;

/// <summary>The catalogue's rules: what a publication needs, and the financial statements' month after the budget.</summary>
public sealed class PublicationRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static Publication Doc(PublicationCategory category = PublicationCategory.Reports, FinancialTable? table = null, int year = 2026, DateOnly? act = null, DateOnly? published = null, string? url = null) => new()
    {
        Category = category, Table = table, TitleFr = "Document", PeriodFrom = new DateOnly(year, 1, 1), PeriodTo = new DateOnly(year, 12, 31),
        ActOn = act, PublishedOn = published ?? Today, Language = PublicationLanguage.French, Url = url,
    };

    [Fact]
    public void A_well_formed_file_or_link_is_accepted()
    {
        PublicationRules.Check(Doc(), hasFile: true, Today).ShouldBeNull();
        PublicationRules.Check(Doc(url: "https://www.cg.gov.ma/fr/textes"), hasFile: false, Today).ShouldBeNull();
        PublicationRules.Check(Doc(PublicationCategory.FinancialStatements, FinancialTable.Loans), hasFile: true, Today).ShouldBeNull();
    }

    [Theory]
    [InlineData(null, false, PublicationRefusal.FileOrLinkNeeded)]
    [InlineData("https://example.org/a.pdf", true, PublicationRefusal.FileAndLink)]
    [InlineData("http://example.org/a.pdf", false, PublicationRefusal.LinkNotHttps)]
    [InlineData("javascript:alert(1)", false, PublicationRefusal.LinkNotHttps)]
    [InlineData("//example.org/a.pdf", false, PublicationRefusal.LinkNotHttps)]
    [InlineData("https://user:pass@example.org/a.pdf", false, PublicationRefusal.LinkNotHttps)]
    public void A_document_is_one_file_or_one_https_address(string? url, bool hasFile, PublicationRefusal expected) =>
        PublicationRules.Check(Doc(url: url), hasFile, Today).ShouldBe(expected);

    [Fact]
    public void Refusals_name_what_is_wrong()
    {
        var untitled = Doc();
        untitled.TitleFr = "";
        PublicationRules.Check(untitled, true, Today).ShouldBe(PublicationRefusal.TitleNeeded);
        var reversed = Doc();
        reversed.PeriodTo = reversed.PeriodFrom.AddDays(-1);
        PublicationRules.Check(reversed, true, Today).ShouldBe(PublicationRefusal.PeriodReversed);
        PublicationRules.Check(Doc(PublicationCategory.FinancialStatements), true, Today).ShouldBe(PublicationRefusal.TableNeeded);
        PublicationRules.Check(Doc(PublicationCategory.FinancialStatements, (FinancialTable)8), true, Today).ShouldBe(PublicationRefusal.TableNeeded);
        PublicationRules.Check(Doc(PublicationCategory.Budget, FinancialTable.Loans), true, Today).ShouldBe(PublicationRefusal.TableOnlyForStatements);
        PublicationRules.Check(Doc(published: Today.AddDays(1)), true, Today).ShouldBe(PublicationRefusal.PublishedInFuture);
        PublicationRules.Check(Doc(act: Today, published: Today.AddDays(-1)), true, Today).ShouldBe(PublicationRefusal.ActAfterPublication);
    }

    [Fact]
    public void The_statements_are_due_a_month_after_the_budget_is_approved()
    {
        var budget = Doc(PublicationCategory.Budget, year: 2027, act: new DateOnly(2026, 10, 14), published: new DateOnly(2026, 10, 20));
        var inTime = Doc(PublicationCategory.FinancialStatements, FinancialTable.Resources, 2027, published: new DateOnly(2026, 11, 14));
        var late = Doc(PublicationCategory.FinancialStatements, FinancialTable.Loans, 2027, published: new DateOnly(2026, 11, 15));
        var status = PublicationRules.Statements(2027, [budget, inTime, late], months: 1);
        status.Due.ShouldBe(new DateOnly(2026, 11, 14));
        status.Published.ShouldBe(2);
        status.Complete.ShouldBeFalse();
        status.Late(inTime).ShouldBeFalse();
        status.Late(late).ShouldBeTrue();
        status.Overdue(new DateOnly(2026, 11, 14)).ShouldBeFalse();
        status.Overdue(new DateOnly(2026, 11, 15)).ShouldBeTrue();
        status.Tables[FinancialTable.SpecialAccounts].ShouldBeNull();
    }

    [Fact]
    public void Seven_tables_complete_the_year_and_a_withdrawn_one_no_longer_counts()
    {
        var tables = Enum.GetValues<FinancialTable>().Select(t => Doc(PublicationCategory.FinancialStatements, t, 2026, act: new DateOnly(2026, 2, 1), published: new DateOnly(2026, 2, 20))).ToList();
        PublicationRules.Statements(2026, tables, 1).Complete.ShouldBeTrue();
        // Without a budget on the catalogue, the statements' own act day starts the month.
        PublicationRules.Statements(2026, tables, 1).Due.ShouldBe(new DateOnly(2026, 3, 1));
        tables[6].WithdrawnUtc = DateTimeOffset.UtcNow;
        var status = PublicationRules.Statements(2026, tables, 1);
        status.Complete.ShouldBeFalse();
        status.Tables[FinancialTable.AnnexedBudgets].ShouldBeNull();
        PublicationRules.Statements(2025, tables, 1).Published.ShouldBe(0);
    }

    [Fact]
    public void The_tenant_setting_changes_the_month()
    {
        var budget = Doc(PublicationCategory.Budget, year: 2027, act: new DateOnly(2026, 10, 31), published: new DateOnly(2026, 11, 1));
        PublicationRules.Statements(2027, [budget], months: 2).Due.ShouldBe(new DateOnly(2026, 12, 31));
        var statement = Doc(PublicationCategory.FinancialStatements, FinancialTable.Resources, 2027, act: new DateOnly(2026, 10, 31), published: new DateOnly(2026, 12, 2));
        PublicationRules.PublishedLate(statement, 1).ShouldBeTrue();
        PublicationRules.PublishedLate(statement, 2).ShouldBeFalse();
    }

    [Theory]
    [InlineData("États FINANCIERS", "etats financiers")]
    [InlineData("الْمِيزَانِيَّة", "الميزانيه")]
    [InlineData("إحصائيات  أولية", "احصاييات اوليه")] // hamza seats fold too, on both sides of a search
    [InlineData("مـيـزانـيـة", "ميزانيه")]
    [InlineData("Ressources\tpropres\n", "ressources propres")]
    public void Search_folds_case_accents_and_arabic_forms(string text, string folded) =>
        Cms.Core.Content.TextFold.Fold(text).ShouldBe(folded);
}
