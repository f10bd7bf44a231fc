import { describe, expect, it } from 'vitest'
import { hubError } from './fakeChatHub'
import { chatErrorCode } from './chatErrors'
import { reconnectDelay } from './chatConnection'

describe('chat errors', () => {
  it("reads the stable code of the hub's refusals and nothing else", () => {
    expect(chatErrorCode(hubError('TakeConversation', 'conversation-taken'))).toBe('conversation-taken')
    expect(chatErrorCode(new Error("An unexpected error occurred invoking 'SendMessage' on the server."))).toBeNull()
    expect(chatErrorCode(new Error('HubException: made-up: no such code'))).toBeNull()
    expect(chatErrorCode('not an error')).toBeNull()
  })
})

describe('reconnecting', () => {
  it('retries quickly at first, then every 15 seconds without giving up', () => {
    expect([0, 1, 2, 3, 4, 10, 1000].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000])
  })
})
