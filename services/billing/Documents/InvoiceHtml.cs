using System.Net;
using System.Text;

namespace K8sShop.Billing.Documents;

/// <summary>An invoice as a self-contained, printable HTML page; every value is HTML-encoded.</summary>
public static class InvoiceHtml
{
    public static string Render(InvoiceContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(content.Title)).Append("</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}")
            .Append("th,td{border-bottom:1px solid #ccc;padding:.3rem;text-align:right}th:first-child,td:first-child{text-align:left}</style></head><body>")
            .Append("<h1>").Append(E(content.Title)).Append("</h1><dl>");
        foreach (var (label, value) in content.Header)
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
        }

        html.Append("</dl><table><thead><tr>");
        foreach (var column in InvoiceContent.LineColumns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var line in content.Lines)
        {
            html.Append("<tr>");
            foreach (var cell in line)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><table aria-label=\"Totals\"><tbody>");
        foreach (var (label, value) in content.Totals)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></body></html>").ToString();
    }
}
