import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderPage } from '../test/render'
import { Inbox } from './InboxPage'
import { NotificationsLink } from './NotificationsLink'

// As the service answers: an unread item has no readAt at all (null fields are left out).
const item = (id: string, title: string, read: boolean): { id: string; readAt?: string } & Record<string, unknown> => ({
  id, kind: 'OrderStatusChanged', title, body: `${title}.`, orderId: 'o-1', createdAt: '2026-12-02T10:00:00Z', ...(read ? { readAt: '2026-12-02T10:05:00Z' } : {}),
})

/** The inbox API over an in-memory list: POSTs mark items read, GETs answer the list and the count. */
function inboxApi(items: ReturnType<typeof item>[]) {
  const posts: string[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = new URL(String(input), 'http://shop.test').pathname
    const unread = items.filter((i) => !i.readAt).length
    if (init.method === 'POST') {
      posts.push(path)
      for (const i of items) if (path.endsWith('/read-all') || path.includes(i.id)) i.readAt = '2026-12-02T11:00:00Z'
      return new Response(null, { status: 204 })
    }
    if (path === '/api/notifications/inbox/unread-count') return Response.json({ unread })
    if (path === '/api/notifications/inbox') return Response.json({ items, page: 1, pageSize: 20, total: items.length, unread })
    return new Response(null, { status: 404 })
  }))
  return posts
}

describe('Inbox', () => {
  it('marks one notification read, then all, and the header badge follows', async () => {
    const posts = inboxApi([item('n2', 'Order 0193A5B2 is shipped', false), item('n1', 'Order 0193A5B2 is paid', false), item('n0', 'Welcome', true)])
    renderPage(
      <>
        <NotificationsLink />
        <Inbox />
      </>,
    )
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: 'See the order' })[0]).toHaveAttribute('href', '/orders/o-1')

    await userEvent.click(screen.getByRole('button', { name: 'Mark read: Order 0193A5B2 is shipped' }))
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Mark read: Order 0193A5B2 is shipped' })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Mark all read' }))
    await waitFor(() => expect(screen.getByTestId('unread-count')).toHaveTextContent('0'))
    expect(posts).toEqual(['/api/notifications/inbox/n2/read', '/api/notifications/inbox/read-all'])
  })

  it('says so when there is nothing yet, in French too', async () => {
    inboxApi([])
    renderPage(<Inbox />, { locale: 'fr' })
    expect(await screen.findByText('Aucune notification pour le moment.')).toBeInTheDocument()
  })
})
