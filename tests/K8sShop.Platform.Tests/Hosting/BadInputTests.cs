using System.Net;
using System.Net.Http.Json;
using System.Text;
using K8sShop.ServiceDefaults;
using Xunit;

namespace K8sShop.Platform.Tests.Hosting;

/// <summary>Bad input gets a 4xx ProblemDetails from the shared defaults, never a 5xx or a stack trace.</summary>
public sealed class BadInputTests(ProbeApp probe) : IClassFixture<ProbeApp>
{
    [Fact]
    public async Task Well_formed_input_is_accepted()
    {
        using var response = await probe.Client.PostAsJsonAsync("api/probe/greetings", new ProbeApp.Greeting("Ada", 2));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"name\": \"Ada\", \"times\": ")]
    [InlineData("{\"name\": \"Ada\", \"times\": \"many\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task Malformed_json_answers_400_problem_details(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await probe.Client.PostAsync(new Uri("api/probe/greetings", UriKind.Relative), content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
    }

    [Fact]
    public async Task A_wrong_content_type_answers_415_problem_details()
    {
        using var content = new StringContent("name=Ada", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await probe.Client.PostAsync(new Uri("api/probe/greetings", UriKind.Relative), content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task An_oversized_body_answers_413_problem_details()
    {
        var huge = "{\"name\": \"" + new string('a', (int)ServiceDefaultsExtensions.DefaultMaxRequestBodyBytes + 10) + "\", \"times\": 1}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");
        // Expect: 100-continue lets the server refuse before the body is sent (no broken-pipe race).
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/probe/greetings", UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;
        using var response = await probe.Client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
    }

    [Fact]
    public async Task An_unhandled_failure_answers_500_problem_details_without_its_detail()
    {
        using var response = await probe.Client.GetAsync(new Uri("api/probe/failure", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "internal");
        Assert.DoesNotContain("secret internal detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_answers_404_problem_details()
    {
        using var response = await probe.Client.GetAsync(new Uri("api/probe/nothing-here", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }
}
