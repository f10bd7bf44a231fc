import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { ChatLink, ChatMessage, ChatSide, Conversation, ConversationJoined, ReadReceipt, TypingSignal } from './chatTypes'
import { conversationReducer, initialConversation, unreadCount } from './conversationState'

/** How long "is typing" stays after the last signal, and how often we send ours while typing. */
export const typingShownMs = 4000
export const typingSentEveryMs = 2000

export interface Participant {
  id: string
  side: ChatSide
}

/**
 * One conversation over the hub, for either side: joins it (again after every reconnection, which
 * also brings what was missed), follows its messages, typing and read receipts, and marks the other
 * side's messages read while `reading` (the conversation is on screen).
 */
export function useConversation(link: ChatLink | null, conversationId: string, me: Participant, reading: boolean) {
  const [state, dispatch] = useReducer(conversationReducer, initialConversation)
  const [joinError, setJoinError] = useState<unknown>(null)
  const [otherTyping, setOtherTyping] = useState(false)
  const hub = link?.hub
  const connected = link?.status === 'connected'
  const epoch = link?.epoch ?? 0

  useEffect(() => {
    if (!hub) return
    let typingTimer: ReturnType<typeof setTimeout> | undefined
    const mine = (id: string) => id === conversationId
    const onMessage = (message: ChatMessage) => {
      if (!mine(message.conversationId)) return
      dispatch({ type: 'message', message })
      if (message.senderId !== me.id) setOtherTyping(false)
    }
    const onChanged = (conversation: Conversation) => mine(conversation.id) && dispatch({ type: 'changed', conversation })
    const onRead = (receipt: ReadReceipt) => mine(receipt.conversationId) && dispatch({ type: 'read', receipt })
    const onTyping = (signal: TypingSignal) => {
      if (!mine(signal.conversationId) || signal.userId === me.id) return
      setOtherTyping(true)
      clearTimeout(typingTimer)
      typingTimer = setTimeout(() => setOtherTyping(false), typingShownMs)
    }
    hub.on('MessageReceived', onMessage)
    hub.on('ConversationAssigned', onChanged)
    hub.on('ConversationClosed', onChanged)
    hub.on('MessagesRead', onRead)
    hub.on('Typing', onTyping)
    return () => {
      clearTimeout(typingTimer)
      hub.off('MessageReceived', onMessage)
      hub.off('ConversationAssigned', onChanged)
      hub.off('ConversationClosed', onChanged)
      hub.off('MessagesRead', onRead)
      hub.off('Typing', onTyping)
    }
  }, [hub, conversationId, me.id])

  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (!hub || !connected) return
    let current = true
    hub.invoke<ConversationJoined>('JoinConversation', conversationId).then(
      (joined) => {
        if (!current) return
        setJoinError(null)
        dispatch({ type: 'joined', joined })
      },
      (error: unknown) => current && setJoinError(error),
    )
    return () => {
      current = false
    }
  }, [hub, connected, epoch, conversationId, attempt])

  const unread = unreadCount(state, me.side)
  useEffect(() => {
    if (!hub || !connected || !reading || unread === 0 || state.conversation?.status === 'closed') return
    // The receipt comes back as a MessagesRead event, which clears `unread`; a failure is retried on the next change.
    hub.invoke('MarkRead', conversationId).catch(() => undefined)
  }, [hub, connected, reading, unread, state.messages.length, state.conversation?.status, conversationId])

  const lastTyping = useRef(0)
  const typing = useCallback(() => {
    const now = Date.now()
    if (!hub || !connected || now - lastTyping.current < typingSentEveryMs) return
    lastTyping.current = now
    hub.invoke('Typing', conversationId).catch(() => undefined)
  }, [hub, connected, conversationId])

  const send = useCallback(
    async (text: string) => {
      if (!hub) throw new Error('not connected')
      const message = await hub.invoke<ChatMessage>('SendMessage', conversationId, text)
      lastTyping.current = 0
      dispatch({ type: 'message', message })
    },
    [hub, conversationId],
  )

  const close = useCallback(async () => {
    if (!hub) throw new Error('not connected')
    dispatch({ type: 'changed', conversation: await hub.invoke<Conversation>('CloseConversation', conversationId) })
  }, [hub, conversationId])

  return { ...state, unread, otherTyping, joinError, rejoin: () => setAttempt((n) => n + 1), typing, send, close }
}
