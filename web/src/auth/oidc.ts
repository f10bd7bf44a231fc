import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts'

/**
 * Sign-in through the users service (OpenID Connect, authorization code + PKCE, public client
 * `storefront`). oidc-client-ts does the protocol: PKCE verifier and S256 challenge, state and
 * nonce, the code exchange, and renewing the access token with the refresh token before it expires.
 * Tokens stay in sessionStorage: they survive a reload but not the closing of the tab.
 */
export const clientId = 'storefront'
export const callbackPath = '/auth/callback'

export function oidcSettings(origin: string, storage: Storage = sessionStorage): UserManagerSettings {
  return {
    authority: origin,
    client_id: clientId,
    redirect_uri: origin + callbackPath,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile email roles offline_access',
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
    automaticSilentRenew: true, // with a refresh token this is a plain token request, no iframe
    loadUserInfo: false,
  }
}

export function createUserManager(origin = window.location.origin): UserManager {
  return new UserManager(oidcSettings(origin))
}

/** Where to go back after sign-in: only a path of this app, never another site. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(callbackPath) ? value : '/'
}
