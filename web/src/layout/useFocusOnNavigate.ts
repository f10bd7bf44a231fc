import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/**
 * After the shopper moves to another page, the focus goes to its main region, as a full page load would put
 * it at the top: otherwise the link just followed is gone, the focus falls back to the document, and the next
 * Tab starts nowhere useful. The first render keeps the browser's own start; a change of query string only
 * (filters, sorting, paging) is the same page and leaves the focus where the shopper put it.
 */
export function useFocusOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.focus({ preventScroll: true })
    window.scrollTo(0, 0)
  }, [pathname, main])
}
