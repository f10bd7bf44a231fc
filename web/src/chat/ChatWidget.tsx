import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { isStaff } from '../auth/roles'
import './chatWidget.css'

// The conversation (and SignalR with it) loads only when a signed-in shopper opens the chat.
const ChatPanel = lazy(() => import('./ChatPanel'))
const openKey = 'k8sshop.chat.open'

/** The "chat with us" button on every page, and the panel it opens: a sign-in prompt, or the conversation. */
export function ChatWidget() {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()
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

  return (
    <div className="chat-widget">
      {open && (
        <section
          id="chat-panel"
          ref={panel}
          tabIndex={-1}
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
              <ChatPanel />
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
      <button type="button" ref={launcher} className="chat-launcher" aria-expanded={open} aria-controls="chat-panel" onClick={toggle}>
        {t(open ? 'chat.hide' : 'chat.open')}
      </button>
    </div>
  )
}
