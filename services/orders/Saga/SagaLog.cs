using K8sShop.Orders.Ordering;

namespace K8sShop.Orders.Saga;

/// <summary>The saga consumers' log lines: structured, with ids and statuses, never payment tokens.</summary>
public static partial class SagaLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message} for unknown order {OrderId} ignored")]
    public static partial void UnknownOrder(ILogger logger, string message, Guid orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} for order {OrderId} ignored: {Error}")]
    public static partial void Refused(ILogger logger, string message, Guid orderId, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: {From} -> {To}")]
    public static partial void Moved(ILogger logger, Guid orderId, OrderStatus from, OrderStatus to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} is {Status} but payment {PaymentId} was captured; refunding it")]
    public static partial void RefundingLatePayment(ILogger logger, Guid orderId, OrderStatus status, Guid paymentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: refund failed: {Reason}")]
    public static partial void RefundFailed(ILogger logger, Guid orderId, string reason);

    /// <summary>Logs what a transition did; true when it moved the order.</summary>
    public static bool Outcome(ILogger logger, string message, Guid orderId, TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            Moved(logger, orderId, result.From, result.To);
        }
        else
        {
            Refused(logger, message, orderId, result.Error);
        }

        return result.Succeeded;
    }
}
