/** What the chat service's hub and transcript API send (services/chat/Conversations, camelCase JSON). */
export type ConversationStatus = 'open' | 'assigned' | 'closed'
export type ChatSide = 'customer' | 'agent'

export interface Conversation {
  id: string
  customerId: string
  orderId: string | null
  status: ConversationStatus
  agentId: string | null
  openedAtUtc: string
  assignedAtUtc: string | null
  lastMessageAtUtc: string | null
  closedAtUtc: string | null
}

/** `text` is plain text exactly as typed: render it as text content, never as markup. */
export interface ChatMessage {
  id: string
  conversationId: string
  senderId: string
  senderSide: ChatSide
  text: string
  sentAtUtc: string
  readAtUtc: string | null
}

export interface ConversationJoined {
  conversation: Conversation
  messages: ChatMessage[]
  totalMessages: number
}

export interface TypingSignal {
  conversationId: string
  userId: string
  side: ChatSide
}

export interface ReadReceipt {
  conversationId: string
  readerSide: ChatSide
  readAtUtc: string
  count: number
}

export interface TranscriptPage<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

/** The part of @microsoft/signalr's HubConnection the chat uses, so components can be given a test double. */
export interface ChatHub {
  invoke<T = unknown>(method: string, ...args: unknown[]): Promise<T>
  on(event: string, handler: (...args: never[]) => void): void
  off(event: string, handler: (...args: never[]) => void): void
}

export type LinkStatus = 'connecting' | 'connected' | 'reconnecting'

/**
 * A live connection to the hub as components see it. `epoch` grows each time the connection is
 * (re)established: SignalR forgets a connection's groups when it reconnects, so whoever joined a
 * conversation or the queue joins again when it changes, and catches up on what was missed.
 */
export interface ChatLink {
  hub: ChatHub
  status: LinkStatus
  epoch: number
}

/** Longest message the service accepts (Chat:MaxMessageLength). */
export const maxMessageLength = 2000
