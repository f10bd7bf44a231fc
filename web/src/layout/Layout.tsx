import { useRef } from 'react'
import { Link, NavLink, Outlet } from 'react-router'
import { useCategories } from '../catalog/catalogApi'
import { Header } from './Header'
import { ChatWidget } from '../chat/ChatWidget'
import { useI18n } from '../i18n/I18n'
import { useFocusOnNavigate } from './useFocusOnNavigate'

export function Layout() {
  const { t } = useI18n()
  const categories = useCategories()
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <nav aria-label={t('nav.categories')} className="categories-nav">
        <ul>
          {categories.data?.map((category) => (
            <li key={category.id}>
              <NavLink to={`/c/${category.slug}`}>{category.name}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
      <footer className="footer">
        <Link to="/">{t('app.name')}</Link>
      </footer>
      <ChatWidget />
    </>
  )
}
