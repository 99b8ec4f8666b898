using System.Text.Json;
using OpenRegion.Cms.Core.Calendar;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Deadlines;

/// <summary>
/// One deadline the law sets: how long, counted how, and where it is written. The amount is a default: a tenant's
/// setting <see cref="SettingKey"/> replaces it (texts change, and a council may hold itself to a shorter delay).
/// </summary>
/// <param name="CommuneAmount">Where communes have another delay than regions and provinces (8 days instead of 10…).</param>
/// <param name="OnlyFor">The one level of government the rule concerns, or null for all.</param>
public sealed record LegalDeadlineRule(
    string Id,
    DeadlineUnit Unit,
    int Amount,
    DeadlineText Name,
    DeadlineText Basis,
    int? CommuneAmount = null,
    TenantKind? OnlyFor = null)
{
    /// <summary>The longest delay a tenant setting may give (ten years in days): a typo must not push a deadline out of sight.</summary>
    public const int MaxAmount = 3660;

    public bool IsCustom => Unit == DeadlineUnit.GivenDate;

    /// <summary>Tenant setting holding this tenant's own amount (a JSON number), e.g. "Deadlines.information-request.Amount".</summary>
    public string SettingKey => $"Deadlines.{Id}.Amount";

    public bool AppliesTo(TenantKind kind) => OnlyFor is null || OnlyFor == kind;

    public int DefaultAmount(TenantKind kind) => kind == TenantKind.Commune && CommuneAmount is { } commune ? commune : Amount;

    /// <summary>The tenant's setting when it holds a whole number from 1 to <see cref="MaxAmount"/>, otherwise the legal default.</summary>
    public int AmountFor(TenantShell tenant)
    {
        if (tenant.Settings.TryGetValue(SettingKey, out var json))
        {
            try
            {
                var amount = JsonSerializer.Deserialize<int?>(json);
                if (amount is >= 1 and <= MaxAmount)
                {
                    return amount.Value;
                }
            }
            catch (JsonException)
            {
                // An unreadable setting falls back to the law rather than hiding every deadline of the tenant.
            }
        }

        return DefaultAmount(tenant.Tenant.Kind);
    }

    /// <summary>The last day to act, for a clock started on <paramref name="start"/> (the start day itself not counted).</summary>
    public DateOnly DueDate(DateOnly start, int amount, WorkingCalendar calendar) => Unit switch
    {
        DeadlineUnit.WorkingDays => calendar.AddWorkingDays(start, amount),
        // The texts do not move a delay in days that ends on a day off: the date is shown as it falls.
        DeadlineUnit.CalendarDays => start.AddDays(amount),
        DeadlineUnit.Months => start.AddMonths(amount),
        _ => throw new InvalidOperationException($"The rule {Id} has no computation: its due date is given."),
    };

    public DateOnly DueDate(DateOnly start, TenantShell tenant) => DueDate(start, AmountFor(tenant), WorkingCalendar.For(tenant));
}
