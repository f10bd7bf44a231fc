import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UserManager } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import { AuthProvider } from '../auth/Auth'
import { oidcSettings } from '../auth/oidc'
import { renderPage } from '../test/render'
import { ChatWidget } from './ChatWidget'

const signedOut = () => (
  <AuthProvider manager={new UserManager(oidcSettings('http://shop.test'))}>
    <ChatWidget />
  </AuthProvider>
)

describe('ChatWidget', { timeout: 15_000 }, () => {
  it('asks a signed-out visitor to sign in, and Escape puts the focus back on the button', async () => {
    renderPage(signedOut())

    const launcher = await screen.findByRole('button', { name: 'Chat with us' })
    await userEvent.click(launcher)
    const panel = screen.getByRole('region', { name: 'Chat with support' })
    expect(panel).toHaveTextContent('Sign in to chat with our support team')
    expect(screen.getByRole('button', { name: 'Hide chat' })).toHaveAttribute('aria-expanded', 'true')

    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Chat with support' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Chat with us' })).toHaveFocus()
  })

  it('stays open across a reload of the page', async () => {
    const first = renderPage(signedOut())
    await userEvent.click(await screen.findByRole('button', { name: 'Chat with us' }))
    first.unmount()

    renderPage(signedOut())
    expect(await screen.findByRole('region', { name: 'Chat with support' })).toBeInTheDocument()
  })
})
