import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UserManager } from 'oidc-client-ts'
import { oidcSettings, safeReturnPath } from './oidc'

const origin = 'http://shop.test'
const discovery = {
  issuer: origin + '/',
  authorization_endpoint: origin + '/connect/authorize',
  token_endpoint: origin + '/connect/token',
  end_session_endpoint: origin + '/connect/logout',
  jwks_uri: origin + '/.well-known/jwks',
  code_challenge_methods_supported: ['S256'],
}

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fakeJwt = (claims: object) => `${base64url(new TextEncoder().encode('{"alg":"none"}'))}.${base64url(new TextEncoder().encode(JSON.stringify(claims)))}.`

let tokenRequests: URLSearchParams[]

beforeEach(() => {
  tokenRequests = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input)
      if (url.endsWith('/.well-known/openid-configuration')) return Response.json(discovery)
      if (url === discovery.token_endpoint) {
        const body = new URLSearchParams(String(init?.body))
        tokenRequests.push(body)
        const now = Math.floor(Date.now() / 1000)
        return Response.json({
          access_token: `access-${tokenRequests.length}`,
          refresh_token: `refresh-${tokenRequests.length}`,
          token_type: 'Bearer',
          expires_in: 300,
          scope: 'openid profile email roles offline_access',
          id_token: fakeJwt({ iss: discovery.issuer, aud: 'storefront', sub: 'user-1', iat: now, exp: now + 300, name: 'Demo customer' }),
        })
      }
      return new Response(null, { status: 404 })
    }),
  )
})

afterEach(() => vi.unstubAllGlobals())

describe('sign-in with authorization code + PKCE', () => {
  it('asks the users service for a code with an S256 challenge of a secret verifier', async () => {
    const manager = new UserManager({ ...oidcSettings(origin), automaticSilentRenew: false })
    const request = await manager['_client'].createSigninRequest({})
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe(discovery.authorization_endpoint)
    expect(url.searchParams.get('client_id')).toBe('storefront')
    expect(url.searchParams.get('response_type')).toBe('code')
    expect(url.searchParams.get('redirect_uri')).toBe('http://shop.test/auth/callback')
    expect(url.searchParams.get('scope')?.split(' ')).toContain('offline_access')
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')

    const verifier = request.state.code_verifier!
    expect(verifier.length).toBeGreaterThanOrEqual(43)
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
    expect(url.searchParams.get('code_challenge')).toBe(base64url(digest))
    expect(url.toString()).not.toContain(verifier) // the verifier never leaves the browser before the exchange
  })

  it('exchanges the code with the verifier, keeps the tokens in sessionStorage and renews them with the refresh token', async () => {
    const manager = new UserManager({ ...oidcSettings(origin), automaticSilentRenew: false })
    const request = await manager['_client'].createSigninRequest({ state: { returnPath: '/my-account' } })
    const state = new URL(request.url).searchParams.get('state')!

    const user = await manager.signinRedirectCallback(`${origin}/auth/callback?code=the-code&state=${state}`)
    expect(tokenRequests[0].get('grant_type')).toBe('authorization_code')
    expect(tokenRequests[0].get('code')).toBe('the-code')
    expect(tokenRequests[0].get('code_verifier')).toBe(request.state.code_verifier)
    expect(tokenRequests[0].get('client_id')).toBe('storefront')
    expect(user.access_token).toBe('access-1')
    expect(user.state).toEqual({ returnPath: '/my-account' })
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('oidc.user:'))).toBe(true)
    expect(Object.keys(localStorage)).toEqual([])

    const renewed = await manager.signinSilent()
    expect(tokenRequests[1].get('grant_type')).toBe('refresh_token')
    expect(tokenRequests[1].get('refresh_token')).toBe('refresh-1')
    expect(renewed?.access_token).toBe('access-2')
  })

  it('refuses a callback whose state it did not issue', async () => {
    const manager = new UserManager({ ...oidcSettings(origin), automaticSilentRenew: false })
    await expect(manager.signinRedirectCallback(`${origin}/auth/callback?code=x&state=forged`)).rejects.toThrow()
    expect(tokenRequests).toEqual([])
  })
})

describe('safeReturnPath', () => {
  it('goes back only to a path of this app', () => {
    expect(safeReturnPath('/c/lighting?page=2')).toBe('/c/lighting?page=2')
    expect(safeReturnPath('https://evil.test/')).toBe('/')
    expect(safeReturnPath('//evil.test/')).toBe('/')
    expect(safeReturnPath('/auth/callback?code=1')).toBe('/')
    expect(safeReturnPath(undefined)).toBe('/')
  })
})
