using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace K8sShop.Billing.Documents;

/// <summary>
/// An invoice as an A4 PDF written with PdfPig (Apache-2.0); long invoices continue on new pages.
/// DejaVu Sans is embedded because the standard Helvetica has no reliable encoding for French
/// accents (é came out as Ø).
/// </summary>
public static class InvoicePdf
{
    private const double Left = 50;
    private const double Top = 790;
    private const double Bottom = 60;
    private static readonly double[] ColumnX = [50, 250, 285, 355, 400, 460, 520];

    public static byte[] Render(InvoiceContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddTrueTypeFont(Font("DejaVuSans.ttf"));
        var bold = builder.AddTrueTypeFont(Font("DejaVuSans-Bold.ttf"));
        var page = builder.AddPage(PageSize.A4);
        var y = Top;

        void Write(string text, double x, double size, PdfDocumentBuilder.AddedFont font) =>
            page.AddText(Printable(text), size, new PdfPoint(x, y), font);

        void NextLine(double height)
        {
            y -= height;
            if (y < Bottom)
            {
                page = builder.AddPage(PageSize.A4);
                y = Top;
            }
        }

        Write(content.Title, Left, 18, bold);
        NextLine(28);
        foreach (var (label, value) in content.Header)
        {
            Write(label, Left, 10, bold);
            Write(value, Left + 80, 10, regular);
            NextLine(14);
        }

        NextLine(10);
        for (var c = 0; c < InvoiceContent.LineColumns.Length; c++)
        {
            Write(InvoiceContent.LineColumns[c], ColumnX[c], 8, bold);
        }

        NextLine(14);
        foreach (var line in content.Lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                var cell = c == 0 && line[c].Length > 40 ? line[c][..39] + "…" : line[c];
                Write(cell, ColumnX[c], 8, regular);
            }

            NextLine(12);
        }

        NextLine(10);
        foreach (var (label, value) in content.Totals)
        {
            Write(label, 360, 10, bold);
            Write(value, 460, 10, regular);
            NextLine(14);
        }

        return builder.Build();
    }

    /// <summary>Characters outside the Basic Multilingual Plane (emoji) have no glyph here; replace them rather than fail.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Where(ch => !char.IsLowSurrogate(ch)).Select(ch => char.IsHighSurrogate(ch) || char.IsControl(ch) ? '?' : ch));

    private static byte[] Font(string file)
    {
        using var stream = typeof(InvoicePdf).Assembly.GetManifestResourceStream("Fonts." + file)
            ?? throw new InvalidOperationException($"Font {file} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
