import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { User } from 'oidc-client-ts'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../test/render'
import { ChatWidget } from './ChatWidget'
import { conversation, FakeChatHub, message } from './fakeChatHub'

const shopperId = 'c0ffee00-0000-4000-8000-000000000001'
const live = conversation('conv-1', { customerId: shopperId })

// A signed-in shopper, and the chat hub as the fake: jsdom has no server to connect to.
const auth = vi.hoisted(() => ({ user: null as unknown, ready: true, signIn: vi.fn(), signOut: vi.fn(), completeSignIn: vi.fn() }))
vi.mock('../auth/Auth', () => ({ useAuth: () => auth }))
const chat = vi.hoisted(() => ({ hub: null as unknown as FakeChatHub }))
vi.mock('./chatConnection', async (original) => ({
  ...(await original<typeof import('./chatConnection')>()),
  useChatLink: () => chat.hub.link(),
}))

// The panel is a lazy chunk: on a loaded two-core CI machine its first import takes seconds.
const slow = { timeout: 10_000 }

const fromSupport = (id: string, sentAtUtc: string) => message(id, { senderId: 'agent-1', senderSide: 'agent', sentAtUtc })

describe('the closed chat widget', { timeout: 30_000 }, () => {
  beforeEach(() => {
    sessionStorage.clear()
    auth.user = { profile: { sub: shopperId, role: 'customer' }, access_token: 't', expired: false } as unknown as User
    vi.stubGlobal('fetch', vi.fn(fakeApi({ '/api/chat/conversations': { items: [live], page: 1, pageSize: 10, total: 1 } })))
    chat.hub = new FakeChatHub({
      JoinConversation: () => ({ conversation: live, messages: [], totalMessages: 0 }),
      MarkRead: () => 2,
    })
  })

  it("counts support's replies on the launcher, and opening it marks them read and clears the count", async () => {
    renderPage(<ChatWidget />)
    await waitFor(() => expect(chat.hub.callsOf('JoinConversation')).toEqual([['conv-1']]), slow)
    expect(screen.getByRole('button', { name: 'Chat with us' })).toHaveAttribute('aria-expanded', 'false')

    chat.hub.emit('MessageReceived', fromSupport('m1', '2026-12-02T10:05:00Z'))
    expect(await screen.findByRole('button', { name: 'Chat with us, 1 unread message' })).toHaveTextContent('1')
    chat.hub.emit('MessageReceived', fromSupport('m2', '2026-12-02T10:06:00Z'))
    chat.hub.emit('MessageReceived', message('m3', { senderId: shopperId, sentAtUtc: '2026-12-02T10:07:00Z' })) // the shopper's own, from another tab
    const launcher = await screen.findByRole('button', { name: 'Chat with us, 2 unread messages' })
    expect(chat.hub.callsOf('MarkRead')).toEqual([]) // nobody has seen them yet
    expect(screen.queryByRole('region', { name: 'Chat with support' })).not.toBeInTheDocument()

    await userEvent.click(launcher)
    expect(await screen.findByRole('region', { name: 'Chat with support' }, slow)).toHaveTextContent('text m2')
    await waitFor(() => expect(chat.hub.callsOf('MarkRead')).toEqual([['conv-1']]), slow)
    chat.hub.emit('MessagesRead', { conversationId: 'conv-1', readerSide: 'customer', readAtUtc: '2026-12-02T10:08:00Z', count: 2 })

    await userEvent.click(screen.getByRole('button', { name: 'Hide chat' }))
    expect(screen.getByRole('button', { name: 'Chat with us' })).not.toHaveTextContent(/\d/)
  })

  it('shows the replies still unread after a reload, in French too', async () => {
    chat.hub.answers.JoinConversation = () => ({
      conversation: live,
      messages: [fromSupport('m1', '2026-12-02T10:05:00Z'), { ...fromSupport('m0', '2026-12-02T10:04:00Z'), readAtUtc: '2026-12-02T10:04:30Z' }],
      totalMessages: 2,
    })
    renderPage(<ChatWidget />, { locale: 'fr' })

    expect(await screen.findByRole('button', { name: 'Discuter avec nous, 1 message non lu' }, slow)).toBeInTheDocument()
  })

  it('connects nothing for a shopper without a conversation going on', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeApi({ '/api/chat/conversations': { items: [{ ...live, status: 'closed' }], page: 1, pageSize: 10, total: 1 } })))
    renderPage(<ChatWidget />)

    await waitFor(() => expect(fetch).toHaveBeenCalled(), slow)
    await act(() => new Promise((settled) => setTimeout(settled, 200))) // the answer is read and rendered
    expect(await screen.findByRole('button', { name: 'Chat with us' })).toBeInTheDocument()
    expect(chat.hub.calls).toEqual([])
    expect(document.getElementById('chat-panel')).toBeNull()
  })
})
