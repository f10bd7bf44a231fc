import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// jsdom lays nothing out, so it has no scrolling; pages that scroll to the top on navigation would log its error.
window.scrollTo = () => {}

// findBy… and waitFor give up after 1 s by default, which a loaded CI machine can exceed for lazy chunks.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
})
