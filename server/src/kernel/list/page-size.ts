import { Field, ObjectType } from 'type-graphql';
import { DomainError, localize, type Locale } from '../errors.js';

/** Largest page a connection serves; asking for more is refused, never silently truncated. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a connection stands (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` to get the next page.',
  })
  endCursor!: string | null;
}

/** Checks `first` (1..MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE). */
export function pageSize(first: number | null | undefined, locale: Locale): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(
      'BAD_USER_INPUT',
      localize(
        {
          id: `Argumen first harus antara 1 dan ${MAX_PAGE_SIZE}.`,
          en: `The argument first must be between 1 and ${MAX_PAGE_SIZE}.`,
        },
        locale,
      ),
      {
        problems: [
          {
            field: 'first',
            code: 'OUT_OF_RANGE',
            message: localize({ id: `Antara 1 dan ${MAX_PAGE_SIZE}.`, en: `Between 1 and ${MAX_PAGE_SIZE}.` }, locale),
          },
        ],
      },
    );
  }
  return first;
}
