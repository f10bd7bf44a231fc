using System.Net;
using System.Text.Json;
using Xunit;

namespace K8sShop.Testing;

/// <summary>
/// What every error answer of every service must look like: ProblemDetails with a stable type under
/// <see cref="TypeBase"/>, its status, the trace id to find it in the logs, and never a stack trace.
/// </summary>
public static class ProblemAssert
{
    public const string TypeBase = "https://k8sshop.io/problems/";

    /// <param name="type">The problem type's slug (<c>not-found</c>) or its whole address; null accepts any of the shop's types.</param>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {body}");
        var problem = Parse(response, body);
        if (type is not null)
        {
            Assert.Equal(type.StartsWith(TypeBase, StringComparison.Ordinal) ? type : TypeBase + type, problem.GetProperty("type").GetString());
        }

        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>A 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonElement> HasFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"no error for {field}: {problem}");
        return problem;
    }

    private static JsonElement Parse(HttpResponseMessage response, string body)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.StartsWith(TypeBase, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _), $"no traceId: {body}");
        return problem;
    }
}
