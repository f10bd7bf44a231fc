import { useEffect } from 'react'
import { useLiveNotifications } from '../notifications/LiveNotifications'
import { useOrder } from './ordersApi'

/**
 * An order that follows its changes without a reload. The notifications hub pushes `orderStatusChanged`
 * for every status change of the shopper's orders, whatever their notification preferences; a push
 * about this order makes the page read the order again, so what is shown always comes from the orders
 * service (the source of truth), never from the push. Pushes missed while disconnected are caught up by reading again on (re)connect, and
 * while there is no connection at all the order is polled instead.
 */
export function useLiveOrder(id: string) {
  const { connected, watchOrders } = useLiveNotifications()
  const order = useOrder(id, !connected)
  const { refetch } = order

  useEffect(() => watchOrders((change) => {
    if (change.orderId === id) void refetch()
  }), [id, watchOrders, refetch])

  useEffect(() => {
    if (connected) void refetch()
  }, [connected, refetch])

  return { order, live: connected }
}
