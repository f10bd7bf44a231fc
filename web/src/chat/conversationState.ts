import type { ChatMessage, ChatSide, Conversation, ConversationJoined, ReadReceipt } from './chatTypes'

/** What one participant knows of a conversation: as joined, then changed by the hub's events. */
export interface ConversationState {
  conversation: Conversation | null
  messages: ChatMessage[]
  /** Messages the conversation has in all; more than `messages` when only the latest were sent on joining. */
  total: number
}

export type ConversationEvent =
  | { type: 'joined'; joined: ConversationJoined }
  | { type: 'message'; message: ChatMessage }
  | { type: 'changed'; conversation: Conversation }
  | { type: 'read'; receipt: ReadReceipt }

export const initialConversation: ConversationState = { conversation: null, messages: [], total: 0 }

// .NET trims trailing zeros of fractional seconds, so the ISO strings do not sort as text: compare instants.
const at = (iso: string) => Date.parse(iso)
const byTime = (a: ChatMessage, b: ChatMessage) => at(a.sentAtUtc) - at(b.sentAtUtc) || a.id.localeCompare(b.id)

/** Adds messages not seen yet (a sent message comes back both as the call's answer and as the group's event). */
function merge(current: ChatMessage[], incoming: ChatMessage[]): { messages: ChatMessage[]; added: number } {
  const known = new Map(current.map((m) => [m.id, m]))
  let added = 0
  for (const message of incoming) {
    const seen = known.get(message.id)
    if (!seen) added += 1
    // A receipt may already have reached the copy we hold; never lose it.
    known.set(message.id, seen?.readAtUtc && !message.readAtUtc ? { ...message, readAtUtc: seen.readAtUtc } : message)
  }
  return { messages: [...known.values()].sort(byTime), added }
}

function otherSide(side: ChatSide): ChatSide {
  return side === 'customer' ? 'agent' : 'customer'
}

export function conversationReducer(state: ConversationState, event: ConversationEvent): ConversationState {
  switch (event.type) {
    case 'joined': {
      // A re-join after a reconnection brings what was missed; what we hold stays.
      const { messages, added } = merge(state.messages, event.joined.messages)
      const total = Math.max(event.joined.totalMessages, state.total + added)
      return { conversation: event.joined.conversation, messages, total }
    }
    case 'message': {
      if (state.conversation && event.message.conversationId !== state.conversation.id) return state
      const { messages, added } = merge(state.messages, [event.message])
      return { ...state, messages, total: state.total + added }
    }
    case 'changed':
      return state.conversation && event.conversation.id !== state.conversation.id ? state : { ...state, conversation: event.conversation }
    case 'read': {
      const { receipt } = event
      if (state.conversation && receipt.conversationId !== state.conversation.id) return state
      const written = otherSide(receipt.readerSide)
      return {
        ...state,
        messages: state.messages.map((m) => (m.senderSide === written && !m.readAtUtc && at(m.sentAtUtc) <= at(receipt.readAtUtc) ? { ...m, readAtUtc: receipt.readAtUtc } : m)),
      }
    }
  }
}

/** How many of the other side's messages this side has not marked read yet. */
export function unreadCount(state: ConversationState, side: ChatSide): number {
  return state.messages.filter((m) => m.senderSide !== side && !m.readAtUtc).length
}
