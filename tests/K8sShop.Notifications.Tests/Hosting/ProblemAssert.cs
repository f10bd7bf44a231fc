using System.Net;
using System.Text.Json;
using K8sShop.ServiceDefaults.Errors;
using Xunit;

namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>What every error answer must look like: ProblemDetails with a stable type and no stack trace.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.StartsWith(ProblemTypes.Base, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        if (type is not null)
        {
            Assert.Equal(ProblemTypes.Base + type, problem.GetProperty("type").GetString());
        }

        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem;
    }
}
