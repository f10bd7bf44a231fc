import { useCallback, useEffect, useState } from 'react'
import type { ChatLink, Conversation } from '../chat/chatTypes'
import { fetchAssignedTo } from './supportApi'

const oldestFirst = (a: Conversation, b: Conversation) => Date.parse(a.openedAtUtc) - Date.parse(b.openedAtUtc)
const without = (list: Conversation[], id: string) => list.filter((c) => c.id !== id)

/**
 * The support queue, live: the waiting conversations (longest waiting first) and the ones this agent
 * has taken. Both are read again after every (re)connection, since events missed meanwhile are lost.
 */
export function useSupportQueue(link: ChatLink | null, agentId: string) {
  const [queue, setQueue] = useState<Conversation[] | null>(null)
  const [mine, setMine] = useState<Conversation[]>([])
  const [error, setError] = useState<unknown>(null)
  const [attempt, setAttempt] = useState(0)
  const hub = link?.hub
  const connected = link?.status === 'connected'
  const epoch = link?.epoch ?? 0

  useEffect(() => {
    if (!hub) return
    const queued = (c: Conversation) => setQueue((q) => (q && !q.some((x) => x.id === c.id) ? [...q, c].sort(oldestFirst) : q))
    const assigned = (c: Conversation) => {
      setQueue((q) => q && without(q, c.id))
      if (c.agentId === agentId) setMine((m) => [...without(m, c.id), c])
    }
    const closed = (c: Conversation) => {
      setQueue((q) => q && without(q, c.id))
      setMine((m) => without(m, c.id))
    }
    hub.on('ConversationQueued', queued)
    hub.on('ConversationAssigned', assigned)
    hub.on('ConversationClosed', closed)
    return () => {
      hub.off('ConversationQueued', queued)
      hub.off('ConversationAssigned', assigned)
      hub.off('ConversationClosed', closed)
    }
  }, [hub, agentId])

  useEffect(() => {
    if (!hub || !connected) return
    let current = true
    Promise.all([hub.invoke<Conversation[]>('WatchQueue'), fetchAssignedTo(agentId)]).then(
      ([waiting, taken]) => {
        if (!current) return
        setError(null)
        setQueue(waiting)
        setMine(taken)
      },
      (failure: unknown) => current && setError(failure),
    )
    return () => {
      current = false
    }
  }, [hub, connected, epoch, agentId, attempt])

  /** Takes a waiting conversation; of agents racing for it one wins, the others get `conversation-taken`. */
  const take = useCallback(
    async (id: string) => {
      if (!hub) throw new Error('not connected')
      try {
        const conversation = await hub.invoke<Conversation>('TakeConversation', id)
        setQueue((q) => q && without(q, id))
        setMine((m) => [...without(m, id), conversation])
        return conversation
      } catch (failure) {
        setQueue((q) => q && without(q, id)) // taken by someone else, or closed: it is not waiting any more
        throw failure
      }
    },
    [hub],
  )

  return { queue, mine, error, retry: () => setAttempt((n) => n + 1), take }
}
