using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>
/// Stands in for a provider's servers, which cannot be reached from here: answers each request with the next
/// recorded response for its method and path (copied from the provider's API reference) and keeps every
/// request, headers and body, for the test to inspect. An unexpected request fails loudly with 599.
/// </summary>
public sealed class RecordedResponses : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Recorded>> _responses = new();

    public ConcurrentQueue<SentRequest> Requests { get; } = new();

    public RecordedResponses On(HttpMethod method, string path, HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _responses.GetOrAdd($"{method} {path}", _ => new()).Enqueue(new Recorded(status, json, headers));
        return this;
    }

    public IReadOnlyList<SentRequest> To(string path) => Requests.Where(r => r.Path == path).ToList();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        AnswerAsync(request, cancellationToken);

    /// <summary>A handler the host's client factory may dispose without ending this recording.</summary>
    public HttpMessageHandler NewHandler() => new Forwarder(this);

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var path = request.RequestUri!.AbsolutePath;
        Requests.Enqueue(new SentRequest(request.Method, path, headers, body));
        if (!_responses.TryGetValue($"{request.Method} {path}", out var queue) || !queue.TryDequeue(out var recorded))
        {
            return new HttpResponseMessage((HttpStatusCode)599) { Content = new StringContent($"no recorded response for {request.Method} {path}") };
        }

        var response = new HttpResponseMessage(recorded.Status) { Content = new StringContent(recorded.Json, Encoding.UTF8, "application/json"), RequestMessage = request };
        foreach (var (name, value) in recorded.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private sealed class Forwarder(RecordedResponses recording) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            recording.AnswerAsync(request, cancellationToken);
    }

    private sealed record Recorded(HttpStatusCode Status, string Json, (string Name, string Value)[] Headers);
}
