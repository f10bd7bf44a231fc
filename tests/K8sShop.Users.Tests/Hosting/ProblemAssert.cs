using System.Net;
using System.Text.Json;
using Xunit;

namespace K8sShop.Users.Tests.Hosting;

/// <summary>Error answers are ProblemDetails with a stable type, field errors where a field is at fault, no stack trace.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> HasFieldErrorAsync(HttpResponseMessage response, string field)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.StartsWith("https://k8sshop.io/problems/", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {body}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }
}
