import type { Translate } from '../i18n/I18n'
import type { MessageKey } from '../i18n/messages'

/** The stable codes the hub's errors start with (services/chat/Live/ChatErrors.cs). */
const known = ['not-found', 'forbidden', 'conversation-closed', 'conversation-taken', 'message-empty', 'message-too-long', 'rate-limited'] as const
export type ChatErrorCode = (typeof known)[number]

/**
 * The code of a failed hub call. SignalR's client reports a server HubException as
 * "An unexpected error occurred invoking 'X' on the server. HubException: <code>: <text>";
 * the code is the part we may rely on, the English text is not shown.
 */
export function chatErrorCode(error: unknown): ChatErrorCode | null {
  const message = error instanceof Error ? error.message : String(error)
  const code = /HubException: ([a-z-]+):/.exec(message)?.[1]
  return (known as readonly string[]).includes(code ?? '') ? (code as ChatErrorCode) : null
}

/** A readable sentence for a failed hub call, in the chosen language. */
export function chatErrorText(error: unknown, t: Translate): string {
  const code = chatErrorCode(error)
  return t(code ? (`chat.error.${code}` as MessageKey) : 'chat.error.unavailable')
}
