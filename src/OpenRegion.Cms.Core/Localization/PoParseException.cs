namespace OpenRegion.Cms.Core.Localization;

/// <summary>A PO file (or a Plural-Forms header inside one) could not be read.</summary>
public sealed class PoParseException : FormatException
{
    public PoParseException(string sourceName, int lineNumber, string reason, Exception? innerException = null)
        : base($"{sourceName}:{lineNumber}: {reason}", innerException)
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>The file path or resource name that was being read.</summary>
    public string SourceName { get; }

    /// <summary>1-based line of the offending text.</summary>
    public int LineNumber { get; }

    /// <summary>The message without the source and line prefix.</summary>
    public string Reason { get; }
}
