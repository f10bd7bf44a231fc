import { useQueryClient } from '@tanstack/react-query'
import type { HubConnection } from '@microsoft/signalr'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useAuth } from '../auth/Auth'
import { notificationsKey, type InboxItem } from './notificationsApi'

type Listener = (item: InboxItem) => void

export interface LiveNotifications {
  /** True while the hub connection is up: pushes arrive; false before, between retries, signed out. */
  connected: boolean
  /** Called with every pushed notification; returns the unsubscribe. */
  subscribe: (listener: Listener) => () => void
}

const LiveContext = createContext<LiveNotifications>({ connected: false, subscribe: () => () => {} })

export const hubPath = '/hubs/notifications'
const retryDelaysMs = [0, 2_000, 5_000, 10_000, 30_000]

/**
 * The signed-in user's live notifications (`/hubs/notifications`, method `notification`): keeps the
 * unread badge and the inbox fresh and tells subscribers (an open order page) what arrived. The
 * SignalR client is loaded on first sign-in only, so the storefront route does not carry it.
 * Pushes can be missed while disconnected; subscribers refetch when `connected` turns true again.
 */
export function LiveNotificationsProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth()
  const client = useQueryClient()
  const token = useRef<string | null>(null)
  const listeners = useRef(new Set<Listener>())
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
      hub.on('notification', (item: InboxItem) => {
        void client.invalidateQueries({ queryKey: notificationsKey })
        listeners.current.forEach((listener) => listener(item))
      })
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

  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener)
    return () => void listeners.current.delete(listener)
  }, [])
  const value = useMemo(() => ({ connected, subscribe }), [connected, subscribe])
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>
}

export function useLiveNotifications(): LiveNotifications {
  return useContext(LiveContext)
}

/** For tests and pages that render without the hub: a fixed context value. */
export const LiveNotificationsContext = LiveContext
