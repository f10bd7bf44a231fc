using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace K8sShop.Testing.Live;

/// <summary>Opens a SignalR hub connection the way the storefront's browser does.</summary>
public static class SignedInHub
{
    /// <summary>
    /// Connects to <paramref name="hub"/> over WebSockets without negotiation, so the token can only travel
    /// in the <c>access_token</c> query string, as it does from a browser. <paramref name="listen"/>
    /// registers the handlers before the connection starts, so no early push is missed.
    /// </summary>
    public static async Task<HubConnection> ConnectAsync(Uri hub, string accessToken, Action<HubConnection> listen)
    {
        ArgumentNullException.ThrowIfNull(listen);
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
            })
            .Build();
        try
        {
            listen(connection);
            await connection.StartAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
