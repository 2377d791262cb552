/**
 * `bedstaff total NORM-TEXT --base KIND=VALUE [--year Y] [--vintage V] [--rounding R]
 * [--quantity Q]`: reads the norm with parseNorm, makes the rate and the base, and calls
 * totalFromRate. The rounding, when not given, is `floor` for a cap (≤, <) and `ceil`
 * otherwise; the result names it.
 */
import { totalFromRate } from '../../derive/total-from-rate.js'
import { atPath, BedstaffError } from '../../errors.js'
import { parseNorm } from '../../norm/parse-norm.js'
import {
  assertBaseKind,
  type BaseKind,
  base,
  type PopulationBase,
  type Vintage,
} from '../../population/base.js'
import { rate } from '../../quantity/rate.js'
import { renderTotal } from '../../report/render.js'
import type { Rounding } from '../../rounding.js'
import { keyValue, type Parsed, stringOption, yearOption } from '../args.js'
import { badArgument, inFile } from '../failure.js'
import type { Io } from '../io.js'
import { renderOptions } from './analyses.js'
import type { CommandResult } from './result.js'

const FORM_ZH: Readonly<Record<string, string>> = {
  rate: '按人口标准',
  ratio: '比值',
  'per-unit': '按单位标准',
  share: '比例',
  level: '水平值',
}

function makeBase(
  kind: BaseKind,
  value: string,
  opts: { year: number; vintage: Vintage },
): PopulationBase {
  const o = { ...opts, source: { document: 'command line', note: `--base ${kind}=${value}` } }
  switch (kind) {
    case 'elderly':
      return base.elderly(value, { ...o, ageMin: null })
    case 'children':
      return base.children(value, { ...o, ageMin: 0, ageMax: null })
    default:
      return base[kind](value, o)
  }
}

/** Computes the total a per-capita norm requires of a base. */
export function totalCommand(p: Parsed, io: Io): CommandResult {
  const text = p.positionals[0] ?? ''
  const baseSpec = stringOption(p, 'base')
  if (baseSpec === undefined) {
    badArgument(
      '"total" needs --base KIND=VALUE, e.g. --base resident=2000000',
      '「total」需要 --base KIND=VALUE，例如 --base resident=2000000',
    )
  }
  const [kindText, value] = keyValue('base', baseSpec)
  const year = yearOption(p) ?? io.year()
  const total = inFile(null, () => {
    const norm = parseNorm(text)
    if (norm.form !== 'rate' || norm.value.type !== 'point' || norm.scale === null) {
      const form = norm.value.type === 'range' ? `${norm.form} (a range)` : norm.form
      throw new BedstaffError('norm-not-a-rate', ['text'], {
        received: text,
        form,
        formZh: `${FORM_ZH[norm.form] ?? norm.form}${norm.value.type === 'range' ? '（区间）' : ''}`,
      })
    }
    const quantity = stringOption(p, 'quantity') ?? norm.quantity
    if (quantity === null) {
      badArgument(
        `"${text}" names no quantity; give --quantity (beds, physicians, nurses, …)`,
        `「${text}」未写明资源类型，请用 --quantity 指定（beds、physicians、nurses 等）`,
      )
    }
    const kind = assertBaseKind(kindText, ['--base'])
    const vintage = (stringOption(p, 'vintage') ?? 'estimate') as Vintage
    const b = atPath(['--base'], () => makeBase(kind, value, { year, vintage }))
    const r = rate(quantity as 'beds', norm.value.number.value, {
      per: norm.scale.per,
      base: norm.scale.base ?? kind,
    })
    const cap = norm.comparator === 'le' || norm.comparator === 'lt'
    const rounding = (stringOption(p, 'rounding') ?? (cap ? 'floor' : 'ceil')) as Rounding
    return totalFromRate(r, b as PopulationBase<typeof r.base>, { rounding })
  })
  return { text: renderTotal(total, renderOptions(p)), code: 0 }
}
