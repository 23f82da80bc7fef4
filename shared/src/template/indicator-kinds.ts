/**
 * The indicator kinds, each declared once: its model name (the key), its GraphQL enum name and object
 * type, what it is called, what its answer must be, and when it is scored. Every name mapping of shared,
 * server and web (YES_NO ↔ yesNo, yesNo → YesNoIndicator) is derived from this table, and the per-kind
 * rules (answer check, score, condition domain, …) are records keyed by `IndicatorKind`, so the compiler
 * lists every place a new kind still needs.
 *
 * This file imports nothing from the model: `definition.ts` takes `INDICATOR_KINDS` from here.
 *
 * Adding a kind: its entry here; its interface in definition.ts and its answer in answer-value.ts; then
 * the compiler asks for its entry in each per-kind record (answer check, score, condition domain, the
 * server's input fields and sample answer, the web form input). Its GraphQL object type goes into
 * server definition.types.ts (with `INDICATOR_TYPES`); kind-specific fields also need the GraphQL input,
 * validate-indicator.ts, the web converter (forms/definition-from-api.ts) and the designer's form.
 */

/**
 * When an indicator of a kind produces a normalised score: `always`; `whenWeighted` (yes/no carries a
 * weight); `whenOptionsScored` (a choice whose every option has a score); `never`.
 */
export type KindScoring = 'always' | 'whenWeighted' | 'whenOptionsScored' | 'never';

interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export interface IndicatorKindEntry {
  /** The GraphQL `IndicatorKind` enum value. */
  readonly graphqlName: string;
  /** The GraphQL object type implementing `Indicator`. */
  readonly typename: string;
  /** The kind's name as the designer shows it. */
  readonly label: Bilingual;
  /** Description of the GraphQL enum value. */
  readonly description: string;
  /** What an answer must be, as the API documents it (`AnswerInput.value`). */
  readonly answerShape: string;
  /** What an answer must be, in the ANSWER_WRONG_TYPE message ("must be …"). */
  readonly expectedAnswer: Bilingual;
  readonly scoring: KindScoring;
}

export const INDICATOR_KIND_REGISTRY = {
  target: {
    graphqlName: 'TARGET',
    typename: 'TargetIndicator',
    label: { id: 'Target', en: 'Target' },
    description: 'A target on an aspect; the realisation gives an achievement percentage.',
    answerShape: '{"realisation": number}',
    expectedAnswer: { id: 'objek { realisation: angka }', en: 'an object { realisation: number }' },
    scoring: 'always',
  },
  scale: {
    graphqlName: 'SCALE',
    typename: 'ScaleIndicator',
    label: { id: 'Skala', en: 'Scale' },
    description: 'Labelled levels with scores, e.g. a 3-level rubric or 1–5.',
    answerShape: 'level value',
    expectedAnswer: { id: 'salah satu tingkat skala', en: 'one of the scale levels' },
    scoring: 'always',
  },
  expectation: {
    graphqlName: 'EXPECTATION',
    typename: 'ExpectationIndicator',
    label: { id: 'Ekspektasi', en: 'Expectation' },
    description: 'Di Bawah / Sesuai / Di Atas Ekspektasi.',
    answerShape: '"BELOW"|"MEETS"|"ABOVE"',
    expectedAnswer: { id: "'BELOW', 'MEETS' atau 'ABOVE'", en: "'BELOW', 'MEETS' or 'ABOVE'" },
    scoring: 'always',
  },
  number: {
    graphqlName: 'NUMBER',
    typename: 'NumberIndicator',
    label: { id: 'Angka', en: 'Number' },
    description: 'A number within optional bounds; not scored.',
    answerShape: 'number',
    expectedAnswer: { id: 'angka', en: 'a number' },
    scoring: 'never',
  },
  yesNo: {
    graphqlName: 'YES_NO',
    typename: 'YesNoIndicator',
    label: { id: 'Ya/Tidak', en: 'Yes/No' },
    description: 'Ya/Tidak; scored 100/0 when weighted.',
    answerShape: 'boolean',
    expectedAnswer: { id: 'ya atau tidak (true/false)', en: 'yes or no (true/false)' },
    scoring: 'whenWeighted',
  },
  choice: {
    graphqlName: 'CHOICE',
    typename: 'ChoiceIndicator',
    label: { id: 'Pilihan', en: 'Choice' },
    description: 'One or several options; scored when every option has a score.',
    answerShape: 'option value, or a list when multiple',
    expectedAnswer: { id: 'opsi yang tersedia', en: 'one of the options' },
    scoring: 'whenOptionsScored',
  },
  text: {
    graphqlName: 'TEXT',
    typename: 'TextIndicator',
    label: { id: 'Teks', en: 'Text' },
    description: 'Free text; not scored.',
    answerShape: 'string',
    expectedAnswer: { id: 'teks', en: 'text' },
    scoring: 'never',
  },
  evidence: {
    graphqlName: 'EVIDENCE',
    typename: 'EvidenceIndicator',
    label: { id: 'Bukti dukung', en: 'Evidence' },
    description: 'Bukti dukung: a link and/or a note; not scored.',
    answerShape: '{"url"?, "note"?}',
    expectedAnswer: { id: 'objek { url?, note? }', en: 'an object { url?, note? }' },
    scoring: 'never',
  },
} as const satisfies Record<string, IndicatorKindEntry>;

type Registry = typeof INDICATOR_KIND_REGISTRY;

/** The model names of the kinds, in the order the API and the designer list them. */
export type IndicatorKind = keyof Registry;
export const INDICATOR_KINDS = Object.keys(INDICATOR_KIND_REGISTRY) as IndicatorKind[];

/** GraphQL enum name of each kind: 'YES_NO' for yesNo. */
export type IndicatorKindGraphqlName = Registry[IndicatorKind]['graphqlName'];
/** GraphQL object type of each kind: 'YesNoIndicator' for yesNo. */
export type IndicatorTypename = Registry[IndicatorKind]['typename'];

/** The kind's GraphQL enum name. */
export type GraphqlNameOf<K extends IndicatorKind> = Registry[K]['graphqlName'];
/** The kind of a GraphQL enum name. */
export type KindOfGraphqlName<G extends IndicatorKindGraphqlName> = {
  [K in IndicatorKind]: Registry[K]['graphqlName'] extends G ? K : never;
}[IndicatorKind];

/** Model name → GraphQL enum name: `{ yesNo: 'YES_NO', … }`. */
export const INDICATOR_KIND_GRAPHQL_NAMES = Object.fromEntries(
  INDICATOR_KINDS.map((kind) => [kind, INDICATOR_KIND_REGISTRY[kind].graphqlName]),
) as { readonly [K in IndicatorKind]: Registry[K]['graphqlName'] };

/** GraphQL enum name → model name: `{ YES_NO: 'yesNo', … }` (also the server's `IndicatorKind` enum object). */
export const INDICATOR_KINDS_BY_GRAPHQL_NAME = Object.fromEntries(
  INDICATOR_KINDS.map((kind) => [INDICATOR_KIND_REGISTRY[kind].graphqlName, kind]),
) as { readonly [K in IndicatorKind as Registry[K]['graphqlName']]: K };

/** Model name → GraphQL object type: `{ yesNo: 'YesNoIndicator', … }`. */
export const INDICATOR_TYPENAMES = Object.fromEntries(
  INDICATOR_KINDS.map((kind) => [kind, INDICATOR_KIND_REGISTRY[kind].typename]),
) as { readonly [K in IndicatorKind]: Registry[K]['typename'] };

/** The GraphQL enum names in registry order: ['TARGET', …, 'EVIDENCE']. */
export const INDICATOR_KIND_GRAPHQL_NAME_LIST = INDICATOR_KINDS.map(
  (kind) => INDICATOR_KIND_REGISTRY[kind].graphqlName,
) as IndicatorKindGraphqlName[];

/** When indicators of a kind are scored; undefined for an unknown kind (malformed input). */
export const kindScoring = (kind: IndicatorKind): KindScoring | undefined => INDICATOR_KIND_REGISTRY[kind]?.scoring;
