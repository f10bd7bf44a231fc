using System.Security.Claims;
using K8sShop.Chat.Conversations;
using K8sShop.ServiceDefaults.Auth;

namespace K8sShop.Chat.Live;

/// <summary>Who is calling, from the access token: their account id and which side they speak for.</summary>
public sealed record ChatCaller(string Id, ChatSide Side)
{
    public static ChatCaller Of(ClaimsPrincipal? user)
    {
        var id = user?.FindFirst(ShopClaims.Subject)?.Value ?? throw ChatErrors.Forbidden();
        var agent = user.IsInRole(ShopRoles.Support) || user.IsInRole(ShopRoles.Admin);
        return new ChatCaller(id, agent ? ChatSide.Agent : ChatSide.Customer);
    }

    /// <summary>Support and admins may act on any conversation; a customer only on their own.</summary>
    public bool MayAccess(ChatConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return Side == ChatSide.Agent || conversation.CustomerId == Id;
    }
}
