import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../api/problem'
import { useAuth } from '../auth/Auth'
import { Field } from '../components/Field'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useRegister } from './accountApi'

/** Creates an account through the users service's API, then offers to sign in through its login page. */
export default function RegisterPage() {
  const { t } = useI18n()
  const { signIn } = useAuth()
  const register = useRegister()
  const [form, setForm] = useState({ email: '', password: '', displayName: '' })
  const errors = fieldErrors(register.error)
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    register.mutate(form)
  }

  if (register.isSuccess) {
    return (
      <section>
        <h1>{t('register.title')}</h1>
        <p role="status">{t('register.done', { email: register.data.email })}</p>
        <button type="button" onClick={() => void signIn('/my-account')}>
          {t('nav.signIn')}
        </button>
      </section>
    )
  }

  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <form onSubmit={submit} noValidate>
        <Field id="reg-email" label={t('register.email')} type="email" autoComplete="email" required value={form.email} onChange={set('email')} error={errors.email} />
        <Field id="reg-name" label={t('register.name')} autoComplete="name" value={form.displayName} onChange={set('displayName')} error={errors.displayName} />
        <Field
          id="reg-password"
          label={t('register.password')}
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={set('password')}
          hint={t('register.passwordHint')}
          error={errors.password}
        />
        {register.isError && <ProblemMessage error={register.error} />}
        <button type="submit" disabled={register.isPending}>
          {t('register.submit')}
        </button>
      </form>
    </section>
  )
}
