// graphql-ws 6 publishes `graphql-ws/use/ws` through package.json "exports",
// which this project's module resolution does not read; point the types at the file.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
