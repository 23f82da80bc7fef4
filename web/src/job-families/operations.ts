import { graphql } from '../gql';

export const JobFamiliesQueryDocument = graphql(`
  query JobFamilies {
    jobFamilies {
      id
      code
      name
      nameEn
      description
      templates {
        id
        name
        versions {
          id
          number
          status
        }
      }
    }
  }
`);

export const CreateJobFamilyDocument = graphql(`
  mutation CreateJobFamily($input: CreateJobFamilyInput!) {
    createJobFamily(input: $input) {
      family {
        id
        code
        name
        nameEn
        description
      }
    }
  }
`);
