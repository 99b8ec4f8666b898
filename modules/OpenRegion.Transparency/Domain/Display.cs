namespace OpenRegion.Transparency.Domain;

/// <summary>How register numbers sit inside a sentence of either direction.</summary>
public static class Display
{
    /// <summary>"2026-0007" isolated left-to-right, with a non-breaking hyphen so that a narrow screen never splits it.</summary>
    public static string Number(string number) => "\u2066" + number.Replace('-', '\u2011') + "\u2069";
}
