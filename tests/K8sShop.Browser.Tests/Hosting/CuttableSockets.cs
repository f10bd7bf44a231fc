using Microsoft.Playwright;

namespace K8sShop.Browser.Tests.Hosting;

/// <summary>
/// A page's WebSockets passed through to the shop, which a test can cut as a dropped network would
/// (Chromium's offline mode leaves open sockets alone): while cut, open sockets are closed and new
/// ones are refused.
/// </summary>
public sealed class CuttableSockets
{
    // Not a normal closure (1000): the client must treat it as a lost connection and reconnect.
    private const int Dropped = 4000;

    private readonly Lock _gate = new();
    private readonly List<IWebSocketRoute> _open = [];
    private bool _cut;

    /// <summary>How many sockets the page has opened through the route (the first connection and every reconnection).</summary>
    public int Connections { get; private set; }

    /// <summary>The handler to give <c>RouteWebSocketAsync</c>.</summary>
    public void Route(IWebSocketRoute socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        bool refuse;
        lock (_gate)
        {
            refuse = _cut;
            if (!refuse)
            {
                Connections++;
                _open.Add(socket);
            }
        }

        if (refuse)
        {
            _ = socket.CloseAsync(new() { Code = Dropped, Reason = "network down" });
            return;
        }

        socket.ConnectToServer();
    }

    public async Task CutAsync()
    {
        IWebSocketRoute[] open;
        lock (_gate)
        {
            _cut = true;
            open = [.. _open];
            _open.Clear();
        }

        foreach (var socket in open)
        {
            await socket.CloseAsync(new() { Code = Dropped, Reason = "network down" });
        }
    }

    public void Restore()
    {
        lock (_gate)
        {
            _cut = false;
        }
    }
}
