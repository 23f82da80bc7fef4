import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Context } from '../../kernel/context.js';
import { DomainError, localize, type Locale, type LocalizedMessage } from '../../kernel/errors.js';

/**
 * Bounds every value a request carries — variables and literals alike, whatever field they are for — before
 * any resolver runs: no text with NUL or other characters PostgreSQL cannot store, no text longer than the
 * longest any field takes, no list longer than any list field needs, no number outside what the database
 * stores exactly. Fields keep their own, tighter rules (a name of 200 characters, a plan of 50 results); this
 * is the floor under all of them, so a forgotten rule cannot turn bad input into an internal error.
 */
export const INPUT_BOUNDS = {
  /** The longest text of any field: a saved query's GraphQL document. */
  maxTextLength: 20_000,
  /** The longest list of any field (e.g. ids of a filter, answers of a form). */
  maxListLength: 1_000,
  /** Numbers beyond this are not kept exactly by a double and no quantity, score or rupiah amount comes near. */
  maxNumber: 1e15,
  /** Nesting of input objects and lists (JSON answers included). */
  maxNesting: 12,
} as const;

/** Unpaired UTF-16 surrogates: they cannot be encoded as UTF-8, which PostgreSQL requires. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { path: string; code: string; message: LocalizedMessage };

function textProblem(text: string, path: string): Problem | null {
  if (text.includes('\u0000')) {
    return {
      path,
      code: 'INVALID_CHARACTER',
      message: {
        id: `Teks pada ${path} memuat karakter NUL; hapus karakter itu.`,
        en: `The text at ${path} contains a NUL character; remove it.`,
      },
    };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      path,
      code: 'INVALID_CHARACTER',
      message: {
        id: `Teks pada ${path} bukan teks Unicode yang sah.`,
        en: `The text at ${path} is not valid Unicode.`,
      },
    };
  }
  if (text.length > INPUT_BOUNDS.maxTextLength) {
    return {
      path,
      code: 'TOO_LONG',
      message: {
        id: `Teks pada ${path} terlalu panjang: ${text.length} karakter, paling banyak ${INPUT_BOUNDS.maxTextLength}.`,
        en: `The text at ${path} is too long: ${text.length} characters, at most ${INPUT_BOUNDS.maxTextLength}.`,
      },
    };
  }
  return null;
}

function numberProblem(value: number, path: string): Problem | null {
  if (Number.isFinite(value) && Math.abs(value) <= INPUT_BOUNDS.maxNumber) return null;
  return {
    path,
    code: 'OUT_OF_RANGE',
    message: {
      id: `Angka pada ${path} di luar rentang yang diterima (paling besar ${INPUT_BOUNDS.maxNumber.toExponential()}).`,
      en: `The number at ${path} is out of the accepted range (at most ${INPUT_BOUNDS.maxNumber.toExponential()} either way).`,
    },
  };
}

function listProblem(length: number, path: string): Problem | null {
  if (length <= INPUT_BOUNDS.maxListLength) return null;
  return {
    path,
    code: 'TOO_MANY',
    message: {
      id: `Daftar pada ${path} berisi ${length} butir, paling banyak ${INPUT_BOUNDS.maxListLength}.`,
      en: `The list at ${path} has ${length} items, at most ${INPUT_BOUNDS.maxListLength}.`,
    },
  };
}

const nestingProblem = (path: string): Problem => ({
  path,
  code: 'TOO_DEEP',
  message: { id: `Masukan pada ${path} bersarang terlalu dalam.`, en: `The input at ${path} is nested too deeply.` },
});

/** The first problem of a variable value (plain JSON). */
function checkJson(value: unknown, path: string, depth: number): Problem | null {
  if (typeof value === 'string') return textProblem(value, path);
  if (typeof value === 'number') return numberProblem(value, path);
  if (value === null || typeof value !== 'object') return null;
  if (depth > INPUT_BOUNDS.maxNesting) return nestingProblem(path);
  if (Array.isArray(value)) {
    const tooMany = listProblem(value.length, path);
    if (tooMany) return tooMany;
    for (let i = 0; i < value.length; i++) {
      const problem = checkJson(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const entries = Object.entries(value);
  const tooMany = listProblem(entries.length, path);
  if (tooMany) return tooMany;
  for (const [key, item] of entries) {
    const problem =
      textProblem(key, `${path}.${key.slice(0, 40)}`) ?? checkJson(item, `${path}.${key.slice(0, 40)}`, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The first problem of a literal written in the document. */
function checkLiteral(node: ValueNode, path: string, depth: number): Problem | null {
  switch (node.kind) {
    case Kind.STRING:
      return textProblem(node.value, path);
    case Kind.INT:
    case Kind.FLOAT:
      return numberProblem(Number(node.value), path);
    case Kind.LIST: {
      if (depth > INPUT_BOUNDS.maxNesting) return nestingProblem(path);
      const tooMany = listProblem(node.values.length, path);
      if (tooMany) return tooMany;
      for (let i = 0; i < node.values.length; i++) {
        const problem = checkLiteral(node.values[i]!, `${path}[${i}]`, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    case Kind.OBJECT: {
      if (depth > INPUT_BOUNDS.maxNesting) return nestingProblem(path);
      for (const field of node.fields) {
        const problem = checkLiteral(field.value, `${path}.${field.name.value}`, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return null;
  }
}

function firstProblem(document: DocumentNode, variables: Record<string, unknown>): Problem | null {
  for (const [name, value] of Object.entries(variables)) {
    const problem = checkJson(value, `$${name}`, 0);
    if (problem) return problem;
  }
  let found: Problem | null = null;
  visit(document, {
    Argument(node) {
      found ??= checkLiteral(node.value, node.name.value, 0);
      return false;
    },
  });
  return found;
}

export function outOfBounds(problem: Problem, locale: Locale): DomainError {
  const message = localize(problem.message, locale);
  return new DomainError('BAD_USER_INPUT', message, {
    problems: [{ field: problem.path, code: problem.code, message }],
  });
}

/** Refuses a request whose input is out of bounds (see INPUT_BOUNDS) with BAD_USER_INPUT naming the value. */
export function inputBoundsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, document, request }) {
          const problem = firstProblem(document, request.variables ?? {});
          if (problem) throw outOfBounds(problem, ctx.locale);
        },
      };
    },
  };
}
