#!/usr/bin/env node
// Gzipped size of what the storefront route loads before it can render: the entry script, the
// modules it preloads and the stylesheet named by dist/index.html (lazy chunks such as the account
// pages are not counted). Run after `npm run build`: `npm run measure`. Exits 1 above the budget.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const budgetKb = 250
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1])

let js = 0
for (const asset of assets) {
  const gzipped = gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length
  if (asset.endsWith('.js')) js += gzipped
  console.log(`${(gzipped / 1024).toFixed(1).padStart(7)} kB gzipped  ${asset}`)
}
console.log(`${(js / 1024).toFixed(1).padStart(7)} kB gzipped JavaScript for the storefront route (budget ${budgetKb} kB)`)
process.exit(js / 1024 > budgetKb ? 1 : 0)
