import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal.js';
import { roundScore } from './round.js';
import { daysInMonth, isLeapYear } from './calendar.js';

describe('roundScore', () => {
  it('rounds half away from zero to 2 decimals without binary noise', () => {
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(92.352)).toBe(92.35);
    expect(roundScore(200 / 3)).toBe(66.67);
    expect(roundScore(-0.001)).toBe(0);
    expect(roundScore(-1.005)).toBe(-1.01);
  });
});

describe('calendar', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
  });
});

describe('deepEqual', () => {
  it('compares JSON-like values, treating undefined properties as absent', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });
});
