/** A request the component sent: method, path with query, and the parsed JSON body. */
export interface SentRequest {
  method: string
  path: string
  body: unknown
}

type Answer = { status?: number; body?: unknown }

/**
 * A fetch for component tests: each call is recorded and answered by `answer` (200 with its body by
 * default; a status of 400 or more is sent as application/problem+json, as the services do).
 */
export function scriptedApi(answer: (request: SentRequest) => Answer | undefined) {
  const sent: SentRequest[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://shop.test')
    const request = { method: (init.method ?? 'GET').toUpperCase(), path: url.pathname + url.search, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined }
    sent.push(request)
    const { status = 200, body = null } = answer(request) ?? { status: 404, body: { title: 'Not Found', status: 404, detail: `Nothing at ${request.path}.` } }
    return new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    })
  }
  return { fetch, sent }
}

/** A validation problem as ASP.NET Core writes it. */
export function validationProblem(errors: Record<string, string[]>) {
  return { status: 400, body: { type: 'https://k8sshop.io/problems/validation', title: 'One or more validation errors occurred.', status: 400, errors } }
}
