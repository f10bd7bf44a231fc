using System.Net;
using System.Net.Http.Json;
using K8sShop.Contracts;
using K8sShop.Notifications.Tests.Hosting;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Notifications.Tests.Channels;

/// <summary>In the embedded mode emails become .eml files, listed and shown by the development mail viewer.</summary>
public sealed class FilesModeTests(FilesModeApp app) : IClassFixture<FilesModeApp>
{
    [Fact]
    public async Task An_email_is_written_as_an_eml_file_and_shown_by_the_development_viewer()
    {
        var userId = Guid.NewGuid();
        using var client = app.Client();

        await app.PublishAsync(new PasswordResetRequested(userId, $"user-{userId:N}@example.com", new Uri("https://shop.example/reset?token=files-mode")));

        var names = await Eventually.ReachesAsync(
            () => client.GetFromJsonAsync<List<string>>("api/notifications/dev/mail")!,
            list => list!.Count > 0,
            TimeSpan.FromSeconds(30));
        var name = Assert.Single(names!);
        Assert.True(File.Exists(Path.Combine(app.MailFolder, name)));
        var eml = await client.GetStringAsync(new Uri($"api/notifications/dev/mail/{name}", UriKind.Relative));
        Assert.Contains("Subject: Reset your password", eml, StringComparison.Ordinal);
        Assert.Contains($"user-{userId:N}@example.com", eml, StringComparison.Ordinal);
        Assert.Contains("token=files-mode", eml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("missing.eml")]
    [InlineData("notes.txt")]
    public async Task The_viewer_shows_nothing_but_the_eml_files_it_lists(string name)
    {
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri($"api/notifications/dev/mail/{name}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
