import type { User } from 'oidc-client-ts'

/**
 * The roles in the signed-in user's ID token (claim `role`: one string, or an array for several).
 * Only decides what the web app shows; every admin API checks the access token itself.
 */
export function rolesOf(user: User | null): string[] {
  const role = user?.profile.role
  if (typeof role === 'string') return [role]
  return Array.isArray(role) ? role.filter((r): r is string => typeof r === 'string') : []
}

export function isAdmin(user: User | null): boolean {
  return rolesOf(user).includes('admin')
}

/** Support agents and admins work the support console; the services check the same roles again. */
export function isStaff(user: User | null): boolean {
  return rolesOf(user).some((role) => role === 'support' || role === 'admin')
}
