using System.Globalization;
using OpenRegion.Cms.Core.Localization;

namespace OpenRegion.Cms.Core.Tests.Localization;

public sealed class PluralRuleTests
{
    private const string RussianStyle =
        "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;";

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(99, 4)]
    [InlineData(100, 5)]
    [InlineData(101, 5)]
    [InlineData(102, 5)]
    [InlineData(103, 3)]
    [InlineData(111, 4)]
    [InlineData(1000, 5)]
    public void Arabic_header_rule_picks_the_six_forms(long n, int expected)
    {
        var rule = PoParser.Parse(PoSamples.Arabic, "ar.po").PluralRule.ShouldNotBeNull();

        rule.FormCount.ShouldBe(6);
        rule.Evaluate(n).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(1000, 1)]
    public void French_rule_treats_zero_and_one_as_singular(long n, int expected)
    {
        PluralRule.Parse("nplurals=2; plural=(n > 1);").Evaluate(n).ShouldBe(expected);
        PluralRule.ForCulture(CultureInfo.GetCultureInfo("fr")).Evaluate(n).ShouldBe(expected);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(21, 0)]
    [InlineData(101, 0)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    [InlineData(22, 1)]
    [InlineData(104, 1)]
    [InlineData(0, 2)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(111, 2)]
    [InlineData(112, 2)]
    public void Russian_style_rule_respects_c_precedence(long n, int expected)
    {
        PluralRule.Parse(RussianStyle).Evaluate(n).ShouldBe(expected);
    }

    [Theory]
    [InlineData("n+2*3", 1, 7)]
    [InlineData("(n+2)*3", 1, 9)]
    [InlineData("n-1-1", 5, 3)]
    [InlineData("n/2/2", 8, 2)]
    [InlineData("n*10%7", 2, 6)]
    [InlineData("20-n%3", 5, 18)]
    [InlineData("n<3==1", 2, 1)]
    [InlineData("n<3==1", 5, 0)]
    [InlineData("n==1 || n==2 && n==3", 1, 1)]
    [InlineData("!n==0", 5, 1)]
    [InlineData("!n==0", 0, 0)]
    [InlineData("!(n==0)", 0, 0)]
    [InlineData("-n+10", 3, 7)]
    [InlineData("n ? 1 : 0 ? 2 : 3", 5, 1)]
    [InlineData("n ? 1 : 0 ? 2 : 3", 0, 3)]
    [InlineData("n==1 ? 10 : n==2 ? 20 : 30", 1, 10)]
    [InlineData("n==1 ? 10 : n==2 ? 20 : 30", 2, 20)]
    [InlineData("n==1 ? 10 : n==2 ? 20 : 30", 3, 30)]
    [InlineData("n>1 ? n>2 ? 3 : 2 : 1", 2, 2)]
    [InlineData("n>1 ? n>2 ? 3 : 2 : 1", 9, 3)]
    [InlineData("n>=2 && n<=4", 4, 1)]
    [InlineData("n!=1", 1, 0)]
    public void Expression_follows_c_precedence_and_associativity(string expression, long n, int expected)
    {
        PluralRule.Parse($"nplurals=32; plural={expression};").Evaluate(n).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_clamps_into_the_declared_forms()
    {
        var rule = PluralRule.Parse("nplurals=2; plural=n;");

        rule.Evaluate(0).ShouldBe(0);
        rule.Evaluate(7).ShouldBe(1);
        PluralRule.Parse("nplurals=3; plural=0-5;").Evaluate(1).ShouldBe(0);
    }

    [Fact]
    public void Division_by_zero_does_not_throw()
    {
        var rule = PluralRule.Parse("nplurals=3; plural=n/0 + n%0;");

        rule.Evaluate(5).ShouldBe(0);
    }

    [Fact]
    public void Negative_counts_use_their_magnitude()
    {
        PluralRule.ForCulture(CultureInfo.GetCultureInfo("en")).Evaluate(-1).ShouldBe(0);
        PluralRule.ForCulture(CultureInfo.GetCultureInfo("ar")).Evaluate(-2).ShouldBe(2);
    }

    [Fact]
    public void Parse_accepts_the_header_name_and_round_trips_through_ToString()
    {
        var rule = PluralRule.Parse("Plural-Forms: nplurals=2; plural=n != 1;");

        rule.FormCount.ShouldBe(2);
        rule.Expression.ShouldBe("n != 1");
        rule.ToString().ShouldBe("nplurals=2; plural=n != 1;");
    }

    [Theory]
    [InlineData("ar", 6, 11, 4)]
    [InlineData("ar-MA", 6, 2, 2)]
    [InlineData("fr", 2, 1, 0)]
    [InlineData("fr-MA", 2, 0, 0)]
    [InlineData("en", 2, 0, 1)]
    [InlineData("en-US", 2, 1, 0)]
    [InlineData("zgh", 2, 0, 0)]
    [InlineData("zgh", 2, 2, 1)]
    [InlineData("de", 2, 0, 1)]
    public void ForCulture_gives_the_built_in_rule_of_the_language(string culture, int forms, long n, int expected)
    {
        var rule = PluralRule.ForCulture(CultureInfo.GetCultureInfo(culture));

        rule.FormCount.ShouldBe(forms);
        rule.Evaluate(n).ShouldBe(expected);
    }

    [Fact]
    public void ForCulture_of_an_unknown_language_is_the_default_rule()
    {
        PluralRule.ForCulture(CultureInfo.InvariantCulture).ShouldBeSameAs(PluralRule.Default);
        PluralRule.Default.Evaluate(1).ShouldBe(0);
        PluralRule.Default.Evaluate(2).ShouldBe(1);
    }

    [Theory]
    [InlineData("nplurals=2; plural=n >;", "unexpected end of expression")]
    [InlineData("nplurals=2; plural=(n > 1;", "expected ')'")]
    [InlineData("nplurals=2; plural=n = 1;", "unexpected '='")]
    [InlineData("nplurals=2; plural=x > 1;", "unknown identifier 'x'")]
    [InlineData("nplurals=2; plural=n & 1;", "unexpected '&'")]
    [InlineData("nplurals=2; plural=n ? 1;", "expected ':'")]
    [InlineData("nplurals=2; plural=n 1;", "unexpected '1'")]
    [InlineData("nplurals=2; plural=;", "the expression is empty")]
    [InlineData("nplurals=2; plural=99999999999999999999;", "too large")]
    [InlineData("nplurals=0; plural=0;", "nplurals must be a whole number")]
    [InlineData("nplurals=two; plural=n!=1;", "nplurals must be a whole number")]
    [InlineData("plural=n!=1;", "nplurals is missing")]
    [InlineData("nplurals=2;", "plural is missing")]
    [InlineData("nplurals=2; plurals=n!=1;", "unknown field 'plurals'")]
    [InlineData("nplurals=2; nplurals=3; plural=n!=1;", "'nplurals' is given twice")]
    [InlineData("nplurals 2", "expected 'name=value'")]
    public void Parse_rejects_malformed_rules_with_a_clear_message(string header, string reason)
    {
        var error = Should.Throw<FormatException>(() => PluralRule.Parse(header));

        error.Message.ShouldContain(reason);
    }

    [Fact]
    public void Parse_rejects_absurdly_nested_expressions_instead_of_overflowing_the_stack()
    {
        var expression = new string('(', 5000) + "n" + new string(')', 5000);

        Should.Throw<FormatException>(() => PluralRule.Parse($"nplurals=2; plural={expression};"))
            .Message.ShouldContain("nested too deeply");
    }
}
