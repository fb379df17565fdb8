export * from './enums';
export * from './sha256';
export * from './statement-hash';
export * from './country';
export * from './organisation.schema';
export * from './case.schema';
export * from './redaction';
export * from './statement.schema';
