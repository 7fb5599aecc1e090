import type { Knex } from 'knex';
import type { PoolClient } from 'pg';

/** The pool of a PostgreSQL knex client, which knex leaves untyped. */
interface ConnectionPool {
  acquireConnection(): Promise<PoolClient>;
  releaseConnection(connection: PoolClient): Promise<void>;
}

/**
 * A connection of the pool of a PostgreSQL database, for what knex does not do (a streaming COPY,
 * replaying captured statements); it must go back with releaseConnection.
 */
export function acquireConnection(db: Knex): Promise<PoolClient> {
  return (db.client as ConnectionPool).acquireConnection();
}

export function releaseConnection(db: Knex, connection: PoolClient): Promise<void> {
  return (db.client as ConnectionPool).releaseConnection(connection);
}
