using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Billing.Invoicing;
using K8sShop.Billing.Tests.Hosting;
using UglyToad.PdfPig;
using Xunit;

namespace K8sShop.Billing.Tests;

/// <summary>
/// <c>/api/billing/invoices</c>: who may read which document, in JSON, HTML and PDF, with real tokens from the
/// users service. The invoices come from the saga step (PriceOrder, OrderPaid) with discounts stubbed.
/// </summary>
public sealed class InvoiceDownloadTests(BillingApp app) : IClassFixture<BillingApp>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Fact]
    public async Task A_customer_reads_their_invoice_as_JSON_HTML_and_a_PDF_that_shows_its_number_with_discounts_stubbed()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var invoice = await Checkout.InvoicedOrderAsync(app, customer.Id, Guid.NewGuid());

        using var list = await customer.GetAsync("api/billing/invoices");
        var page = (await list.Content.ReadFromJsonAsync<InvoicePage>(Json))!;
        Assert.Equal(invoice.Id, Assert.Single(page.Items).Id);

        using var json = await customer.GetAsync($"api/billing/invoices/{invoice.Id}");
        var view = (await json.Content.ReadFromJsonAsync<InvoiceView>(Json))!;
        Assert.Equal((invoice.Number, invoice.TotalMinor, 2), (view.Number, view.TotalMinor, view.Lines[0].Quantity));

        using var html = await customer.GetAsync($"api/billing/invoices/{invoice.Id}/html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Invoice {invoice.Number}", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var pdf = await customer.GetAsync($"api/billing/invoices/{invoice.Id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(invoice.Number + ".pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(invoice.Number, text, StringComparison.Ordinal);
        Assert.Contains("Paris", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_document_is_cached_privately_and_revalidates_with_its_ETag_with_discounts_stubbed()
    {
        using var customer = await Shopper.NewCustomerAsync(app);
        var invoice = await Checkout.InvoicedOrderAsync(app, customer.Id, Guid.NewGuid());

        using var first = await customer.GetAsync($"api/billing/invoices/{invoice.Id}/pdf");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var cache = first.Headers.CacheControl!;
        Assert.True(cache.Private && !cache.Public && cache.Extensions.Any(e => e.Name == "immutable"), cache.ToString());
        var etag = first.Headers.ETag!.ToString();

        using var again = await customer.GetAsync($"api/billing/invoices/{invoice.Id}/pdf", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        using var html = await customer.GetAsync($"api/billing/invoices/{invoice.Id}/html", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode); // another representation, another tag
    }

    [Fact]
    public async Task Another_customer_gets_404_for_it_and_does_not_list_it_with_discounts_stubbed()
    {
        using var owner = await Shopper.NewCustomerAsync(app);
        using var other = await Shopper.NewCustomerAsync(app);
        var invoice = await Checkout.InvoicedOrderAsync(app, owner.Id, Guid.NewGuid());

        foreach (var path in new[] { $"api/billing/invoices/{invoice.Id}", $"api/billing/invoices/{invoice.Id}/html", $"api/billing/invoices/{invoice.Id}/pdf" })
        {
            using var response = await other.GetAsync(path);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        }

        using var list = await other.GetAsync($"api/billing/invoices?customerId={owner.Id}");
        Assert.Empty((await list.Content.ReadFromJsonAsync<InvoicePage>(Json))!.Items);
    }

    [Fact]
    public async Task Support_and_admins_read_every_invoice_and_filter_the_list_with_discounts_stubbed()
    {
        using var owner = await Shopper.NewCustomerAsync(app);
        var invoice = await Checkout.InvoicedOrderAsync(app, owner.Id, Guid.NewGuid());
        await Checkout.InvoicedOrderAsync(app, Guid.NewGuid(), Guid.NewGuid());

        foreach (var (role, password) in new[] { ("support", BillingApp.SupportPassword), ("admin", BillingApp.AdminPassword) })
        {
            using var staff = await Shopper.DemoAsync(app, role, password);
            using var pdf = await staff.GetAsync($"api/billing/invoices/{invoice.Id}/pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);

            using var filtered = await staff.GetAsync($"api/billing/invoices?customerId={owner.Id}&kind=Invoice");
            Assert.Equal(invoice.Id, Assert.Single((await filtered.Content.ReadFromJsonAsync<InvoicePage>(Json))!.Items).Id);
            using var all = await staff.GetAsync("api/billing/invoices?pageSize=1");
            var page = (await all.Content.ReadFromJsonAsync<InvoicePage>(Json))!;
            Assert.True(page.Total >= 2 && page.Items.Count == 1, $"{page.Total} total, {page.Items.Count} on the page");
        }
    }

    [Fact]
    public async Task Without_a_token_every_invoice_endpoint_answers_401_and_a_service_token_403()
    {
        using var anonymous = Shopper.Anonymous(app);
        using var service = await Shopper.ServiceAsync(app);
        var id = Guid.NewGuid();
        foreach (var path in new[] { "api/billing/invoices", $"api/billing/invoices/{id}", $"api/billing/invoices/{id}/html", $"api/billing/invoices/{id}/pdf" })
        {
            using var refused = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            using var forbidden = await service.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("kind=Receipt")]
    [InlineData("from=2026-02-01&to=2026-01-01")]
    [InlineData("orderId=not-a-guid")]
    public async Task Bad_list_queries_answer_400_problem_details(string query)
    {
        using var customer = await Shopper.DemoAsync(app, "customer", BillingApp.CustomerPassword);
        using var response = await customer.GetAsync("api/billing/invoices?" + query);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_invoice_answers_404()
    {
        using var admin = await Shopper.DemoAsync(app, "admin", BillingApp.AdminPassword);
        using var response = await admin.GetAsync($"api/billing/invoices/{Guid.NewGuid()}/pdf");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }
}
