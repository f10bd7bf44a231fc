import { act } from '@testing-library/react'
import type { ChatHub, ChatLink, ChatMessage, Conversation } from './chatTypes'

type Handler = (...args: never[]) => void
type Answer = (...args: never[]) => unknown

/**
 * A stand-in for the chat service's hub in component tests (jsdom has no server): records every
 * call, answers from `answers`, and lets a test deliver server events. The real hub is exercised by
 * the browser suite against the running shop.
 */
export class FakeChatHub implements ChatHub {
  readonly calls: { method: string; args: unknown[] }[] = []
  private readonly handlers = new Map<string, Set<Handler>>()

  answers: Record<string, Answer>

  constructor(answers: Record<string, Answer> = {}) {
    this.answers = answers
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    this.calls.push({ method, args })
    const answer = this.answers[method]
    if (!answer) return Promise.reject(new Error(`FakeChatHub: no answer for ${method}`))
    try {
      return Promise.resolve((answer as (...a: unknown[]) => unknown)(...args) as T)
    } catch (error) {
      return Promise.reject(error)
    }
  }

  on(event: string, handler: Handler): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set())
    this.handlers.get(event)!.add(handler)
  }

  off(event: string, handler: Handler): void {
    this.handlers.get(event)?.delete(handler)
  }

  /** The server calls a client method, as SignalR would. */
  emit(event: string, payload: unknown): void {
    act(() => this.handlers.get(event)?.forEach((handler) => (handler as (p: unknown) => void)(payload)))
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args)
  }

  link(epoch = 1): ChatLink {
    return { hub: this, status: 'connected', epoch }
  }
}

/** How SignalR's client reports a HubException thrown by the server. */
export function hubError(method: string, code: string): Error {
  return new Error(`An unexpected error occurred invoking '${method}' on the server. HubException: ${code}: details in English`)
}

export function conversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id, customerId: 'c0ffee00-0000-4000-8000-000000000001', orderId: null, status: 'assigned', agentId: 'agent-1',
    openedAtUtc: '2026-12-02T10:00:00Z', assignedAtUtc: '2026-12-02T10:01:00Z', lastMessageAtUtc: null, closedAtUtc: null, ...overrides,
  }
}

export function message(id: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id, conversationId: 'conv-1', senderId: 'c0ffee00-0000-4000-8000-000000000001', senderSide: 'customer', text: `text ${id}`,
    sentAtUtc: '2026-12-02T10:02:00Z', readAtUtc: null, ...overrides,
  }
}
