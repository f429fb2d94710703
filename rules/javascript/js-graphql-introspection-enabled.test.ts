import { ApolloServer } from '@apollo/server';
import { graphqlHTTP } from 'express-graphql';

const server = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: js-graphql-introspection-enabled
  introspection: true,
});

// ruleid: js-graphql-introspection-enabled
app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));

const server2 = new ApolloServer({
  typeDefs,
  resolvers,
  // ok: js-graphql-introspection-enabled
  introspection: process.env.NODE_ENV !== 'production',
});

// ok: js-graphql-introspection-enabled
app.use('/graphql', graphqlHTTP({ schema, graphiql: false }));

// ok: js-graphql-introspection-enabled
const featureFlags = { introspection: true, playground: true };
