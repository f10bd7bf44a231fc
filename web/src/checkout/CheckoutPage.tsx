import { SignInRequired } from '../account/SignInRequired'
import { useI18n } from '../i18n/I18n'
import { CheckoutForm } from './CheckoutForm'

export default function CheckoutPage() {
  const { t } = useI18n()
  return (
    <SignInRequired title={t('checkout.title')}>
      <CheckoutForm />
    </SignInRequired>
  )
}
