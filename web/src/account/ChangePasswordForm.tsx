import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../api/problem'
import { Field } from '../components/Field'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useChangePassword } from './accountApi'

/** Changes the password with the current one; the users service then ends the other sessions. */
export function ChangePasswordForm() {
  const { t } = useI18n()
  const change = useChangePassword()
  const [form, setForm] = useState({ currentPassword: '', newPassword: '', repeat: '' })
  const [mismatch, setMismatch] = useState(false)
  const errors = fieldErrors(change.error)
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (form.newPassword !== form.repeat) {
      setMismatch(true)
      return
    }
    setMismatch(false)
    change.mutate({ currentPassword: form.currentPassword, newPassword: form.newPassword }, { onSuccess: () => setForm({ currentPassword: '', newPassword: '', repeat: '' }) })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('password.title')}>
      <Field id="pw-current" label={t('password.current')} type="password" autoComplete="current-password" required value={form.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} />
      <Field id="pw-new" label={t('password.new')} type="password" autoComplete="new-password" required value={form.newPassword} onChange={set('newPassword')} hint={t('register.passwordHint')} error={errors.newPassword} />
      <Field id="pw-repeat" label={t('password.repeat')} type="password" autoComplete="new-password" required value={form.repeat} onChange={set('repeat')} error={mismatch ? t('password.mismatch') : undefined} />
      {change.isError && <ProblemMessage error={change.error} />}
      <p role="status">{change.isSuccess ? t('password.changed') : ''}</p>
      <button type="submit" disabled={change.isPending}>
        {t('password.submit')}
      </button>
    </form>
  )
}
