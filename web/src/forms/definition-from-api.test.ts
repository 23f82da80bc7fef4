import { exampleAnswers, exampleDefinition, scoreAnswers } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import {
  answersFromApi,
  answersToApi,
  definitionFromApi,
  definitionToApi,
  type LooseApiSection,
} from './definition-from-api';

describe('definitionFromApi', () => {
  it('round-trips the example definition through the GraphQL shape unchanged', () => {
    const api = definitionToApi(exampleDefinition());
    expect(api.sections[0]?.kind).toBe('WORK_RESULTS');
    expect(api.sections[0]?.indicators.map((indicator) => indicator.kind)).toContain('YES_NO');
    const back = definitionFromApi(api.sections, api.ratingThresholds);
    expect(back).toEqual(exampleDefinition());
    expect(scoreAnswers(back, exampleAnswers())).toEqual(scoreAnswers(exampleDefinition(), exampleAnswers()));
  });

  it('maps the API enums to the shared model and leaves nulls out', () => {
    const sections: LooseApiSection[] = [
      {
        key: 'hasil_kerja',
        kind: 'WORK_RESULTS',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        description: null,
        weighted: false,
        weight: null,
        indicators: [
          {
            kind: 'TARGET',
            key: 'waktu',
            lineageKey: 'waktu',
            label: { id: 'Waktu', en: 'Time' },
            help: null,
            required: true,
            weight: null,
            visibleWhen: null,
            aspect: 'TIME',
            target: 5,
            targetUnit: 'hari',
            direction: 'LOWER_IS_BETTER',
          },
          { kind: 'YES_NO', key: 'ada', lineageKey: 'ada', label: { id: 'Ada?', en: 'Any?' }, required: false },
          {
            kind: 'NUMBER',
            key: 'jumlah',
            lineageKey: 'jumlah',
            label: { id: 'Jumlah', en: 'Count' },
            required: true,
            numberUnit: 'kali',
            min: 1,
            max: null,
            integer: true,
            visibleWhen: { indicatorKey: 'ada', operator: 'NOT_EQUALS', value: false },
          },
        ],
      },
    ];
    const definition = definitionFromApi(sections);
    expect(definition.ratingThresholds).toEqual({
      workResults: { meets: 80, above: 110 },
      behaviour: { meets: 80, above: 110 },
    });
    expect(definition.sections[0]).toEqual({
      key: 'hasil_kerja',
      kind: 'workResults',
      title: { id: 'Hasil Kerja', en: 'Work results' },
      weighted: false,
      indicators: [
        {
          kind: 'target',
          key: 'waktu',
          lineageKey: 'waktu',
          label: { id: 'Waktu', en: 'Time' },
          required: true,
          aspect: 'time',
          target: 5,
          unit: 'hari',
          direction: 'lowerIsBetter',
        },
        { kind: 'yesNo', key: 'ada', lineageKey: 'ada', label: { id: 'Ada?', en: 'Any?' }, required: false },
        {
          kind: 'number',
          key: 'jumlah',
          lineageKey: 'jumlah',
          label: { id: 'Jumlah', en: 'Count' },
          required: true,
          unit: 'kali',
          min: 1,
          integer: true,
          visibleWhen: { indicatorKey: 'ada', operator: 'notEquals', value: false },
        },
      ],
    });
  });

  it('converts answers from and to the API list, dropping blank ones', () => {
    const definition = exampleDefinition();
    const answers = answersFromApi([
      { indicatorKey: 'tugas_tambahan', value: false },
      { indicatorKey: 'kekuatan', value: 'Teliti' },
    ]);
    expect(answers).toEqual({ tugas_tambahan: false, kekuatan: 'Teliti' });
    expect(answersToApi(definition, { ...answers, area_perbaikan: null, rekomendasi: [], bukti_dukung: {} })).toEqual([
      { indicatorKey: 'tugas_tambahan', value: false },
      { indicatorKey: 'kekuatan', value: 'Teliti' },
    ]);
  });
});
