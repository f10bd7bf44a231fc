using K8sShop.Chat.Conversations;
using K8sShop.Chat.Live;
using K8sShop.Chat.Tests.Hosting;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Chat.Tests.ScaleOut;

/// <summary>
/// Two replicas of the chat service on one MariaDB database and one real RabbitMQ vhost, as behind a
/// load balancer: clients on different replicas hear each other as if there were one.
/// </summary>
public sealed class TwoReplicaFanOutTests(TestDatabase database, TestVirtualHost broker)
    : IClassFixture<TestDatabase>, IClassFixture<TestVirtualHost>
{
    [Fact]
    public async Task Clients_on_replica_A_hear_the_queue_messages_and_typing_sent_through_replica_B_once_each()
    {
        await using var replicaA = await ChatApp.StartAsync(database.ConnectionString, broker.ConnectionString);
        await using var replicaB = await ChatApp.StartAsync(database.ConnectionString, broker.ConnectionString);
        await using var agentOnA = await replicaA.ConnectAsync("agent-fanout", ShopRoles.Support);
        await using var customerOnB = await replicaB.ConnectAsync("customer-fanout", ShopRoles.Customer);
        await agentOnA.InvokeAsync<List<ConversationView>>("WatchQueue");

        var opened = await customerOnB.InvokeAsync<ConversationView>("OpenConversation", [null]);
        await agentOnA.ReceivesAsync<ConversationView>(ChatEvents.ConversationQueued, c => c.Id == opened.Id);
        await agentOnA.InvokeAsync<ConversationView>("TakeConversation", opened.Id);
        await customerOnB.ReceivesAsync<ConversationView>(ChatEvents.ConversationAssigned, c => c.Id == opened.Id);

        var sent = await customerOnB.InvokeAsync<MessageView>("SendMessage", opened.Id, "sent through B");
        var heard = await agentOnA.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == sent.Id);
        Assert.Equal("sent through B", heard.Text);

        await customerOnB.InvokeAsync("Typing", opened.Id);
        var typing = await agentOnA.ReceivesAsync<TypingSignal>(ChatEvents.Typing, t => t.ConversationId == opened.Id);
        Assert.Equal(("customer-fanout", "customer"), (typing.UserId, typing.Side));

        var reply = await agentOnA.InvokeAsync<MessageView>("SendMessage", opened.Id, "answered through A");
        await customerOnB.ReceivesAsync<MessageView>(ChatEvents.MessageReceived, m => m.Id == reply.Id);

        // Events travel in order through one queue per replica, so by the time the reply and the typing
        // signal arrived, any duplicate of the earlier message would have too.
        Assert.Single(agentOnA.Received<MessageView>(ChatEvents.MessageReceived), m => m.Id == sent.Id);
        Assert.Single(customerOnB.Received<MessageView>(ChatEvents.MessageReceived), m => m.Id == sent.Id);
        Assert.Single(agentOnA.Received<ConversationView>(ChatEvents.ConversationQueued), c => c.Id == opened.Id);
    }

    [Fact]
    public async Task A_replica_that_stops_leaves_no_queue_behind_on_the_broker()
    {
        await using (var replica = await ChatApp.StartAsync(database.ConnectionString, broker.ConnectionString))
        {
            Assert.Single(await FanOutQueuesAsync());
        }

        // The broker removes a temporary queue once its consumer's channel is gone, which on a loaded machine
        // has taken longer than 15 s after the replica stopped.
        var left = await Eventually.ReachesAsync(FanOutQueuesAsync, queues => queues.Count == 0, TimeSpan.FromSeconds(60));
        Assert.Empty(left);
    }

    /// <summary>The replicas' chat signal queues in this test's vhost, from the management API.</summary>
    private async Task<List<string>> FanOutQueuesAsync()
    {
        var servers = await TestServers.GetAsync();
        var management = servers.RabbitMqManagement;
        using var http = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority) + "/") };
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo))));
        var path = $"api/queues/{Uri.EscapeDataString(broker.Name)}";
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var queues = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return [.. queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!).Where(name => name.Contains("chat-signal", StringComparison.Ordinal))];
    }
}
