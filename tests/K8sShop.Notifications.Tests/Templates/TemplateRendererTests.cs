using K8sShop.Notifications.Templates;
using Xunit;

namespace K8sShop.Notifications.Tests.Templates;

public sealed class TemplateRendererTests
{
    private readonly TemplateRenderer _renderer = new();

    [Fact]
    public void Every_kind_has_an_english_and_a_french_template_with_all_three_parts()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var english = _renderer.Render(kind, "en", new Dictionary<string, string>());
            var french = _renderer.Render(kind, "fr", new Dictionary<string, string>());

            Assert.All(new[] { english.Subject, english.Text, english.Html, french.Subject, french.Text, french.Html }, part => Assert.False(string.IsNullOrWhiteSpace(part)));
            Assert.NotEqual(english.Subject, french.Subject);
            Assert.DoesNotContain("{{", english.Html + english.Text + french.Html + french.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_users_language_chooses_the_template_and_unknown_languages_fall_back_to_english()
    {
        var values = new Dictionary<string, string> { ["Name"] = "Léa", ["Order"] = "AB12CD34", ["Status"] = "expédiée" };

        var french = _renderer.Render(NotificationKind.OrderStatusChanged, "fr-CA", values);
        var fallback = _renderer.Render(NotificationKind.OrderStatusChanged, "de", values);

        Assert.Equal("fr", french.Locale);
        Assert.Equal("Votre commande AB12CD34 est maintenant expédiée", french.Subject);
        Assert.StartsWith("Bonjour Léa,", french.Text, StringComparison.Ordinal);
        Assert.Equal("en", fallback.Locale);
        Assert.StartsWith("Hello Léa,", fallback.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_html_encoded_in_the_html_body_and_left_as_text_elsewhere()
    {
        var hostile = "<script>alert('x')</script> & \"friends\"";
        var values = new Dictionary<string, string> { ["Name"] = hostile, ["Order"] = "AB12CD34", ["Reason"] = "<b>declined</b>" };

        var rendered = _renderer.Render(NotificationKind.PaymentFailed, "en", values);

        Assert.DoesNotContain("<script>", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>declined", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&amp;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains(hostile, rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_value_cannot_break_out_of_its_attribute()
    {
        var values = new Dictionary<string, string> { ["Name"] = "Ann", ["Link"] = "https://shop.example/confirm?t=1\"><img src=x onerror=alert(1)>" };

        var rendered = _renderer.Render(NotificationKind.EmailConfirmation, "en", values);

        Assert.DoesNotContain("\"><img", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_and_amounts_are_written_the_way_each_language_writes_them()
    {
        Assert.Equal("expédiée", TemplateRenderer.Word("fr", "Shipped"));
        Assert.Equal("shipped", TemplateRenderer.Word("en", "Shipped"));
        Assert.Equal("réservée", TemplateRenderer.Word("fr", "StockReserved"));
        Assert.Equal("reserved", TemplateRenderer.Word("en", "StockReserved"));
        Assert.Equal("1,234.50 EUR", TemplateRenderer.Money("en", 123450, "EUR"));
        var frenchGroups = System.Globalization.CultureInfo.GetCultureInfo("fr").NumberFormat.NumberGroupSeparator;
        Assert.Equal($"1{frenchGroups}234,50 EUR", TemplateRenderer.Money("fr", 123450, "EUR"));
    }
}
