import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../api/problem'
import { Field } from '../components/Field'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { locales, useI18n } from '../i18n/I18n'
import { usePreferences, useSavePreferences, type Preferences } from './notificationsApi'

/** Which channels the shopper is told on (email, SMS, in the shop) and in which language. */
export function NotificationPreferences() {
  const preferences = usePreferences(true)
  if (preferences.isPending) return <Loading />
  if (preferences.isError) return <ProblemMessage error={preferences.error} onRetry={() => void preferences.refetch()} />
  return <PreferencesForm saved={preferences.data} />
}

function PreferencesForm({ saved }: { saved: Preferences }) {
  const { t } = useI18n()
  const save = useSavePreferences()
  const [form, setForm] = useState<Preferences>(saved)
  const errors = fieldErrors(save.error)
  const toggle = (name: 'email' | 'sms' | 'inApp') => (
    <div>
      <label className="check">
        <input type="checkbox" checked={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.checked })} aria-describedby={errors[name] ? `pref-${name}-error` : undefined} />
        {t(`preferences.${name}`)}
      </label>
      {errors[name] && (
        <small id={`pref-${name}-error`} className="field-error">
          {errors[name]}
        </small>
      )}
    </div>
  )
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ ...form, phoneNumber: form.phoneNumber?.trim() ? form.phoneNumber.trim() : null })
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('preferences.title')}>
      <fieldset>
        <legend>{t('preferences.channels')}</legend>
        {toggle('email')}
        {toggle('inApp')}
        {toggle('sms')}
      </fieldset>
      <Field
        id="pref-phone"
        label={t('preferences.phone')}
        type="tel"
        autoComplete="tel"
        value={form.phoneNumber ?? ''}
        onChange={(e) => setForm({ ...form, phoneNumber: e.target.value })}
        hint={t('preferences.phoneHint')}
        error={errors.phoneNumber}
      />
      <div className="field">
        <label htmlFor="pref-locale">{t('preferences.locale')}</label>
        <select id="pref-locale" value={form.locale ?? ''} onChange={(e) => setForm({ ...form, locale: e.target.value || null })}>
          <option value="">{t('preferences.localeAccount')}</option>
          {Object.entries(locales).map(([code, name]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {save.isError && <ProblemMessage error={save.error} />}
      <p role="status">{save.isSuccess ? t('common.saved') : ''}</p>
      <button type="submit" disabled={save.isPending}>
        {t('common.save')}
      </button>
    </form>
  )
}
