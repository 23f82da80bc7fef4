import { graphql } from '../gql';

export const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      viewer {
        id
        name
        roles
      }
    }
  }
`);
