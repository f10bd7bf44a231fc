import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useAuth } from '../auth/Auth'
import { itemCount } from '../cart/cart'
import { useCart } from '../cart/CartContext'
import { locales, useI18n, type Locale } from '../i18n/I18n'
import { isAdmin, isStaff } from '../auth/roles'
import { NotificationsLink } from '../notifications/NotificationsLink'

export function Header() {
  const { t, locale, setLocale } = useI18n()
  const { user, signIn, signOut } = useAuth()
  const { lines } = useCart()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [text, setText] = useState(params.get('q') ?? '')
  const count = itemCount(lines)

  const search = (event: FormEvent) => {
    event.preventDefault()
    const q = text.trim()
    if (q) navigate(`/search?${new URLSearchParams({ q })}`)
  }

  return (
    <header className="header">
      <Link to="/" className="logo">
        {t('app.name')}
      </Link>
      <form role="search" onSubmit={search} className="search">
        <label htmlFor="site-search" className="visually-hidden">
          {t('nav.search')}
        </label>
        <input id="site-search" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('nav.search')} maxLength={200} />
        <button type="submit">{t('nav.searchButton')}</button>
      </form>
      <div className="header-actions">
        <label className="locale">
          <span className="visually-hidden">{t('nav.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {Object.entries(locales).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <Link to="/cart" className="cart-link" aria-label={t('nav.cartCount', { count })}>
          {t('nav.cart')} <span className="badge" data-testid="cart-count">{count}</span>
        </Link>
        {user ? (
          <>
            {isStaff(user) && <Link to="/support">{t('nav.support')}</Link>}
            <Link to="/orders">{t('nav.orders')}</Link>
            <NotificationsLink />
            <Link to="/my-account">{t('nav.account')}</Link>
            {isAdmin(user) && <Link to="/admin">{t('nav.admin')}</Link>}
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="link-button" onClick={() => void signIn()}>
              {t('nav.signIn')}
            </button>
            <Link to="/register">{t('nav.register')}</Link>
          </>
        )}
      </div>
    </header>
  )
}
