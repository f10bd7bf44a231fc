import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { useI18n } from '../i18n/I18n'
import { useAuth } from './Auth'

/** Where the users service sends the browser back with the code; exchanges it, then returns to where the shopper was. */
export function AuthCallbackPage() {
  const { t } = useI18n()
  const { completeSignIn } = useAuth()
  const navigate = useNavigate()
  const [failed, setFailed] = useState(false)
  const started = useRef(false) // the code is single-use: StrictMode's second effect must not redeem it again

  useEffect(() => {
    if (started.current) return
    started.current = true
    completeSignIn().then(
      (returnPath) => navigate(returnPath, { replace: true }),
      () => setFailed(true),
    )
  }, [completeSignIn, navigate])

  return <p role={failed ? 'alert' : 'status'}>{failed ? t('auth.failed') : t('auth.signingIn')}</p>
}
