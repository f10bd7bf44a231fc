import type { ReactNode } from 'react'
import { Pager } from './Pager'

/** One page of an admin list as a table that scrolls sideways on small screens, with the pager under it. */
export function PagedTable({ page, onPage, children }: { page: { page: number; pageSize: number; total: number }; onPage: (page: number) => void; children: ReactNode }) {
  return (
    <>
      <div className="table-wrap">
        <table>{children}</table>
      </div>
      <Pager page={page.page} pageSize={page.pageSize} total={page.total} onPage={onPage} />
    </>
  )
}
