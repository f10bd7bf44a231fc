namespace K8sShop.Notifications.Live;

/// <summary>
/// The ids of the last messages this process pushed, so a redelivered copy is not pushed twice to the same
/// connections. Per process on purpose: every replica receives every status change and pushes it to its
/// own connections, so a claim shared through the database would let only one replica push. Bounded, oldest
/// forgotten first; a copy arriving after that many newer messages is pushed again, which the page absorbs
/// (it only reads the order again).
/// </summary>
public sealed class RecentMessages
{
    public const int Capacity = 10_000;

    private readonly HashSet<Guid> _seen = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time this process sees <paramref name="messageId"/>.</summary>
    public bool FirstSighting(Guid messageId)
    {
        lock (_gate)
        {
            if (!_seen.Add(messageId))
            {
                return false;
            }

            _order.Enqueue(messageId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
