/**
 * `npm start`: the Cixi 2021–2025 derivations (seed 003), printed with their bases, rounding
 * and sources. Reads nothing and writes only to stdout.
 */
import {
  base,
  compoundMinimum,
  impliedPopulation,
  increment,
  rate,
  rateFromTotal,
  ratio,
  ratioOf,
  share,
  sumComponents,
  throughRatio,
  toDecimal,
  totalFromRate,
} from '../index.js'

const doc = '003_060dd4848616d4d7.txt'
const residents = base.resident(2_000_000, {
  year: 2025,
  vintage: 'derived',
  source: { document: doc, line: 143, note: '9160 / 4.58 × 1000; the plan prints no population' },
})
const lines: string[] = []
const say = (s = '') => lines.push(s)
const b = `${residents.kind} ${residents.value} (${residents.year}, ${residents.vintage})`

say('bedstaff — Cixi 2021–2025 (慈溪市医疗卫生服务体系暨医疗机构设置“十四五”规划)')
say(`base: ${b}`)
say()
for (const [quantity, value, line, label] of [
  ['beds', '4.58', 143, '床位 beds'],
  ['physicians', '3.65', 688, '执业（助理）医师 physicians'],
  ['nurses', '4.2', 688, '注册护士 nurses'],
] as const) {
  const r = rate(quantity, value, { per: 1000, base: 'resident', source: { document: doc, line } })
  const t = totalFromRate(r, residents, { rounding: 'ceil' })
  say(
    `${label}: ${value} per 1,000 × ${residents.value} = ${t.exact} → ${t.count} (rounding ${t.rounding}; ${doc} L${line})`,
  )
}
say()
const beds = rate('beds', '4.58', { per: 1000, base: 'resident' })
const p = impliedPopulation(9160, beds)
say(`implied population from 9160 beds at printed 4.58: ${p.exact}`)
say(
  `  interval ${p.interval.loClosed ? '[' : '('}${toDecimal(p.interval.lo).toFixed(2)}, ${toDecimal(p.interval.hi).toFixed(2)}${p.interval.hiClosed ? ']' : ')'}`,
)
const mh = ratioOf(
  { quantity: 'physicians', value: '7300' },
  { quantity: 'nurses', value: '8400' },
  { decimals: 2, rounding: 'half-up' },
)
say(
  `医护比 8400 / 7300 = ${mh.exact.slice(0, 8)}… → ${mh.display} (half-up, 2 dp; the text says 1:1.15, 附表1 prints 1:1.16)`,
)
say(
  `2020 stocks: beds ${increment({ quantity: 'beds', value: '9160' }, { quantity: 'beds', value: '2305' })}, physicians ${increment({ quantity: 'physicians', value: '7300' }, { quantity: 'physicians', value: '2758' })}, nurses ${increment({ quantity: 'nurses', value: '8400' }, { quantity: 'nurses', value: '4072' })} (target − planned increase, L143, L688)`,
)
say()
const parts = sumComponents([6005, 2151, 1004], 9160)
say(`bed components 6005 + 2151 + 1004 = ${parts.sum} (total 9160, residual ${parts.residual})`)
for (const [total, printed] of [
  [6005, '3.00'],
  [2151, '1.08'],
  [1004, '0.50'],
] as const) {
  const r = rateFromTotal(total, residents, { per: 1000, decimals: 2, rounding: 'half-up' })
  say(`  ${total} / 2000 = ${r.exact} → prints ${r.display} (document: ${printed})`)
}
say()
const ambulanceBase = base.serviceFrom(residents, 3)
const amb = totalFromRate(rate('ambulances', '1', { per: 30000, base: 'service' }), ambulanceBase, {
  rounding: 'ceil',
})
const np = compoundMinimum(amb, share('negative-pressure-ambulances', 'ambulances', '20%'), 2)
say(
  `ambulances: 1 per 30,000 of 300% × ${residents.value} = ${ambulanceBase.value} → ${amb.count} (ceil; L706)`,
)
say(`  negative-pressure: max(ceil(20% × ${amb.count}), 2) = ${np.count} (binding: ${np.binding})`)
for (const [quantity, per, label] of [
  ['physicians', '1', 'physicians'],
  ['nurses', '1', 'nurses'],
  ['ambulance-aides', '2', 'aides'],
] as const) {
  const c = throughRatio(amb, ratio('ambulances', quantity, per), { rounding: 'ceil' })
  say(`  crew ${label}: ${per} per ambulance → ${c.count} (L699)`)
}
process.stdout.write(`${lines.join('\n')}\n`)
