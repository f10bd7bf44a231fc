import type { ReactNode } from 'react'
import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { isAdmin } from '../auth/roles'

/** The back-office for admins only: others are asked to sign in, or told it is not for them. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()
  if (!ready) return <Loading />
  if (!user) {
    return (
      <section>
        <h1>{t('admin.title')}</h1>
        <p>{t('admin.signInRequired')}</p>
        <button type="button" onClick={() => void signIn(window.location.pathname + window.location.search)}>
          {t('nav.signIn')}
        </button>
      </section>
    )
  }
  if (!isAdmin(user)) {
    return (
      <section>
        <h1>{t('admin.title')}</h1>
        <p role="alert" className="problem">
          {t('admin.forbidden')}
        </p>
      </section>
    )
  }
  return children
}
