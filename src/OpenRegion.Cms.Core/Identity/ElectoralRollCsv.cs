using System.Globalization;
using OpenRegion.Cms.Core.Budgeting;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>Why a line of a roll file was refused.</summary>
public enum RollLineError
{
    MissingColumns,
    BadCardNumber,
    BadBirthDate,
    UnknownCommune,
    DuplicateCard,
}

public sealed record RollLine(int Line, string CardNumber, DateOnly BirthDate, string CommuneTenantId);

public sealed record RollProblem(int Line, RollLineError Error, string Value);

/// <summary>
/// Reads an electoral roll or census extract: CSV (comma or semicolon, UTF-8, optional header) with the card
/// number, the birth date (2026-12-02 or 02/12/2026) and the commune of residence (its id or its name in Arabic or
/// French). Every bad line is reported; a file with one is imported not at all, so that fixing it and importing
/// again gives the whole list.
/// </summary>
public static class ElectoralRollCsv
{
    public const int MaxLines = 2_000_000;

    public static (IReadOnlyList<RollLine> Lines, IReadOnlyList<RollProblem> Problems) Read(TextReader reader, Func<string, string?> communeId)
    {
        var lines = new List<RollLine>();
        var problems = new List<RollProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = OpenData.SafeCsv.SplitLine(text.TrimStart('\uFEFF'));
            if (number == 1 && fields.Count > 0 && !VoterIdentity.TryNormalize(fields[0], out _) && IsHeader(fields[0]))
            {
                continue;
            }

            if (fields.Count < 3)
            {
                problems.Add(new RollProblem(number, RollLineError.MissingColumns, text.Length > 80 ? text[..80] : text));
                continue;
            }

            var ok = true;
            if (!VoterIdentity.TryNormalize(fields[0], out var card))
            {
                problems.Add(new RollProblem(number, RollLineError.BadCardNumber, Shorten(fields[0])));
                ok = false;
            }
            else if (!seen.Add(card))
            {
                problems.Add(new RollProblem(number, RollLineError.DuplicateCard, card));
                ok = false;
            }

            if (!TryDate(fields[1], out var birth))
            {
                problems.Add(new RollProblem(number, RollLineError.BadBirthDate, Shorten(fields[1])));
                ok = false;
            }

            var commune = communeId(fields[2].Trim());
            if (commune is null)
            {
                problems.Add(new RollProblem(number, RollLineError.UnknownCommune, Shorten(fields[2])));
                ok = false;
            }

            if (ok)
            {
                lines.Add(new RollLine(number, card, birth, commune!));
            }

            if (number >= MaxLines)
            {
                break;
            }
        }

        return (lines, problems);
    }

    /// <summary>A birth date as people and registries write it: ISO (2026-12-02) or day first (02/12/2026, 2/12/2026).</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        text = text?.Trim() ?? "";
        return DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year >= 1900;
    }

    private static bool IsHeader(string first) =>
        first.Trim().Trim('"').ToLowerInvariant() is "cnie" or "card" or "cin" or "card_number" or "numero_cnie" or "رقم_البطاقة" or "رقم البطاقة";

    private static string Shorten(string value) => value.Length > 40 ? value[..40] : value;
}
