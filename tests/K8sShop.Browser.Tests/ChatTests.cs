using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.Browser.Tests.Hosting;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace K8sShop.Browser.Tests;

/// <summary>
/// A shopper chats from the widget with a support agent working the support console, each in a
/// browser context of their own, live through the chat hub of the running shop.
/// </summary>
[Collection(BrowserShop.Name)]
public sealed partial class ChatTests(DistributedShop shop)
{
    private const string ShopperPassword = "Chatting-pass-42";
    private const string Question = "Hello! Where is my parcel? <b>not bold</b>";
    private const string Answer = "Your parcel ships today.";
    private const string FollowUp = "It should arrive on Friday.";
    private const string ShopperName = "Chatty Shopper";

    [ChromiumFact]
    public async Task A_support_agent_takes_a_chat_opened_from_the_widget_and_answers_it_live()
    {
        // The agent opens the console first: the shopper's conversation must reach the queue live.
        var agent = await SupportAgentAsync();
        await Expect(agent.GetByText("No one is waiting.")).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "Support console" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Button, new() { Name = "Chat with us" })).ToHaveCountAsync(0); // agents answer, they do not ask

        // A signed-out shopper is asked to sign in first, then comes back to the chat.
        var shopper = await shop.NewPageAsync();
        var email = await RegisterShopperAsync(shopper);
        await shopper.GotoAsync("/");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Chat with us" }).ClickAsync();
        var widget = shopper.GetByRole(AriaRole.Region, new() { Name = "Chat with support" });
        await Expect(widget).ToContainTextAsync("Sign in to chat with our support team");
        await DistributedShop.ScreenshotAsync(shopper, "10-chat-signed-out");
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(shopper, email, ShopperPassword);
        await Expect(widget.GetByRole(AriaRole.Button, new() { Name = "Start the conversation" })).ToBeVisibleAsync();

        // The shopper has an order, and asks about it; a reload keeps the chat open.
        var order = await PlaceOrderAsync(shopper);
        await shopper.ReloadAsync();
        await widget.GetByLabel("About an order (optional)").SelectOptionAsync(new SelectOptionValue { Value = order });
        await widget.GetByRole(AriaRole.Button, new() { Name = "Start the conversation" }).ClickAsync();
        await Expect(widget.GetByText("Waiting for an agent.")).ToBeVisibleAsync();
        var reference = ReferenceOf(await widget.GetByTestId("chat-reference").InnerTextAsync());
        await Expect(widget.GetByTestId("chat-reference")).ToContainTextAsync($"About order {ShortId(order)}");
        await widget.GetByLabel("Your message").FillAsync(Question);
        await widget.GetByLabel("Your message").PressAsync("Enter");
        await Expect(ShopperMessage(widget, Question)).ToContainTextAsync("Sent");

        // The queue shows it without a reload; the agent takes it and sees the customer's orders beside it.
        var waiting = agent.GetByRole(AriaRole.List, new() { Name = "Waiting conversations" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Ref. {reference}" });
        await Expect(waiting).ToContainTextAsync($"about order {ShortId(order)}");
        await Expect(waiting.Locator(".queue-customer")).ToHaveTextAsync(ShopperName); // looked up in the users service through the gateway
        await Expect(waiting).ToContainTextAsync(email);
        await DistributedShop.ScreenshotAsync(agent, "11-support-queue");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Take" }).ClickAsync();
        await Expect(agent.GetByRole(AriaRole.List, new() { Name = "Waiting conversations" })).ToHaveCountAsync(0);
        var conversation = agent.GetByRole(AriaRole.Region, new() { Name = "Conversation", Exact = true });
        await Expect(conversation.GetByRole(AriaRole.Log).GetByText(Question, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(conversation.Locator(".chat-log b")).ToHaveCountAsync(0); // the customer's text is never markup
        await Expect(conversation.GetByRole(AriaRole.Heading, new() { Name = $"{ShopperName} · Ref. {reference}" })).ToBeVisibleAsync();
        await Expect(conversation.GetByText(email)).ToBeVisibleAsync();
        var orders = agent.GetByRole(AriaRole.List, new() { Name = "Customer's orders" });
        await Expect(orders.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Order {ShortId(order)}" })).ToContainTextAsync("The conversation is about this order");

        // The shopper learns live that an agent is there, and that the question was read.
        await Expect(widget.GetByText("An agent is with you.")).ToBeVisibleAsync();
        await Expect(ShopperMessage(widget, Question)).ToContainTextAsync("Read");

        // The agent types: the shopper sees the indicator while it happens, then the answer.
        var typing = conversation.GetByLabel("Your message").PressSequentiallyAsync(Answer, new() { Delay = 250 });
        await Expect(widget.GetByTestId("typing")).ToHaveTextAsync("Support is typing…");
        await DistributedShop.ScreenshotAsync(shopper, "12-chat-typing");
        await typing;
        await conversation.GetByLabel("Your message").PressAsync("Enter");
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(Answer, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(widget.GetByTestId("typing")).ToHaveTextAsync("");
        await Expect(conversation.Locator(".chat-message.own").Filter(new() { HasText = Answer })).ToContainTextAsync("Read");
        await DistributedShop.ScreenshotAsync(agent, "13-support-conversation");

        // With the widget closed, a reply shows as an unread count on the launcher; opening it reads it.
        await widget.GetByRole(AriaRole.Button, new() { Name = "Minimise the chat" }).ClickAsync();
        await Expect(widget).ToBeHiddenAsync();
        await conversation.GetByLabel("Your message").FillAsync(FollowUp);
        await conversation.GetByLabel("Your message").PressAsync("Enter");
        var launcher = shopper.GetByRole(AriaRole.Button, new() { Name = "Chat with us, 1 unread message" });
        await Expect(launcher).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(shopper, "12b-chat-unread-badge");
        await Expect(conversation.Locator(".chat-message.own").Filter(new() { HasText = FollowUp })).ToContainTextAsync("Sent"); // not read while closed
        await launcher.ClickAsync();
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(FollowUp, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(conversation.Locator(".chat-message.own").Filter(new() { HasText = FollowUp })).ToContainTextAsync("Read");
        await Expect(shopper.GetByRole(AriaRole.Button, new() { Name = "Hide chat", Exact = true })).ToBeVisibleAsync();

        // The conversation survives a reload of the shopper's page.
        await shopper.ReloadAsync();
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(Answer, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(Question, new() { Exact = true })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(shopper, "14-chat-shopper");

        // The agent closes it: the shopper sees that live, and it becomes a past transcript.
        await conversation.GetByRole(AriaRole.Button, new() { Name = "Close the conversation" }).ClickAsync();
        await Expect(conversation.GetByText("This conversation is closed.")).ToBeVisibleAsync();
        await Expect(widget.GetByText("This conversation is closed.")).ToBeVisibleAsync();
        await Expect(widget.GetByRole(AriaRole.Button, new() { Name = "Start a new conversation" })).ToBeVisibleAsync();
        await Expect(widget.GetByLabel("Your message")).ToHaveCountAsync(0);
        await Expect(orders.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Order {ShortId(order)}" })).ToBeVisibleAsync(); // still beside it
        var past = agent.GetByRole(AriaRole.List, new() { Name = "Past conversations" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Ref. {reference}" });
        await past.GetByRole(AriaRole.Button, new() { Name = "Read" }).ClickAsync();
        await Expect(past.GetByText(Answer, new() { Exact = true })).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(agent, "15-support-transcript");
    }

    [ChromiumFact]
    public async Task A_reply_sent_while_the_shoppers_connection_is_down_appears_once_it_is_back_without_a_reload()
    {
        var agent = await SupportAgentAsync();

        // Chromium's offline mode stops requests but not open WebSockets, so the shopper's hub socket goes
        // through Playwright, which can cut it as a dropped network would.
        var shopper = await shop.NewPageAsync();
        var line = new CuttableSockets();
        await shopper.RouteWebSocketAsync(new Regex("/hubs/chat"), line.Route);
        var email = await RegisterShopperAsync(shopper);
        await shopper.GotoAsync("/");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Chat with us" }).ClickAsync();
        var widget = shopper.GetByRole(AriaRole.Region, new() { Name = "Chat with support" });
        await widget.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(shopper, email, ShopperPassword);
        await widget.GetByRole(AriaRole.Button, new() { Name = "Start the conversation" }).ClickAsync();
        var reference = ReferenceOf(await widget.GetByTestId("chat-reference").InnerTextAsync());
        await widget.GetByLabel("Your message").FillAsync(Question);
        await widget.GetByLabel("Your message").PressAsync("Enter");

        var waiting = agent.GetByRole(AriaRole.List, new() { Name = "Waiting conversations" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"Ref. {reference}" });
        await waiting.GetByRole(AriaRole.Button, new() { Name = $"Take the conversation with {ShopperName}" }).ClickAsync();
        var conversation = agent.GetByRole(AriaRole.Region, new() { Name = "Conversation", Exact = true });
        await Expect(widget.GetByText("An agent is with you.")).ToBeVisibleAsync();

        // The shopper's network goes: no request and no socket gets through; the widget says so.
        await shopper.Context.SetOfflineAsync(true);
        await line.CutAsync();
        await Expect(widget.GetByText("Connection lost, reconnecting…")).ToBeVisibleAsync();
        await DistributedShop.ScreenshotAsync(shopper, "17-chat-reconnecting");

        // The agent answers meanwhile; it cannot reach the shopper yet.
        await conversation.GetByLabel("Your message").FillAsync(Answer);
        await conversation.GetByLabel("Your message").PressAsync("Enter");
        await Expect(conversation.Locator(".chat-message.own").Filter(new() { HasText = Answer })).ToContainTextAsync("Sent");
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(Answer, new() { Exact = true })).ToHaveCountAsync(0);

        // The network comes back: SignalR reconnects by itself, the widget joins the conversation again
        // and catches up on the reply, which is then read; the page was never reloaded.
        line.Restore();
        await shopper.Context.SetOfflineAsync(false);
        await Expect(widget.GetByRole(AriaRole.Log).GetByText(Answer, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(widget.GetByText("An agent is with you.")).ToBeVisibleAsync();
        await Expect(conversation.Locator(".chat-message.own").Filter(new() { HasText = Answer })).ToContainTextAsync("Read");
        Assert.True(line.Connections >= 2, $"the hub socket was opened {line.Connections} time(s): no reconnection happened");
        await DistributedShop.ScreenshotAsync(shopper, "18-chat-reconnected");

        // Live again both ways.
        await widget.GetByLabel("Your message").FillAsync(FollowUp);
        await widget.GetByLabel("Your message").PressAsync("Enter");
        await Expect(conversation.GetByRole(AriaRole.Log).GetByText(FollowUp, new() { Exact = true })).ToBeVisibleAsync();
    }

    [ChromiumFact]
    public async Task A_customer_can_not_open_the_support_console_and_the_api_refuses_them_too()
    {
        var page = await shop.NewPageAsync();
        var email = await RegisterShopperAsync(page);
        await page.GotoAsync("/support");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(page, email, ShopperPassword);

        await Expect(page).ToHaveURLAsync(SupportPath());
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The support console is for the support team only.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customer's orders" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Support console" })).ToHaveCountAsync(0);
        await DistributedShop.ScreenshotAsync(page, "16-support-refused");

        // Hiding the page is not the protection: the services refuse a customer's token themselves.
        var status = await page.EvaluateAsync<int>(
            """
            async () => {
              const user = JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))));
              const response = await fetch(`/api/orders/support?customerId=${user.profile.sub}`, { headers: { Authorization: `Bearer ${user.access_token}` } });
              return response.status;
            }
            """);
        Assert.Equal(403, status);
    }

    /// <summary>The demo support agent, signed in on the support console.</summary>
    private async Task<IPage> SupportAgentAsync()
    {
        var agent = await shop.NewPageAsync();
        await agent.GotoAsync("/support");
        await agent.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await LoginPage.SignInAsync(agent, "support@demo.k8sshop.io", "Support-demo-1");
        await Expect(agent).ToHaveURLAsync(SupportPath());
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Name = "Support console" })).ToBeVisibleAsync();
        return agent;
    }

    /// <summary>A fresh customer account through the users API (each test its own, so its conversation is its own).</summary>
    private static async Task<string> RegisterShopperAsync(IPage page)
    {
        var email = $"chat-{Guid.NewGuid():N}@example.test";
        var response = await page.APIRequest.PostAsync("/api/users/accounts", new() { DataObject = new { email, password = ShopperPassword, displayName = ShopperName } });
        Assert.True(response.Status == 201, $"register: {response.Status} {await response.TextAsync()}");
        return email;
    }

    /// <summary>Places an order with the shopper's own token, as checkout does, and answers its id.</summary>
    private static async Task<string> PlaceOrderAsync(IPage page)
    {
        var placed = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const user = JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))));
              const products = await (await fetch('/api/catalog/products?inStock=true&pageSize=1')).json();
              const address = { name: 'Chatty Shopper', line1: '1 Rue des Tests', line2: null, postalCode: '69001', city: 'Lyon', country: 'FR' };
              const response = await fetch('/api/orders', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${user.access_token}`, 'Idempotency-Key': crypto.randomUUID() },
                body: JSON.stringify({ lines: [{ productId: products.items[0].id, quantity: 1 }], shippingAddress: address, billingAddress: address, discountCodes: [], paymentToken: 'tok_visa' }),
              });
              return { status: response.status, location: response.headers.get('Location') ?? await response.text() };
            }
            """);
        var location = placed.GetProperty("location").GetString()!;
        Assert.True(placed.GetProperty("status").GetInt32() == 202, location);
        return location.Split('/')[^1];
    }

    private static ILocator ShopperMessage(ILocator widget, string text) =>
        widget.Locator(".chat-message.own").Filter(new() { HasText = text });

    private static string ShortId(string id) => id.Replace("-", "", StringComparison.Ordinal)[^8..];

    private static string ReferenceOf(string text) => Reference().Match(text) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no reference in '{text}'");

    [GeneratedRegex(@"Ref\. ([0-9a-f]{8})")]
    private static partial Regex Reference();

    [GeneratedRegex("/support$")]
    private static partial Regex SupportPath();
}
