using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace OpenRegion.Cms.Core.OpenData;

/// <summary>
/// A one-sheet Excel workbook (Office Open XML): a header row in bold, then text and number cells. Text is written
/// as inline strings, so a title that starts with "=" stays text — a spreadsheet never runs what a citizen typed.
/// </summary>
public static class XlsxWriter
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """);
            Entry(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(SheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Entry(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>
                """);
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            Row(sheet, 1, header.Cast<object?>().ToList(), bold: true);
            var number = 2;
            foreach (var row in rows)
            {
                Row(sheet, number++, row, bold: false);
            }

            sheet.Append("</sheetData></worksheet>");
            Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }

        return buffer.ToArray();
    }

    private static void Row(StringBuilder sheet, int number, IReadOnlyList<object?> cells, bool bold)
    {
        sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\">");
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = Column(i) + number.ToString(CultureInfo.InvariantCulture);
            var style = bold ? " s=\"1\"" : "";
            switch (cells[i])
            {
                case null:
                    break;
                case int or long or decimal or double:
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{style}><v>{Convert.ToString(cells[i], CultureInfo.InvariantCulture)}</v></c>");
                    break;
                default:
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"{style}><is><t xml:space=\"preserve\">{SecurityElement.Escape(XmlSafe(Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? ""))}</t></is></c>");
                    break;
            }
        }

        sheet.Append("</row>");
    }

    /// <summary>A, B, … Z, AA, AB…</summary>
    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => "[]:*?/\\".IndexOf(c) < 0)]);
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }

    /// <summary>XML 1.0 has no place for most control characters.</summary>
    private static string XmlSafe(string text) => new([.. text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ' && !char.IsSurrogate(c) || char.IsSurrogate(c))]);

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content.Trim());
    }
}
