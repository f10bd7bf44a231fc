import type { User } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import { isStaff, rolesOf } from './roles'

const signedIn = (role: unknown) => ({ profile: { sub: 'u1', role } }) as unknown as User

describe('roles from the ID token', () => {
  it('reads one role or several from the ID token', () => {
    expect(rolesOf(signedIn('support'))).toEqual(['support'])
    expect(rolesOf(signedIn(['customer', 'admin']))).toEqual(['customer', 'admin'])
    expect(rolesOf(signedIn(undefined))).toEqual([])
    expect(rolesOf(null)).toEqual([])
  })

  it('lets support agents and admins into the console, not customers', () => {
    expect(isStaff(signedIn('support'))).toBe(true)
    expect(isStaff(signedIn(['admin']))).toBe(true)
    expect(isStaff(signedIn('customer'))).toBe(false)
    expect(isStaff(null)).toBe(false)
  })
})
