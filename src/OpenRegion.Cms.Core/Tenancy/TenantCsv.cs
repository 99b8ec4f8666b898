using System.Globalization;
using OpenRegion.Cms.Core.OpenData;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// A file of tenants to onboard at once (a region's communes, or all of Morocco's): a header line, then one tenant a line,
/// comma- or semicolon-separated, columns in any order — <c>id</c>, <c>name_ar</c>, <c>name_fr</c> (required), <c>kind</c>
/// (Commune, Province or Region; Commune when empty), <c>parent</c> (a commune's province, a province's region: an
/// existing tenant or one earlier in the file), <c>population</c>, <c>prefix</c>, <c>hosts</c> (separated by spaces) and
/// <c>recipe</c> (the kind's own when empty). The whole file is checked before anything is created: every bad line is
/// named with its number and the reason, and then nothing is created.
/// </summary>
public static class TenantCsv
{
    public static readonly IReadOnlyList<string> Columns = ["id", "name_ar", "name_fr", "kind", "parent", "population", "prefix", "hosts", "recipe"];

    public sealed record Result(IReadOnlyList<TenantDefinition> Tenants, IReadOnlyList<string> Errors);

    public static Result Read(string text, IReadOnlyCollection<Tenant> existing)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var errors = new List<string>();
        var headerIndex = lines.FindIndex(l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            return new Result([], ["the file is empty: its first line names the columns (id, name_ar, name_fr, kind, parent, population, prefix, hosts, recipe)."]);
        }

        var separator = lines[headerIndex].Contains(';') ? ';' : ',';
        var header = SafeCsv.SplitLine(lines[headerIndex], separator).Select(h => h.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_')).ToList();
        foreach (var unknown in header.Where(h => h.Length > 0 && !Columns.Contains(h)))
        {
            errors.Add($"line {headerIndex + 1}: unknown column '{unknown}' (the columns are {string.Join(", ", Columns)}).");
        }

        foreach (var missing in new[] { "id", "name_ar", "name_fr" }.Where(c => !header.Contains(c)))
        {
            errors.Add($"line {headerIndex + 1}: the column '{missing}' is missing.");
        }

        if (errors.Count > 0)
        {
            return new Result([], errors);
        }

        var known = existing.ToDictionary(t => t.Id, t => t.Kind, StringComparer.Ordinal);
        var others = existing.ToList();
        var accepted = new List<TenantDefinition>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var number = i + 1;
            var cells = SafeCsv.SplitLine(lines[i], separator);
            string Cell(string column) => header.IndexOf(column) is var at and >= 0 && at < cells.Count ? cells[at].Trim() : "";
            if (cells.Count > header.Count)
            {
                errors.Add($"line {number}: {cells.Count} cells for {header.Count} columns (a name with the separator in it needs quotes).");
                continue;
            }

            var problems = new List<string>();
            var kind = TenantKind.Commune;
            if (Cell("kind") is { Length: > 0 } kindText)
            {
                if (Enum.TryParse<TenantKind>(kindText, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(kindText, out _))
                {
                    kind = named;
                }
                else
                {
                    problems.Add($"kind '{kindText}' is not Commune, Province or Region");
                }
            }

            int? population = null;
            if (Cell("population") is { Length: > 0 } populationText)
            {
                var digits = populationText.Replace(" ", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var inhabitants))
                {
                    population = inhabitants;
                }
                else
                {
                    problems.Add($"population '{populationText}' is not a whole number");
                }
            }

            var parent = Cell("parent") is { Length: > 0 } p ? p : null;
            var parentKind = parent is null ? (TenantKind?)null : known.TryGetValue(parent, out var pk) ? pk : null;
            if (kind == TenantKind.Commune && parent is null)
            {
                problems.Add("a commune names its province in 'parent'");
            }
            else if (parent is not null && parentKind is null)
            {
                problems.Add($"parent '{parent}' is neither a tenant nor an earlier line of the file");
            }
            else if ((kind, parentKind) is (TenantKind.Commune, not TenantKind.Province) or (TenantKind.Province, not (TenantKind.Region or null)) or (TenantKind.Region, not null))
            {
                problems.Add($"a {kind.ToString().ToLowerInvariant()} cannot belong to '{parent}' ({parentKind?.ToString().ToLowerInvariant()})");
            }

            var definition = new TenantDefinition
            {
                Id = Cell("id"), NameAr = Cell("name_ar"), NameFr = Cell("name_fr"), Kind = kind, ParentId = parent, Population = population,
                UrlPrefix = Cell("prefix"), HostNames = Cell("hosts").Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Recipe = Cell("recipe") is { Length: > 0 } recipe ? recipe : kind.ToString().ToLowerInvariant(),
            };
            try
            {
                TenantDefinitionValidator.Validate(definition, others);
            }
            catch (TenantValidationException ex)
            {
                problems.Add(ex.Message.TrimEnd('.'));
            }

            if (problems.Count > 0)
            {
                errors.Add($"line {number} ({(definition.Id.Length > 0 ? definition.Id : "no id")}): {string.Join("; ", problems)}.");
                continue;
            }

            accepted.Add(definition);
            others.Add(TenantService.ToTenant(definition, DateTimeOffset.UnixEpoch));
            known[definition.Id] = kind;
        }

        if (errors.Count == 0 && accepted.Count == 0)
        {
            errors.Add("the file names no tenant below its header line.");
        }

        return new Result(errors.Count == 0 ? accepted : [], errors);
    }
}
