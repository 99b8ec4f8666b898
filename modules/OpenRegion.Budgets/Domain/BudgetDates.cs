namespace OpenRegion.Budgets.Domain;

/// <summary>The order a process's dates must keep: information, proposals, review, voting, end of voting, follow-up (each optional, but voting needs its end).</summary>
public static class BudgetDates
{
    /// <param name="dates">Information, proposals, review, voting, voting ends, follow-up.</param>
    /// <returns>Null when they fit; else an English explanation (recipes) — admin pages word their own.</returns>
    public static string? Problem(IReadOnlyList<DateTimeOffset?> dates)
    {
        if (dates[3] is not null != dates[4] is not null)
        {
            return "voting needs both its start and its end.";
        }

        if (dates[3] is { } start && dates[4] is { } end && end <= start)
        {
            return "voting must end after it starts.";
        }

        DateTimeOffset? previous = null;
        foreach (var date in dates)
        {
            if (date is { } current)
            {
                if (previous is { } before && current < before)
                {
                    return "the phases must follow each other: information, proposals, review, voting, end of voting, follow-up.";
                }

                previous = current;
            }
        }

        return null;
    }
}
