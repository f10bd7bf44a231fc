import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { isStaff } from '../auth/roles'
import { SupportConsole } from './SupportConsole'
import './support.css'

/** `/support`: the console for support agents and admins; everyone else is told it is not for them. */
export default function SupportPage() {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()

  if (!ready) return <Loading />
  if (!user) {
    return (
      <section>
        <h1>{t('support.title')}</h1>
        <p>{t('support.signIn')}</p>
        <button type="button" onClick={() => void signIn('/support')}>
          {t('nav.signIn')}
        </button>
      </section>
    )
  }
  if (!isStaff(user)) {
    return (
      <section>
        <h1>{t('support.title')}</h1>
        <p role="alert" className="problem">
          {t('support.forbidden')}
        </p>
      </section>
    )
  }
  return <SupportConsole agentId={user.profile.sub} accessToken={user.access_token} />
}
