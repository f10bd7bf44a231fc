import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../test/render'
import { CustomerHeading } from './CustomerHeading'

const customerId = '01a23487-1111-7000-8000-0000aaaaaaaa'
const contactPath = `/api/users/customers/${customerId}/contact`
const conversationId = '01a23487-9999-7000-8000-0000cccccccc'

describe('the conversation header', { timeout: 30_000 }, () => {
  it('says who the agent is talking to: name and email', async () => {
    vi.stubGlobal('fetch', vi.fn(fakeApi({ [contactPath]: { id: customerId, displayName: 'Alice Martin', email: 'alice@example.com' } })))
    renderPage(<CustomerHeading customerId={customerId} conversationId={conversationId} />)

    expect(await screen.findByRole('heading', { name: 'Alice Martin · Ref. cccccccc' })).toBeInTheDocument()
    expect(screen.getByText('alice@example.com')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('falls back to the customer reference with a readable note when the look-up fails, and tries again on request', async () => {
    const refused = new Response(JSON.stringify({ type: 'https://k8sshop.io/problems/forbidden', title: 'Forbidden', status: 403 }), {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
    })
    const fetch = vi.fn(fakeApi({ [contactPath]: { id: customerId, displayName: 'Alice Martin', email: 'alice@example.com' } })).mockResolvedValueOnce(refused)
    vi.stubGlobal('fetch', fetch)
    renderPage(<CustomerHeading customerId={customerId} conversationId={conversationId} />, { locale: 'fr' })

    expect(await screen.findByRole('status')).toHaveTextContent("Impossible de retrouver le nom et l’e-mail du client (Vous n'avez pas le droit de faire cela.)")
    expect(screen.getByRole('heading', { name: 'Client aaaaaaaa · Réf. cccccccc' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }))
    expect(await screen.findByRole('heading', { name: 'Alice Martin · Réf. cccccccc' })).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
