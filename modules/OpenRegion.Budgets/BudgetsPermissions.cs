namespace OpenRegion.Budgets;

public static class BudgetsPermissions
{
    /// <summary>Set up processes and budgets, review projects (feasibility, cost), follow the winners' execution, import past elections.</summary>
    public const string Manage = "Budgets.Manage";

    /// <summary>Record a paper ballot at a counter for a citizen whose identity card was checked.</summary>
    public const string Counter = "Budgets.Counter";
}
