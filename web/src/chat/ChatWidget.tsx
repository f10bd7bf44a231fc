import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { isStaff } from '../auth/roles'
import { useMyConversation } from './chatApi'
import './chatWidget.css'

// The conversation (and SignalR with it) loads only when a signed-in shopper opens the chat or has one going on.
const ChatPanel = lazy(() => import('./ChatPanel'))
const openKey = 'k8sshop.chat.open'

/**
 * The "chat with us" button on every page, and the panel it opens: a sign-in prompt, or the conversation.
 * While a shopper has a conversation going on, the panel stays connected behind the closed button, which
 * counts support's unread replies; opening it marks them read (read receipts) and clears the count.
 */
export function ChatWidget() {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()
  const shopper = !!user && !isStaff(user)
  const live = useMyConversation(shopper)
  const [unread, setUnread] = useState(0)
  // Kept for the tab, so a conversation that was open is open again after a reload.
  const [open, setOpen] = useState(() => sessionStorage.getItem(openKey) === '1')
  const launcher = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLElement>(null)

  useEffect(() => {
    if (open) sessionStorage.setItem(openKey, '1')
    else sessionStorage.removeItem(openKey)
  }, [open])

  // Agents answer from the support console; the widget is for shoppers.
  if (!ready || isStaff(user)) return null

  const toggle = () => {
    setOpen((was) => !was)
    if (!open) requestAnimationFrame(() => panel.current?.focus())
  }
  const minimise = () => {
    setOpen(false)
    launcher.current?.focus()
  }

  const connected = open || (shopper && !!live.data)
  const badge = !open && unread > 0

  return (
    <div className="chat-widget">
      {connected && (
        <section
          id="chat-panel"
          ref={panel}
          tabIndex={-1}
          hidden={!open}
          className="chat-panel"
          aria-labelledby="chat-panel-title"
          onKeyDown={(e) => e.key === 'Escape' && minimise()}
        >
          <header className="chat-panel-head">
            <h2 id="chat-panel-title">{t('chat.title')}</h2>
            <button type="button" className="link-button" onClick={minimise} aria-label={t('chat.minimise')}>
              ✕
            </button>
          </header>
          {user ? (
            <Suspense fallback={<Loading />}>
              <ChatPanel shown={open} onUnread={setUnread} />
            </Suspense>
          ) : (
            <div className="chat-signin">
              <p>{t('chat.signInPrompt')}</p>
              <button type="button" onClick={() => void signIn()}>
                {t('nav.signIn')}
              </button>
            </div>
          )}
        </section>
      )}
      <button
        type="button"
        ref={launcher}
        className="chat-launcher"
        aria-expanded={open}
        aria-controls="chat-panel"
        aria-label={badge ? t(unread === 1 ? 'chat.openUnread.one' : 'chat.openUnread.many', { count: unread }) : undefined}
        onClick={toggle}
      >
        {t(open ? 'chat.hide' : 'chat.open')}
        {badge && (
          <span className="chat-unread" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
    </div>
  )
}
