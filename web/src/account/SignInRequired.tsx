import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'

/** Shows its children to a signed-in shopper; anyone else is offered to sign in and come back here. */
export function SignInRequired({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()
  const location = useLocation()
  if (!ready) return <Loading />
  if (user) return <>{children}</>
  return (
    <section>
      <h1>{title}</h1>
      <p>{t('auth.requiredHere')}</p>
      <button type="button" onClick={() => void signIn(location.pathname + location.search)}>
        {t('nav.signIn')}
      </button>
    </section>
  )
}
