import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderPage } from '../test/render'
import type { ChatMessage } from './chatTypes'
import { chatTestProviders } from './ChatTestProviders'
import { ConversationPane } from './ConversationPane'
import { conversation, FakeChatHub, hubError, message } from './fakeChatHub'
import { typingShownMs } from './useConversation'

const customer = { id: 'c0ffee00-0000-4000-8000-000000000001', side: 'customer' as const }
const agent = { id: 'agent-1', side: 'agent' as const }

function hubWith(messages: ChatMessage[], status: 'open' | 'assigned' | 'closed' = 'assigned') {
  return new FakeChatHub({
    JoinConversation: () => ({ conversation: conversation('conv-1', { status }), messages, totalMessages: messages.length }),
    MarkRead: () => 0,
    Typing: () => undefined,
  })
}

afterEach(() => {
  vi.useRealTimers()
})

// A shared two-core CI machine can take seconds for the first render.
describe('ConversationPane', { timeout: 30_000 }, () => {
  // No pause between keystrokes: the tests wait for what they expect, not for the clock.
  let user: UserEvent
  beforeEach(() => {
    user = userEvent.setup({ delay: null })
  })

  it('shows messages as plain text, never as markup', async () => {
    const hub = hubWith([message('m1', { text: '<img src=x onerror="alert(1)"> <b>bold</b>\nsecond line' })])
    const { container } = renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={agent} reading />)

    expect(await screen.findByText(/<img src=x onerror="alert\(1\)"> <b>bold<\/b>/)).toBeInTheDocument()
    expect(container.querySelector('.chat-log img, .chat-log b')).toBeNull()
    expect(screen.getByText('Customer')).toBeInTheDocument()
  })

  it('sends with Enter, shows the message once although the hub also echoes it, and keeps Shift+Enter for new lines', async () => {
    const hub = hubWith([])
    const sent = message('m2', { senderId: customer.id, text: 'Where is my parcel?\nIt is late.' })
    hub.answers.SendMessage = () => sent
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={customer} reading />)

    const box = await screen.findByLabelText('Your message')
    await user.type(box, 'Where is my parcel?{Shift>}{Enter}{/Shift}It is late.{Enter}')

    expect(hub.callsOf('SendMessage')).toEqual([['conv-1', 'Where is my parcel?\nIt is late.']])
    hub.emit('MessageReceived', sent)
    expect(await screen.findAllByText(/Where is my parcel\?/)).toHaveLength(1)
    expect(box).toHaveValue('')
    expect(screen.getByText(/· Sent/)).toBeInTheDocument()
  })

  it("shows the other side's typing for a few seconds, and not one's own", async () => {
    const hub = hubWith([])
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={customer} reading />)
    await screen.findByLabelText('Your message')
    vi.useFakeTimers()

    hub.emit('Typing', { conversationId: 'conv-1', userId: customer.id, side: 'customer' })
    expect(screen.getByTestId('typing')).toHaveTextContent('')
    hub.emit('Typing', { conversationId: 'other', userId: agent.id, side: 'agent' })
    expect(screen.getByTestId('typing')).toHaveTextContent('')

    hub.emit('Typing', { conversationId: 'conv-1', userId: agent.id, side: 'agent' })
    expect(screen.getByTestId('typing')).toHaveTextContent('Support is typing…')
    act(() => vi.advanceTimersByTime(typingShownMs + 10))
    expect(screen.getByTestId('typing')).toHaveTextContent('')
  })

  it('tells the other side when one types, at most every two seconds', async () => {
    const hub = hubWith([])
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={agent} reading />)

    await user.type(await screen.findByLabelText('Your message'), 'Hello there')

    expect(hub.callsOf('Typing')).toEqual([['conv-1']])
  })

  it("marks the other side's messages read while on screen, and shows receipts on one's own", async () => {
    const mine = message('m1', { senderId: agent.id, senderSide: 'agent', text: 'How can I help?', sentAtUtc: '2026-12-02T10:02:00.5Z' })
    const hub = hubWith([mine])
    const { rerender } = render(<ConversationPane link={hub.link()} conversationId="conv-1" me={agent} reading={false} />, { wrapper: chatTestProviders() })
    expect(await screen.findByText(/· Sent/)).toBeInTheDocument()

    hub.emit('MessageReceived', message('m2', { text: 'My order is late', sentAtUtc: '2026-12-02T10:03:00.25Z' }))
    expect(hub.callsOf('MarkRead')).toEqual([]) // not on screen: not read
    rerender(<ConversationPane link={hub.link()} conversationId="conv-1" me={agent} reading />)
    await waitFor(() => expect(hub.callsOf('MarkRead')).toEqual([['conv-1']]))

    hub.emit('MessagesRead', { conversationId: 'conv-1', readerSide: 'customer', readAtUtc: '2026-12-02T10:02:01.1234567Z', count: 1 })
    expect(screen.getByText(/· Read/)).toBeInTheDocument()
  })

  it('joins again after a reconnection and shows what was missed meanwhile', async () => {
    const hub = hubWith([message('m1')])
    const { rerender } = render(<ConversationPane link={hub.link(1)} conversationId="conv-1" me={agent} reading />, { wrapper: chatTestProviders() })
    await screen.findByText('text m1')

    rerender(<ConversationPane link={{ ...hub.link(1), status: 'reconnecting' }} conversationId="conv-1" me={agent} reading />)
    expect(screen.getByText('Connection lost, reconnecting…')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled()

    hub.answers.JoinConversation = () => ({ conversation: conversation('conv-1'), messages: [message('m1'), message('m2', { sentAtUtc: '2026-12-02T10:05:00Z' })], totalMessages: 2 })
    rerender(<ConversationPane link={hub.link(2)} conversationId="conv-1" me={agent} reading />)

    expect(await screen.findByText('text m2')).toBeInTheDocument()
    expect(screen.getAllByText(/text m/).map((e) => e.textContent)).toEqual(['text m1', 'text m2'])
    expect(hub.callsOf('JoinConversation')).toHaveLength(2)
  })

  it("explains a refused message in the shopper's language and keeps the draft", async () => {
    const hub = hubWith([])
    hub.answers.SendMessage = () => {
      throw hubError('SendMessage', 'rate-limited')
    }
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={customer} reading />, { locale: 'fr' })

    const box = await screen.findByLabelText('Votre message')
    await user.type(box, 'Encore un message{Enter}')

    expect(await screen.findByRole('alert')).toHaveTextContent('Vous envoyez des messages trop vite.')
    expect(box).toHaveValue('Encore un message')
  })

  it('closes the conversation, and a closed one has no composer', async () => {
    const hub = hubWith([message('m1')])
    hub.answers.CloseConversation = () => conversation('conv-1', { status: 'closed', closedAtUtc: '2026-12-02T10:09:00Z' })
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={agent} reading />)

    await user.click(await screen.findByRole('button', { name: 'Close the conversation' }))

    expect(hub.callsOf('CloseConversation')).toEqual([['conv-1']])
    expect(await screen.findByText('This conversation is closed.')).toBeInTheDocument()
    expect(screen.queryByLabelText('Your message')).not.toBeInTheDocument()
  })

  it('shows the customer that the agent closed it, live', async () => {
    const hub = hubWith([], 'open')
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={customer} reading />)
    expect(await screen.findByText('Waiting for an agent. You can already write your question.')).toBeInTheDocument()

    hub.emit('ConversationAssigned', conversation('conv-1', { status: 'assigned' }))
    expect(screen.getByText('An agent is with you.')).toBeInTheDocument()
    hub.emit('ConversationClosed', conversation('conv-1', { status: 'closed' }))
    expect(screen.getByText('This conversation is closed.')).toBeInTheDocument()
  })

  it('offers to try again when the conversation cannot be joined', async () => {
    const hub = new FakeChatHub({ JoinConversation: () => { throw hubError('JoinConversation', 'not-found') } })
    renderPage(<ConversationPane link={hub.link()} conversationId="conv-1" me={customer} reading />)

    expect(await screen.findByRole('alert')).toHaveTextContent('This conversation does not exist.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(hub.callsOf('JoinConversation')).toHaveLength(2))
  })
})
