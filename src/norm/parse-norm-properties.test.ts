/**
 * Properties of parseNorm and normalizeNormText over generated decimals, ranges, any string and
 * any sequence of norm vocabulary.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BedstaffError } from '../errors.js'
import type { ParsedNorm } from './norm.js'
import { expected, expectNormError, num, point, range } from './norm-test-helpers.js'
import { normalizeNormText, parseNorm } from './parse-norm.js'

/** A decimal as printed: integer part without leading zeros, optional fraction (zeros kept). */
const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^\d{1,3}$/)))
  .map(([int, frac]) => (frac === null ? `${int}` : `${int}.${frac}`))

/** The exact value of a printed decimal, computed without the library: trailing zeros dropped. */
function exactOf(printed: string): string {
  const [int = '', frac = ''] = printed.split('.')
  const trimmed = frac.replace(/0+$/, '')
  return trimmed === '' ? int : `${int}.${trimmed}`
}

const VOCABULARY = [
  '每',
  '千',
  '万',
  '10万',
  '3万',
  '常住',
  '户籍',
  '人口',
  '人',
  '名',
  '张',
  '辆',
  '个',
  '床',
  '床位',
  '托位',
  '救护车',
  '负压',
  '医师',
  '护士',
  '全科医生',
  '卫技人员',
  '医护比',
  '不低于',
  '不少于',
  '以上',
  '以下',
  '不超过',
  '左右',
  '约',
  '控制在',
  '达到',
  '力争',
  '逐步',
  '且',
  '各',
  '岁',
  '年',
  '(',
  ')',
  '（',
  '其中',
  ':',
  '∶',
  '-',
  '～',
  '/',
  '.',
  '%',
  '‰',
  '≥',
  '≤',
  '0',
  '1',
  '2',
  '5',
  '2025',
  '4.58',
  '0.7',
  '１',
  ' ',
  '两',
  '三',
  '十',
  '百',
  '第',
  '级',
  '至',
  '亿',
  '=',
  '>',
]
const vocabularyText = fc.string({ unit: fc.constantFrom(...VOCABULARY), maxLength: 12 })

/** Calls parseNorm and reports whether it threw a BedstaffError at ['text'] (rethrows anything else). */
function parsesOrFailsCleanly(text: string): ParsedNorm | BedstaffError {
  try {
    return parseNorm(text)
  } catch (e) {
    if (e instanceof BedstaffError && e.path.length === 1 && e.path[0] === 'text') return e
    throw e
  }
}

const DECIMAL = /^\d+(?:\.\d+)?$/

function checkComplete(n: ParsedNorm): void {
  const numbers =
    n.value.type === 'point'
      ? [n.value.number, ...(n.value.alternate === null ? [] : [n.value.alternate])]
      : [n.value.min, n.value.max]
  for (const p of [...numbers, ...(n.floor === null ? [] : [n.floor])]) {
    expect(p.value).toMatch(DECIMAL)
  }
  for (const key of Object.keys(expected('', { value: point('0') })) as (keyof ParsedNorm)[]) {
    expect(n[key]).not.toBeUndefined()
  }
}

describe('parseNorm: properties', () => {
  it('parse of 每千常住人口{v}张 returns v exactly for any decimal v', () => {
    fc.assert(
      fc.property(decimalText, (v) => {
        const n = parseNorm(`每千常住人口${v}张`)
        expect(n.value).toEqual(point(exactOf(v), v))
        expect(n.scale).toEqual({ per: '1000', base: 'resident' })
        expect(n.quantity).toBe('beds')
      }),
      { numRuns: 1000 },
    )
  })

  it('a range a-b parses to [a, b] when a ≤ b and throws norm-invalid-range when a > b', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const aValue = exactOf(a)
        const bValue = exactOf(b)
        const aBelowB = compareDecimals(aValue, bValue) <= 0
        if (aBelowB)
          expect(parseNorm(`${a}-${b}名`).value).toEqual(range(num(aValue, a), num(bValue, b)))
        else expectNormError(`${a}-${b}名`, 'norm-invalid-range')
      }),
      { numRuns: 1000 },
    )
  })

  it('any string either parses to a complete norm or throws a BedstaffError at [text] (never another exception)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        ),
        (text) => {
          const r = parsesOrFailsCleanly(text)
          if (!(r instanceof BedstaffError)) checkComplete(r)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('any sequence of norm vocabulary either parses to a complete norm or throws a BedstaffError at [text]', () => {
    fc.assert(
      fc.property(vocabularyText, (text) => {
        const r = parsesOrFailsCleanly(text)
        if (!(r instanceof BedstaffError)) checkComplete(r)
      }),
      { numRuns: 1000 },
    )
  })

  it('normalizing is idempotent and parsing the normalized text gives the same norm', () => {
    fc.assert(
      fc.property(vocabularyText, (text) => {
        const once = normalizeNormText(text)
        expect(normalizeNormText(once)).toBe(once)
        const a = parsesOrFailsCleanly(text)
        const b = parsesOrFailsCleanly(once)
        if (a instanceof BedstaffError || b instanceof BedstaffError) {
          expect(
            b instanceof BedstaffError && a instanceof BedstaffError && a.code === b.code,
          ).toBe(true)
        } else {
          expect({ ...b, text: a.text }).toEqual(a)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

/** Compares two plain non-negative decimal strings without the library's arithmetic. */
function compareDecimals(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.')
  const [bi = '', bf = ''] = b.split('.')
  if (ai.length !== bi.length) return ai.length - bi.length
  const width = Math.max(af.length, bf.length)
  const x = ai + af.padEnd(width, '0')
  const y = bi + bf.padEnd(width, '0')
  return x === y ? 0 : x < y ? -1 : 1
}
