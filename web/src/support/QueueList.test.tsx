import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChatLink, Conversation } from '../chat/chatTypes'
import { chatTestProviders } from '../chat/ChatTestProviders'
import { conversation, FakeChatHub, hubError } from '../chat/fakeChatHub'
import { fakeApi, renderPage } from '../test/render'
import { QueueList } from './QueueList'
import { useSupportQueue } from './useSupportQueue'

const waiting = (id: string, openedAtUtc: string, customerId: string, orderId: string | null = null) =>
  conversation(id, { status: 'open', agentId: null, assignedAtUtc: null, openedAtUtc, customerId, orderId })

/** The console's queue column: the hook that follows the hub, and the list that shows it. */
function Queue({ link, onSelect = () => undefined }: { link: ChatLink; onSelect?: (id: string) => void }) {
  const support = useSupportQueue(link, 'agent-1')
  return <QueueList {...support} onRetry={support.retry} onTake={support.take} selectedId={null} onSelect={onSelect} />
}

/** The agent's assigned conversations, and the customers the users service can name (any other look-up is a 404). */
function assignedApi(items: Conversation[], contacts: Record<string, { displayName: string; email: string }> = {}) {
  const named = Object.fromEntries(Object.entries(contacts).map(([id, c]) => [`/api/users/customers/${id}/contact`, { id, ...c }]))
  return vi.fn(fakeApi({ '/api/chat/conversations': { items, page: 1, pageSize: 100, total: items.length }, ...named }))
}

const waitingList = () => screen.getByRole('list', { name: 'Waiting conversations' })

// A shared two-core CI machine can take seconds for the first render.
describe('the support queue', { timeout: 30_000 }, () => {
  // No pause between keystrokes: the tests wait for what they expect, not for the clock.
  let user: UserEvent
  beforeEach(() => {
    user = userEvent.setup({ delay: null })
  })

  it('lists the waiting conversations longest waiting first, and says when no one waits', async () => {
    vi.stubGlobal('fetch', assignedApi([]))
    const hub = new FakeChatHub({
      WatchQueue: () => [waiting('a1', '2026-12-02T09:00:00Z', '01a23487-1111-7000-8000-0000aaaaaaaa', '01a23487-2222-7000-8000-0000ffffffff'), waiting('b2', '2026-12-02T09:30:00Z', '01a23487-1111-7000-8000-0000bbbbbbbb')],
    })
    renderPage(<Queue link={hub.link()} />)

    await screen.findByRole('heading', { name: 'Waiting (2)' })
    const items = within(waitingList()).getAllByRole('listitem')
    expect(items.map((i) => i.querySelector('.queue-customer')?.textContent)).toEqual(['Customer aaaaaaaa', 'Customer bbbbbbbb'])
    expect(items[0]).toHaveTextContent('about order ffffffff')
    expect(screen.getByText('You are not in any conversation.')).toBeInTheDocument()
  })

  it('names each customer and shows their email once looked up, and falls back to their reference when the look-up fails', async () => {
    vi.stubGlobal('fetch', assignedApi([], { '01a23487-1111-7000-8000-0000aaaaaaaa': { displayName: 'Alice Martin', email: 'alice@example.com' } }))
    const hub = new FakeChatHub({
      WatchQueue: () => [waiting('a1', '2026-12-02T09:00:00Z', '01a23487-1111-7000-8000-0000aaaaaaaa'), waiting('b2', '2026-12-02T09:30:00Z', '01a23487-1111-7000-8000-0000bbbbbbbb')],
    })
    renderPage(<Queue link={hub.link()} />)

    await screen.findByRole('heading', { name: 'Waiting (2)' })
    expect(await within(waitingList()).findByText('Alice Martin')).toBeInTheDocument()
    const [alice, unknown] = within(waitingList()).getAllByRole('listitem')
    expect(alice).toHaveTextContent('alice@example.com')
    expect(within(alice).getByRole('button', { name: 'Take the conversation with Alice Martin' })).toBeEnabled()
    expect(unknown.querySelector('.queue-customer')).toHaveTextContent('Customer bbbbbbbb') // the users service answered 404
    expect(within(unknown).getByRole('button', { name: 'Take the conversation with Customer bbbbbbbb' })).toBeEnabled()
  })

  it('follows the queue live: new conversations join it, taken and closed ones leave it', async () => {
    vi.stubGlobal('fetch', assignedApi([]))
    const hub = new FakeChatHub({ WatchQueue: () => [] })
    renderPage(<Queue link={hub.link()} />)
    expect(await screen.findByText('No one is waiting.')).toBeInTheDocument()

    hub.emit('ConversationQueued', waiting('late', '2026-12-02T10:00:00Z', '01a23487-0000-7000-8000-0000cccccccc'))
    hub.emit('ConversationQueued', waiting('early', '2026-12-02T09:00:00Z', '01a23487-0000-7000-8000-0000dddddddd'))
    hub.emit('ConversationQueued', waiting('early', '2026-12-02T09:00:00Z', '01a23487-0000-7000-8000-0000dddddddd')) // from a second replica
    expect(within(waitingList()).getAllByRole('listitem').map((i) => i.querySelector('.queue-customer')?.textContent)).toEqual(['Customer dddddddd', 'Customer cccccccc'])

    hub.emit('ConversationAssigned', conversation('early', { agentId: 'agent-2' }))
    expect(within(waitingList()).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByText('You are not in any conversation.')).toBeInTheDocument() // taken by someone else
    hub.emit('ConversationClosed', conversation('late', { status: 'closed' }))
    expect(screen.getByText('No one is waiting.')).toBeInTheDocument()
  })

  it('takes a conversation: it leaves the queue, joins the agent’s own and opens', async () => {
    vi.stubGlobal('fetch', assignedApi([], { '01a23487-1111-7000-8000-0000aaaaaaaa': { displayName: 'Alice Martin', email: 'alice@example.com' } }))
    const onSelect = vi.fn()
    const hub = new FakeChatHub({
      WatchQueue: () => [waiting('a1', '2026-12-02T09:00:00Z', '01a23487-1111-7000-8000-0000aaaaaaaa')],
      TakeConversation: (id: string) => conversation(id, { customerId: '01a23487-1111-7000-8000-0000aaaaaaaa' }),
    })
    renderPage(<Queue link={hub.link()} onSelect={onSelect} />)

    await user.click(await screen.findByRole('button', { name: 'Take the conversation with Alice Martin' }))

    expect(hub.callsOf('TakeConversation')).toEqual([['a1']])
    expect(onSelect).toHaveBeenCalledWith('a1')
    expect(screen.getByText('No one is waiting.')).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Your conversations' })).getByRole('button')).toHaveTextContent('Alice Martin')
  })

  it('says so when another agent was quicker, and drops the conversation from the queue', async () => {
    vi.stubGlobal('fetch', assignedApi([]))
    const hub = new FakeChatHub({
      WatchQueue: () => [waiting('a1', '2026-12-02T09:00:00Z', '01a23487-1111-7000-8000-0000aaaaaaaa')],
      TakeConversation: () => {
        throw hubError('TakeConversation', 'conversation-taken')
      },
    })
    renderPage(<Queue link={hub.link()} />, { locale: 'fr' })

    await user.click(await screen.findByRole('button', { name: 'Prendre la discussion avec Client aaaaaaaa' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Un autre conseiller a déjà pris cette discussion.')
    expect(screen.getByText('Personne n’attend.')).toBeInTheDocument()
  })

  it("shows the agent's own conversations again after a reload, and reads the queue again after a reconnection", async () => {
    const fetch = assignedApi([conversation('mine', { agentId: 'agent-1', customerId: '01a23487-0000-7000-8000-0000eeeeeeee' }), conversation('theirs', { agentId: 'agent-2' })])
    vi.stubGlobal('fetch', fetch)
    let queue = [waiting('a1', '2026-12-02T09:00:00Z', '01a23487-1111-7000-8000-0000aaaaaaaa')]
    const hub = new FakeChatHub({ WatchQueue: () => queue })
    const { rerender } = render(<Queue link={hub.link(1)} />, { wrapper: chatTestProviders() })

    const mine = await screen.findByRole('list', { name: 'Your conversations' })
    expect(within(mine).getAllByRole('button').map((b) => b.querySelector('.queue-customer')?.textContent)).toEqual(['Customer eeeeeeee'])
    expect(String(fetch.mock.calls[0][0])).toContain('status=assigned')

    queue = [waiting('b2', '2026-12-02T09:30:00Z', '01a23487-1111-7000-8000-0000bbbbbbbb')]
    rerender(<Queue link={hub.link(2)} />)
    await waitFor(() => expect(hub.callsOf('WatchQueue')).toHaveLength(2))
    expect(await within(waitingList()).findByText('Customer bbbbbbbb')).toBeInTheDocument()
  })

  it('offers to try again when the queue cannot be read', async () => {
    vi.stubGlobal('fetch', assignedApi([]))
    const hub = new FakeChatHub({
      WatchQueue: () => {
        throw hubError('WatchQueue', 'forbidden')
      },
    })
    renderPage(<Queue link={hub.link()} />)

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(hub.callsOf('WatchQueue')).toHaveLength(2))
  })
})
