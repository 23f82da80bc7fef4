/** Limits of one GraphQL request; each refusal names the limit and the measured value. */
export const QUERY_LIMITS = {
  /** Nesting depth of fields. */
  maxDepth: 12,
  /** Estimated rows touched (see query-shape.ts). */
  maxCost: 20_000,
  maxAliases: 30,
  /** Lexical tokens of the document (checked by the parser before anything else). */
  maxTokens: 5_000,
} as const;
