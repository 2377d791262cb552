/**
 * Shares: 负压救护车比例不低于20% (seed 003 L706), 卫技人员数占比不少于70% (seed 003 L697); one
 * percent convention: "20%" is a percent, "0.2" a fraction.
 */
import { describe, expect, it } from 'vitest'
import type { QuantityKind } from './kinds.js'
import { share, shareFraction } from './share.js'

const refused = (code: string, path: readonly (string | number)[]) =>
  expect.objectContaining({ name: 'BedstaffError', code, path })

describe('share', () => {
  it('20% of ambulances are negative-pressure ones', () => {
    const s = share('negative-pressure-ambulances', 'ambulances', '20%')
    expect(s).toEqual({
      type: 'share',
      quantity: 'negative-pressure-ambulances',
      of: 'ambulances',
      value: '0.2',
      printed: '20%',
      source: null,
    })
    expect(Object.isFrozen(s)).toBe(true)
  })

  it.each([
    ['70%', '0.7', '70%'],
    ['20％', '0.2', '20％'],
    [' 20 % ', '0.2', '20 %'],
    ['0.2', '0.2', '0.2'],
    [0.2, '0.2', '0.2'],
    ['100%', '1', '100%'],
    [1, '1', '1'],
    ['0%', '0', '0%'],
    ['.5%', '0.005', '.5%'],
    ['2e1%', '0.2', '2e1%'],
  ] as const)('%j is the fraction %s, printed %j', (value, fraction, printed) => {
    expect(share('health-technical-staff', 'staff', value)).toMatchObject({
      value: fraction,
      printed,
    })
  })

  it('keeps a frozen copy of its source', () => {
    const source = { document: 'seed 003', line: 706, quote: '负压救护车比例不低于20%' }
    const s = share('negative-pressure-ambulances', 'ambulances', '20%', { source })
    expect(s.source).toEqual(source)
    expect(s.source).not.toBe(source)
    expect(Object.isFrozen(s.source)).toBe(true)
  })

  it('throws invalid-share above 100%, quoting the text', () => {
    for (const v of ['115%', '1.15', 1.0001, '100.01%']) {
      expect(() => share('beds', 'beds', v)).toThrow(
        expect.objectContaining({
          code: 'invalid-share',
          path: ['value'],
          params: { received: String(v) },
        }),
      )
    }
  })

  it('throws invalid-number for text that is not a number or percent, negative-value below 0', () => {
    for (const v of ['20 percent', '%', '20%%', '二十%', '20%x', '']) {
      expect(() => share('beds', 'beds', v)).toThrow(refused('invalid-number', ['value']))
    }
    expect(() => share('beds', 'beds', '-20%')).toThrow(refused('negative-value', ['value']))
  })

  it('throws unknown-quantity-kind at quantity or of', () => {
    expect(() => share('ambulance' as QuantityKind, 'ambulances', '20%')).toThrow(
      refused('unknown-quantity-kind', ['quantity']),
    )
    expect(() => share('ambulances', 'vehicles' as QuantityKind, '20%')).toThrow(
      refused('unknown-quantity-kind', ['of']),
    )
  })
})

describe('shareFraction', () => {
  it('reads percents and fractions alike, with no upper limit: 115% is 1.15', () => {
    expect(shareFraction('20%').toFixed()).toBe('0.2')
    expect(shareFraction('0.2').toFixed()).toBe('0.2')
    expect(shareFraction(0.2).toFixed()).toBe('0.2')
    expect(shareFraction('115%').toFixed()).toBe('1.15')
    expect(shareFraction('+20%').toFixed()).toBe('0.2')
  })

  it('throws invalid-number and negative-value at the path it is given', () => {
    expect(() => shareFraction('20 percent')).toThrow(refused('invalid-number', []))
    expect(() => shareFraction(null, ['rules', 1, 'share'])).toThrow(
      refused('invalid-number', ['rules', 1, 'share']),
    )
    expect(() => shareFraction('-1%', ['x'])).toThrow(refused('negative-value', ['x']))
    expect(() => shareFraction(-0.2, ['x'])).toThrow(refused('negative-value', ['x']))
  })
})
