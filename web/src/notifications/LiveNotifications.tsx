import { useQueryClient } from '@tanstack/react-query'
import type { HubConnection } from '@microsoft/signalr'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useAuth } from '../auth/Auth'
import type { OrderStatus } from '../orders/ordersApi'
import { notificationsKey } from './notificationsApi'

/** The hub's `orderStatusChanged` message: one of the user's own orders moved on (sent whatever their preferences). */
export interface OrderStatusPush {
  orderId: string
  status: OrderStatus
  occurredAt: string
}

type OrderStatusListener = (change: OrderStatusPush) => void

export interface LiveNotifications {
  /** True while the hub connection is up: pushes arrive; false before, between retries, signed out. */
  connected: boolean
  /** Called with every status change of the user's orders; returns the unsubscribe. */
  watchOrders: (listener: OrderStatusListener) => () => void
}

const LiveContext = createContext<LiveNotifications>({ connected: false, watchOrders: () => () => {} })

export const hubPath = '/hubs/notifications'
const retryDelaysMs = [0, 2_000, 5_000, 10_000, 30_000]

/**
 * The signed-in user's live connection to `/hubs/notifications`. Method `notification` (a new inbox item,
 * only while the user keeps in-app notifications on) keeps the unread badge and the inbox fresh; method
 * `orderStatusChanged` (every status change of the user's orders, whatever the preferences) goes to the
 * watchers (an open order page). The SignalR client is loaded on first sign-in only, so the storefront
 * route does not carry it. Pushes can be missed while disconnected; watchers refetch when `connected`
 * turns true again.
 */
export function LiveNotificationsProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth()
  const client = useQueryClient()
  const token = useRef<string | null>(null)
  const watchers = useRef(new Set<OrderStatusListener>())
  const [connected, setConnected] = useState(false)
  const subject = user?.profile.sub ?? null

  useEffect(() => {
    token.current = user?.access_token ?? null
  }, [user])

  useEffect(() => {
    if (!subject) return
    let stopped = false
    let connection: HubConnection | undefined
    let retry: ReturnType<typeof setTimeout> | undefined

    const up = () => {
      setConnected(true)
      void client.invalidateQueries({ queryKey: notificationsKey })
    }
    void import('@microsoft/signalr').then((signalr) => {
      if (stopped) return
      const hub = new signalr.HubConnectionBuilder()
        .withUrl(hubPath, { accessTokenFactory: () => token.current ?? '' })
        .withAutomaticReconnect()
        .configureLogging(signalr.LogLevel.Warning)
        .build()
      connection = hub
      hub.on('notification', () => void client.invalidateQueries({ queryKey: notificationsKey }))
      hub.on('orderStatusChanged', (change: OrderStatusPush) => watchers.current.forEach((watcher) => watcher(change)))
      hub.onreconnecting(() => setConnected(false))
      hub.onreconnected(up)
      hub.onclose(() => setConnected(false))
      // Automatic reconnect covers a dropped connection, not a first start that failed: retry that here.
      const start = (attempt: number) => {
        if (stopped) return
        hub.start().then(up, () => {
          retry = setTimeout(() => start(attempt + 1), retryDelaysMs[Math.min(attempt + 1, retryDelaysMs.length - 1)])
        })
      }
      start(0)
    })
    return () => {
      stopped = true
      clearTimeout(retry)
      setConnected(false)
      void connection?.stop()
    }
  }, [subject, client])

  const watchOrders = useCallback((watcher: OrderStatusListener) => {
    watchers.current.add(watcher)
    return () => void watchers.current.delete(watcher)
  }, [])
  const value = useMemo(() => ({ connected, watchOrders }), [connected, watchOrders])
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>
}

export function useLiveNotifications(): LiveNotifications {
  return useContext(LiveContext)
}

/** For tests and pages that render without the hub: a fixed context value. */
export const LiveNotificationsContext = LiveContext
