/**
 * Through a ratio, and the ratio of two amounts. Cixi 2021–2025 (seed 003;
 * fixtures/cixi-2021-2025.json): 执业（助理）医师 7300 and 注册护士 8400, 医护比逐步达到1:1.15 (L688),
 * so 4542 physicians and 4328 nurses in 2020 (7300 − 2758, 8400 − 4072); 床人比 1:1.25 and 每床
 * 不少于0.7人 (L697).
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from '../quantity/kinds.js'
import { ratio } from '../quantity/ratio.js'
import type { Rounding } from '../rounding.js'
import type { Amount } from './amount.js'
import { ratioOf, throughRatio } from './through-ratio.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

const physicians = (value: string) => ({ quantity: 'physicians', value }) as const
const nurses = (value: string) => ({ quantity: 'nurses', value }) as const
const doctorNurse = ratio('physicians', 'nurses', '1.15')

describe('throughRatio', () => {
  it('7300 physicians at 1:1.15 need 8395 nurses', () => {
    const t = throughRatio(physicians('7300'), doctorNurse, { rounding: 'ceil' })
    expect(t).toEqual({
      type: 'through-ratio',
      quantity: 'nurses',
      from: '7300',
      exact: '8395',
      count: 8395,
      rounding: 'ceil',
      ratio: doctorNurse,
    })
    expect(t.ratio).toBe(doctorNurse)
    expect(Object.isFrozen(t)).toBe(true)
  })

  it.each([
    ['ceil', 5224],
    ['floor', 5223],
    ['half-up', 5223],
    ['half-even', 5223],
    ['none', null],
  ] as const)(
    '4542 physicians of 2020 at 1:1.15 are 5223.3 nurses, counted %s as %s',
    (r, count) => {
      expect(throughRatio(physicians('4542'), doctorNurse, { rounding: r })).toMatchObject({
        exact: '5223.3',
        count,
        rounding: r,
      })
    },
  )

  it('1000 beds need 1250 health-technical staff at 1:1.25 and 700 nurses at 0.7 a bed (L697)', () => {
    const beds = { quantity: 'beds', value: '1000' } as const
    expect(
      throughRatio(beds, ratio('beds', 'health-technical-staff', '1.25'), { rounding: 'ceil' })
        .count,
    ).toBe(1250)
    expect(throughRatio(beds, ratio('beds', 'nurses', '0.7'), { rounding: 'floor' }).count).toBe(
      700,
    )
  })

  it('takes a derivation’s count where it has one', () => {
    const counted = { quantity: 'physicians', exact: '7299.6', count: 7300 } as const
    expect(throughRatio(counted, doctorNurse, { rounding: 'none' }).exact).toBe('8395')
    expect(throughRatio({ ...counted, count: null }, doctorNurse, { rounding: 'none' }).exact).toBe(
      '8394.54',
    )
  })

  it('throws kind-mismatch for beds through a physician:nurse ratio, at from.quantity', () => {
    const beds = { quantity: 'beds', value: '1000' } as Amount<QuantityKind>
    expect(() =>
      throughRatio(beds as Amount<'physicians'>, doctorNurse, { rounding: 'ceil' }),
    ).toThrow(refused('kind-mismatch', ['from', 'quantity']))
  })

  it('throws invalid-rounding for a mode that is not one, or none given', () => {
    expect(() =>
      throughRatio(physicians('7300'), doctorNurse, { rounding: 'up' as Rounding }),
    ).toThrow(refused('invalid-rounding', ['rounding']))
    expect(() =>
      throughRatio(physicians('7300'), doctorNurse, undefined as unknown as { rounding: Rounding }),
    ).toThrow(refused('invalid-rounding', ['rounding']))
  })

  it('names the amount that is not a number', () => {
    expect(() => throughRatio(physicians('x'), doctorNurse, { rounding: 'ceil' })).toThrow(
      refused('invalid-number', ['from', 'value']),
    )
  })
})

describe('ratioOf', () => {
  it('7300 physicians to 8400 nurses is 1:1.15 at 2 decimals, 1:1.1507 at 4', () => {
    const exact = '1.150684931506849315068493150684931506849'
    expect(
      ratioOf(physicians('7300'), nurses('8400'), { decimals: 2, rounding: 'half-up' }),
    ).toEqual({
      type: 'ratio-of',
      from: 'physicians',
      to: 'nurses',
      exact,
      value: '1.15',
      display: '1:1.15',
    })
    expect(
      ratioOf(physicians('7300'), nurses('8400'), { decimals: 4, rounding: 'half-up' }).value,
    ).toBe('1.1507')
  })

  it('none gives the exact quotient whatever the decimals', () => {
    const r = ratioOf(physicians('7300'), nurses('8400'), { decimals: 2, rounding: 'none' })
    expect(r.value).toBe('1.150684931506849315068493150684931506849')
    expect(r.display).toBe('1:1.150684931506849315068493150684931506849')
    expect(
      ratioOf(physicians('7300'), nurses('8395'), { decimals: 4, rounding: 'none' }).value,
    ).toBe('1.15')
  })

  it('keeps trailing zeros to the decimals asked for, and rounds each mode its way', () => {
    const at = (decimals: number, rounding: Rounding, to = '8400') =>
      ratioOf(physicians('7300'), nurses(to), { decimals, rounding }).value
    expect(at(4, 'half-up', '8395')).toBe('1.1500')
    expect(at(0, 'half-up')).toBe('1')
    expect(at(2, 'ceil')).toBe('1.16')
    expect(at(2, 'floor')).toBe('1.15')
    expect(at(20, 'half-even')).toBe('1.15068493150684931507')
    // 2020: 4328 nurses to 4542 physicians is 1:0.9529…
    expect(
      ratioOf(physicians('4542'), nurses('4328'), { decimals: 2, rounding: 'half-up' }).display,
    ).toBe('1:0.95')
  })

  it('throws zero-denominator for no physicians, naming them', () => {
    expect(() =>
      ratioOf(physicians('0'), nurses('8400'), { decimals: 2, rounding: 'half-up' }),
    ).toThrow(
      expect.objectContaining({
        code: 'zero-denominator',
        path: ['from'],
        params: { what: 'physicians' },
      }),
    )
  })

  it('throws invalid-decimals outside whole 0 … 20', () => {
    for (const decimals of [-1, 21, 1.5, Number.NaN, '2' as unknown as number]) {
      expect(() =>
        ratioOf(physicians('7300'), nurses('8400'), { decimals, rounding: 'half-up' }),
      ).toThrow(
        expect.objectContaining({
          code: 'invalid-decimals',
          path: ['decimals'],
          params: { received: String(decimals) },
        }),
      )
    }
  })

  it('throws invalid-rounding for a mode that is not one', () => {
    expect(() =>
      ratioOf(physicians('7300'), nurses('8400'), { decimals: 2, rounding: 'up' as Rounding }),
    ).toThrow(refused('invalid-rounding', ['rounding']))
  })

  it('names the amount that is not a number', () => {
    const opts = { decimals: 2, rounding: 'half-up' } as const
    expect(() => ratioOf(physicians('x'), nurses('8400'), opts)).toThrow(
      refused('invalid-number', ['from', 'value']),
    )
    expect(() => ratioOf(physicians('7300'), nurses('x'), opts)).toThrow(
      refused('invalid-number', ['to', 'value']),
    )
  })
})
