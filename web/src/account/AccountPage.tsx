import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../api/problem'
import { useAuth } from '../auth/Auth'
import { Field } from '../components/Field'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useAddresses, useProfile, useUpdateProfile, type Profile } from './accountApi'
import { AddressForm } from './AddressForm'
import { AddressList } from './AddressList'
import { ChangePasswordForm } from './ChangePasswordForm'
import { NotificationPreferences } from '../notifications/PreferencesForm'

export default function AccountPage() {
  const { t } = useI18n()
  const { user, ready, signIn } = useAuth()
  const profile = useProfile(!!user)
  const addresses = useAddresses(!!user)
  const [adding, setAdding] = useState(false)

  if (!ready) return <Loading />
  if (!user) {
    return (
      <section>
        <h1>{t('account.title')}</h1>
        <p>{t('auth.required')}</p>
        <button type="button" onClick={() => void signIn('/my-account')}>
          {t('nav.signIn')}
        </button>
      </section>
    )
  }

  return (
    <>
      <h1>{t('account.title')}</h1>
      <section aria-labelledby="profile-title" className="panel">
        <h2 id="profile-title">{t('account.profile')}</h2>
        {profile.isPending && <Loading />}
        {profile.isError && <ProblemMessage error={profile.error} onRetry={() => void profile.refetch()} />}
        {profile.data && <ProfileForm key={profile.data.id} profile={profile.data} />}
      </section>
      <section aria-labelledby="addresses-title" className="panel">
        <h2 id="addresses-title">{t('account.addresses')}</h2>
        {addresses.isPending && <Loading />}
        {addresses.isError && <ProblemMessage error={addresses.error} onRetry={() => void addresses.refetch()} />}
        {addresses.data && <AddressList addresses={addresses.data} />}
        {adding ? (
          <AddressForm onDone={() => setAdding(false)} />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t('account.addAddress')}
          </button>
        )}
      </section>
      <section aria-labelledby="password-title" className="panel">
        <h2 id="password-title">{t('password.title')}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="preferences-title" className="panel">
        <h2 id="preferences-title">{t('preferences.title')}</h2>
        <NotificationPreferences />
      </section>
    </>
  )
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { t } = useI18n()
  const update = useUpdateProfile()
  const [displayName, setDisplayName] = useState(profile.displayName)
  const [phone, setPhone] = useState(profile.phone ?? '')
  const errors = fieldErrors(update.error)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate({ displayName, phone })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field id="profile-email" label={t('account.email')} value={profile.email} readOnly />
      <Field id="profile-name" label={t('account.name')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errors.displayName} />
      <Field id="profile-phone" label={t('account.phone')} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={errors.phone} />
      {update.isError && <ProblemMessage error={update.error} />}
      <p role="status">{update.isSuccess ? t('common.saved') : ''}</p>
      <button type="submit" disabled={update.isPending}>
        {t('common.save')}
      </button>
    </form>
  )
}
