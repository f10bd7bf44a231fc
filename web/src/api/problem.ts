/** An RFC 9457 problem as the shop's services answer it (ProblemDetails, validation errors included). */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: Record<string, string[]>
  traceId?: string
}

/** A failed API call: the HTTP status and, when the body was a problem, the problem. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && ('title' in value || 'type' in value || 'errors' in value)
}

/** The field errors of a validation problem, one message per field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem?.errors) return {}
  const found: Record<string, string> = {}
  for (const [field, messages] of Object.entries(error.problem.errors)) {
    found[field.charAt(0).toLowerCase() + field.slice(1)] = messages.join(' ')
  }
  return found
}
