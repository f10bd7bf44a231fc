import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { User, UserManager } from 'oidc-client-ts'
import { setAccessTokenSource } from '../api/http'
import { createUserManager, safeReturnPath } from './oidc'

interface Auth {
  user: User | null
  ready: boolean
  signIn: (returnPath?: string) => Promise<void>
  signOut: () => Promise<void>
  completeSignIn: () => Promise<string>
}

const AuthContext = createContext<Auth | null>(null)

export function AuthProvider({ children, manager: given }: { children: ReactNode; manager?: UserManager }) {
  const [manager] = useState(() => given ?? createUserManager())
  const [user, setUser] = useState<User | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let active = true
    const loaded = (next: User | null) => {
      if (!active) return
      const current = next && !next.expired ? next : null
      // Set before the state changes, so the queries that the new user enables already send it.
      setAccessTokenSource(() => current?.access_token ?? null)
      setUser(current)
      setReady(true)
    }
    const unloaded = () => loaded(null)
    manager.events.addUserLoaded(loaded)
    manager.events.addUserUnloaded(unloaded)
    manager.events.addSilentRenewError(unloaded)
    manager.getUser().then(async (saved) => {
      // An expired access token with a refresh token left: renew it now rather than look signed out.
      if (saved?.expired && saved.refresh_token) {
        try {
          return loaded(await manager.signinSilent())
        } catch {
          await manager.removeUser()
          return loaded(null)
        }
      }
      loaded(saved)
    }, unloaded)
    return () => {
      active = false
      manager.events.removeUserLoaded(loaded)
      manager.events.removeUserUnloaded(unloaded)
      manager.events.removeSilentRenewError(unloaded)
    }
  }, [manager])

  const auth = useMemo<Auth>(
    () => ({
      user,
      ready,
      signIn: (returnPath) => manager.signinRedirect({ state: { returnPath: safeReturnPath(returnPath ?? window.location.pathname + window.location.search) } }),
      signOut: async () => {
        const idToken = user?.id_token
        await manager.removeUser()
        await manager.signoutRedirect({ id_token_hint: idToken })
      },
      completeSignIn: async () => {
        const signedIn = await manager.signinRedirectCallback()
        return safeReturnPath((signedIn.state as { returnPath?: string } | undefined)?.returnPath)
      },
    }),
    [manager, user, ready],
  )
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext)
  if (!auth) throw new Error('useAuth outside AuthProvider')
  return auth
}
