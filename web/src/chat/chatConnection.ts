import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr'
import { useEffect, useRef, useState } from 'react'
import type { ChatLink, LinkStatus } from './chatTypes'

export const hubPath = '/hubs/chat'

/** Waits between reconnection attempts: quickly at first, then every 15 s for as long as the page is open. */
export function reconnectDelay(previousAttempts: number): number {
  return Math.min(1000 * 2 ** previousAttempts, 15_000)
}

function connect(accessToken: () => string | null): HubConnection {
  return new HubConnectionBuilder()
    // Browsers cannot set headers on WebSockets: SignalR sends the token as access_token, which the hub accepts.
    .withUrl(hubPath, { accessTokenFactory: () => accessToken() ?? '' })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => reconnectDelay(previousRetryCount) })
    .configureLogging(LogLevel.Warning)
    .build()
}

/**
 * One connection to the chat hub while `accessToken` gives a token: started on mount (and retried
 * until it succeeds), reconnected by SignalR after a drop, stopped on unmount. The token is read
 * at every (re)connection, so a renewed token is used without tearing the connection down.
 */
export function useChatLink(accessToken: string | null): ChatLink | null {
  const token = useRef(accessToken)
  token.current = accessToken
  const signedIn = accessToken !== null
  const [link, setLink] = useState<ChatLink | null>(null)

  useEffect(() => {
    if (!signedIn) return
    const connection = connect(() => token.current)
    let stopped = false
    let epoch = 0
    let retry: ReturnType<typeof setTimeout> | undefined
    const show = (status: LinkStatus) => !stopped && setLink({ hub: connection, status, epoch })
    const start = async (attempt: number) => {
      try {
        await connection.start()
        epoch += 1
        show('connected')
      } catch {
        if (!stopped && connection.state === HubConnectionState.Disconnected) retry = setTimeout(() => void start(attempt + 1), reconnectDelay(attempt))
      }
    }
    connection.onreconnecting(() => show('reconnecting'))
    connection.onreconnected(() => {
      epoch += 1
      show('connected')
    })
    // Automatic reconnection gave up (it does not with our policy) or the server closed: start again.
    connection.onclose(() => {
      if (stopped) return
      show('reconnecting')
      retry = setTimeout(() => void start(1), reconnectDelay(1))
    })
    show('connecting')
    void start(0)
    return () => {
      stopped = true
      clearTimeout(retry)
      void connection.stop()
      setLink(null)
    }
  }, [signedIn])

  return link
}
