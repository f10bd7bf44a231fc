using System.Globalization;
using K8sShop.Billing.Data;
using K8sShop.Billing.Documents;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// <c>/api/billing/invoices</c>: the list, one document as JSON, and its printable forms at
/// <c>/{id}/html</c> and <c>/{id}/pdf</c>. A customer reads only their own documents (another's answers 404,
/// as if it did not exist); support and admins read all. Issued documents never change, so each answer
/// carries an ETag and may be kept by the browser (never by a shared cache).
/// </summary>
public static class InvoiceApi
{
    private const string Immutable = "private, max-age=31536000, immutable";

    public static RouteGroupBuilder MapInvoices(this RouteGroupBuilder billing)
    {
        ArgumentNullException.ThrowIfNull(billing);
        var invoices = billing.MapGroup("/invoices").WithTags("Invoices").RequireAuthorization(ShopPolicies.Account);
        invoices.MapGet("/", ListAsync).WithName("billing-invoices")
            .WithSummary("Invoices and credit notes, newest first: a customer's own; support and admins all, filtered by customerId, orderId, kind, from, to.");
        invoices.MapGet("/{id:guid}", GetAsync).WithName("billing-invoice").WithSummary("One invoice or credit note with its lines.");
        invoices.MapGet("/{id:guid}/html", GetHtmlAsync).WithName("billing-invoice-html").WithSummary("The document as a printable HTML page.");
        invoices.MapGet("/{id:guid}/pdf", GetPdfAsync).WithName("billing-invoice-pdf").WithSummary("The document as a PDF download.");
        return billing;
    }

    private static async Task<Results<Ok<InvoicePage>, ValidationProblem>> ListAsync(
        [AsParameters] InvoiceQuery query, BillingDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = query.Check();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var documents = db.Invoices.AsNoTracking();
        if (InvoiceReaders.SeesAll(http.User))
        {
            documents = query.CustomerId is { } customer ? documents.Where(i => i.CustomerId == customer) : documents;
        }
        else
        {
            var own = InvoiceReaders.OwnId(http.User) ?? "";
            documents = documents.Where(i => i.CustomerId == own);
        }

        documents = query.OrderId is { } order ? documents.Where(i => i.OrderId == order) : documents;
        documents = query.Kind is { } kind ? documents.Where(i => i.Kind == kind) : documents;
        if (query.From is { } from)
        {
            var fromUtc = Utc(from);
            documents = documents.Where(i => i.IssuedAtUtc >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = Utc(to);
            documents = documents.Where(i => i.IssuedAtUtc < toUtc);
        }

        var page = query.Page ?? 1;
        var size = query.PageSize ?? InvoiceQuery.DefaultPageSize;
        var total = await documents.CountAsync(cancellationToken);
        var items = await documents.OrderByDescending(i => i.IssuedAtUtc).ThenByDescending(i => i.Number)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Ok(new InvoicePage([.. items.Select(InvoiceSummary.Of)], page, size, total));
    }

    private static async Task<IResult> GetAsync(Guid id, BillingDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await ReadAsync(id, "json", db, http, invoice => TypedResults.Ok(InvoiceView.Of(invoice)), cancellationToken);

    private static async Task<IResult> GetHtmlAsync(Guid id, BillingDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await ReadAsync(id, "html", db, http, invoice => TypedResults.Content(InvoiceHtml.Render(Content(invoice)), "text/html; charset=utf-8"), cancellationToken);

    private static async Task<IResult> GetPdfAsync(Guid id, BillingDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await ReadAsync(id, "pdf", db, http, invoice => TypedResults.File(InvoicePdf.Render(Content(invoice)), "application/pdf", invoice.Number + ".pdf"), cancellationToken);

    /// <summary>A date without an offset (<c>2026-01-01</c>) is read as UTC, like every time billing stores.</summary>
    private static DateTime Utc(DateTime time) =>
        time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();

    private static InvoiceContent Content(Invoice invoice) => InvoiceContent.From(invoice, CultureInfo.InvariantCulture);

    /// <summary>Finds the document, hides it from whoever may not read it, and answers 304 to a browser that has this version.</summary>
    private static async Task<IResult> ReadAsync(
        Guid id, string form, BillingDbContext db, HttpContext http, Func<Invoice, IResult> render, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null || !InvoiceReaders.MayRead(http.User, invoice))
        {
            return TypedResults.Problem($"No invoice {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var etag = new EntityTagHeaderValue($"\"{invoice.Id:N}-{form}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = Immutable;
        var known = http.Request.GetTypedHeaders().IfNoneMatch;
        if (known.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return render(invoice);
    }
}
