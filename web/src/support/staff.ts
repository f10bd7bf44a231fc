import type { User } from 'oidc-client-ts'

/** The roles in the ID token (the users service puts `role` there: one string, or several). */
export function rolesOf(user: User | null): string[] {
  const role = user?.profile.role
  return Array.isArray(role) ? role.filter((r): r is string => typeof r === 'string') : typeof role === 'string' ? [role] : []
}

/** Support agents and admins work the support console; the services check the same roles again. */
export function isStaff(user: User | null): boolean {
  return rolesOf(user).some((role) => role === 'support' || role === 'admin')
}
