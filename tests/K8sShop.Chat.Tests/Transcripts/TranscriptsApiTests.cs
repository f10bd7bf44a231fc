using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using K8sShop.Chat.Conversations;
using K8sShop.Chat.Tests.Hosting;
using K8sShop.Chat.Transcripts;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Testing;
using Xunit;

namespace K8sShop.Chat.Tests.Transcripts;

/// <summary>Transcripts over REST on a real MariaDB: who may list and read what, paging, and bad input.</summary>
public sealed class TranscriptsApiTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private ChatApp _app = null!;

    public async Task InitializeAsync() => _app = await ChatApp.StartAsync(database.ConnectionString);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("api/chat/conversations")]
    [InlineData("api/chat/conversations/0195a0c4-1111-7000-8000-000000000001")]
    [InlineData("api/chat/conversations/0195a0c4-1111-7000-8000-000000000001/messages")]
    public async Task Anonymous_callers_get_401_and_service_tokens_403(string path)
    {
        using var anonymous = await _app.Client.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        using var service = _app.ClientFor("stockcheck", ShopRoles.Service);
        using var forbidden = await service.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_customer_lists_and_reads_only_their_own_transcripts()
    {
        var mine = await OpenWithMessagesAsync("rest-customer-a", "<b>hello</b>", "second");
        var theirs = await OpenWithMessagesAsync("rest-customer-b", "not for a");
        using var a = _app.ClientFor("rest-customer-a", ShopRoles.Customer);

        var listed = await a.GetFromJsonAsync<TranscriptPage<ConversationView>>("api/chat/conversations", Json);
        Assert.Equal([mine], listed!.Items.Select(c => c.Id));
        Assert.Equal(1, listed.Total);
        var messages = await a.GetFromJsonAsync<TranscriptPage<MessageView>>($"api/chat/conversations/{mine}/messages", Json);
        Assert.Equal(["<b>hello</b>", "second"], messages!.Items.Select(m => m.Text));
        Assert.Equal(mine, (await a.GetFromJsonAsync<ConversationView>($"api/chat/conversations/{mine}", Json))!.Id);

        using var other = await a.GetAsync(new Uri($"api/chat/conversations/{theirs}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.NotFound, "not-found");
        using var otherMessages = await a.GetAsync(new Uri($"api/chat/conversations/{theirs}/messages", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(otherMessages, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Support_and_admins_list_everyones_transcripts_by_status_in_pages()
    {
        var open = await OpenWithMessagesAsync("rest-customer-c", "one");
        var closed = await OpenWithMessagesAsync("rest-customer-d", "two");
        await using (var owner = await _app.ConnectAsync("rest-customer-d", ShopRoles.Customer))
        {
            await owner.InvokeAsync<ConversationView>("CloseConversation", closed);
        }

        foreach (var role in new[] { ShopRoles.Support, ShopRoles.Admin })
        {
            using var staff = _app.ClientFor("staff-" + role, role);
            var closedOnes = await staff.GetFromJsonAsync<TranscriptPage<ConversationView>>("api/chat/conversations?status=closed&pageSize=100", Json);
            Assert.Contains(closed, closedOnes!.Items.Select(c => c.Id));
            Assert.DoesNotContain(open, closedOnes.Items.Select(c => c.Id));
            Assert.All(closedOnes.Items, c => Assert.Equal("closed", c.Status));

            var all = await staff.GetFromJsonAsync<TranscriptPage<ConversationView>>("api/chat/conversations?pageSize=100", Json);
            Assert.Contains(open, all!.Items.Select(c => c.Id));
            var firstPage = await staff.GetFromJsonAsync<TranscriptPage<ConversationView>>("api/chat/conversations?page=1&pageSize=1", Json);
            var secondPage = await staff.GetFromJsonAsync<TranscriptPage<ConversationView>>("api/chat/conversations?page=2&pageSize=1", Json);
            Assert.Equal((1, 1, all.Total), (firstPage!.Items.Count, secondPage!.Items.Count, firstPage.Total));
            Assert.NotEqual(firstPage.Items[0].Id, secondPage.Items[0].Id);
            Assert.Equal(["two"], (await staff.GetFromJsonAsync<TranscriptPage<MessageView>>($"api/chat/conversations/{closed}/messages", Json))!.Items.Select(m => m.Text));
        }
    }

    [Theory]
    [InlineData("api/chat/conversations?status=pending")]
    [InlineData("api/chat/conversations?status=1")]
    [InlineData("api/chat/conversations?page=0")]
    [InlineData("api/chat/conversations?pageSize=101")]
    [InlineData("api/chat/conversations?pageSize=0")]
    [InlineData("api/chat/conversations?page=abc")]
    [InlineData("api/chat/conversations/0195a0c4-1111-7000-8000-000000000001/messages?page=-1")]
    public async Task Bad_query_parameters_answer_400_problem_details(string path)
    {
        using var support = _app.ClientFor("rest-agent", ShopRoles.Support);
        using var response = await support.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("api/chat/conversations/not-a-guid")]
    [InlineData("api/chat/conversations/0195a0c4-1111-7000-8000-000000000001")]
    [InlineData("api/chat/conversations/0195a0c4-1111-7000-8000-000000000001/messages")]
    public async Task Unknown_conversations_answer_404_problem_details(string path)
    {
        using var support = _app.ClientFor("rest-agent", ShopRoles.Support);
        using var response = await support.GetAsync(new Uri(path, UriKind.Relative));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private async Task<Guid> OpenWithMessagesAsync(string customer, params string[] texts)
    {
        await using var connection = await _app.ConnectAsync(customer, ShopRoles.Customer);
        var opened = await connection.InvokeAsync<ConversationView>("OpenConversation", [null]);
        foreach (var text in texts)
        {
            await connection.InvokeAsync<MessageView>("SendMessage", opened.Id, text);
        }

        return opened.Id;
    }
}
