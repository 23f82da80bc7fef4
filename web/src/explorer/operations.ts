import { graphql } from '../gql';

graphql(`
  fragment SavedQueryFields on SavedQuery {
    id
    name
    description
    query
    variables
    shared
    mine
    ownerName
    version
  }
`);

export const SavedQueriesDocument = graphql(`
  query ExplorerSavedQueries {
    savedQueries(first: 100) {
      totalCount
      edges {
        node {
          ...SavedQueryFields
        }
      }
    }
  }
`);

export const SavedQueryDocument = graphql(`
  query ExplorerSavedQuery($id: ID!) {
    savedQuery(id: $id) {
      ...SavedQueryFields
    }
  }
`);

export const SaveSavedQueryDocument = graphql(`
  mutation ExplorerSaveSavedQuery($input: SaveSavedQueryInput!) {
    saveSavedQuery(input: $input) {
      savedQuery {
        ...SavedQueryFields
      }
    }
  }
`);

export const DeleteSavedQueryDocument = graphql(`
  mutation ExplorerDeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id) {
      deletedId
    }
  }
`);

export const ExplorerContextDocument = graphql(`
  query ExplorerContext {
    jobFamilies {
      id
      code
    }
    periods(first: 1) {
      nodes {
        id
        year
      }
    }
    unitTree {
      id
      kind
    }
  }
`);
