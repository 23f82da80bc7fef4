import { describe, expect, it } from 'vitest';
import { PREDIKAT_LABELS, predikatOf, type Predikat } from './predikat.js';
import { RATING_LABELS, type Rating } from './rating.js';

// Rows = rating hasil kerja, columns = rating perilaku kerja, Lampiran PermenPANRB 6/2022).
const quadrant: [Rating, Rating, Predikat][] = [
  ['ABOVE', 'BELOW', 'KURANG'],
  ['ABOVE', 'MEETS', 'BAIK'],
  ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
  ['MEETS', 'BELOW', 'KURANG'],
  ['MEETS', 'MEETS', 'BAIK'],
  ['MEETS', 'ABOVE', 'BAIK'],
  ['BELOW', 'BELOW', 'SANGAT_KURANG'],
  ['BELOW', 'MEETS', 'BUTUH_PERBAIKAN'],
  ['BELOW', 'ABOVE', 'BUTUH_PERBAIKAN'],
];

describe('predikatOf', () => {
  it.each(quadrant)('hasil kerja %s × perilaku %s → %s', (workResults, behaviour, expected) => {
    expect(predikatOf(workResults, behaviour)).toBe(expected);
  });

  it('labels predikat and ratings in Indonesian and English', () => {
    expect(PREDIKAT_LABELS.KURANG).toEqual({ id: 'Kurang/Misconduct', en: 'Poor/Misconduct' });
    expect(PREDIKAT_LABELS.BUTUH_PERBAIKAN.id).toBe('Butuh Perbaikan');
    expect(RATING_LABELS.ABOVE.id).toBe('Di Atas Ekspektasi');
    expect(RATING_LABELS.BELOW.id).toBe('Di Bawah Ekspektasi');
  });
});
