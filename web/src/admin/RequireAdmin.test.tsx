import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { User } from 'oidc-client-ts'
import { renderPage } from '../test/render'
import { RequireAdmin } from './RequireAdmin'
import { rolesOf } from '../auth/roles'

const auth = vi.hoisted(() => ({ user: null as unknown, ready: true, signIn: vi.fn(), signOut: vi.fn(), completeSignIn: vi.fn() }))
vi.mock('../auth/Auth', () => ({ useAuth: () => auth }))

const signedInAs = (role: unknown) => ({ profile: { sub: 'u1', role }, access_token: 't', expired: false }) as unknown as User

describe('RequireAdmin', () => {
  it('shows the back-office to an admin', () => {
    auth.user = signedInAs(['customer', 'admin'])
    renderPage(<RequireAdmin>back-office</RequireAdmin>)
    expect(screen.getByText('back-office')).toBeInTheDocument()
  })

  it('tells a customer the back-office is not for them, without showing it', () => {
    auth.user = signedInAs('customer')
    renderPage(<RequireAdmin>back-office</RequireAdmin>)
    expect(screen.getByRole('alert')).toHaveTextContent('The back-office is for shop admins.')
    expect(screen.queryByText('back-office')).not.toBeInTheDocument()
  })

  it('asks a visitor to sign in', () => {
    auth.user = null
    renderPage(<RequireAdmin>back-office</RequireAdmin>, { locale: 'fr' })
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument()
    expect(screen.queryByText('back-office')).not.toBeInTheDocument()
  })

  it('reads one role or several from the ID token', () => {
    expect(rolesOf(signedInAs('admin'))).toEqual(['admin'])
    expect(rolesOf(signedInAs(['support', 'admin']))).toEqual(['support', 'admin'])
    expect(rolesOf(signedInAs(undefined))).toEqual([])
    expect(rolesOf(null)).toEqual([])
  })
})
