/**
 * A DatabaseIntrospector limited to one schema, over plain catalog joins.
 *
 * Kysely's own PostgreSQL introspector lists every table of every schema and calls
 * `has_schema_privilege(name)` / `pg_get_serial_sequence(name)` on each; when another session
 * drops some schema meanwhile (parallel test runs, other tenants) those calls fail with
 * "schema ... does not exist" and the Migrator fails with them. The Migrator only needs table
 * names in our schema, which this returns safely (and faster on a crowded database).
 */
import {
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
export class SchemaIntrospector implements DatabaseIntrospector {
  constructor(
    private readonly db: Kysely<any>,
    private readonly schema: string,
  ) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const r = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(
      this.db,
    );
    return r.rows.map((x) => ({ name: x.name }));
  }

  async getTables(): Promise<TableMetadata[]> {
    const r = await sql<{ name: string; kind: string }>`
      select c.relname as name, c.relkind as kind
      from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${this.schema} and c.relkind in ('r', 'p', 'v')
      order by c.relname`.execute(this.db);
    return r.rows.map((x) => ({ name: x.name, schema: this.schema, isView: x.kind === 'v', columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

/** PostgresDialect whose introspection is scoped to `schema`. */
export class ScopedPostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly schema: string,
  ) {
    super(config);
  }

  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SchemaIntrospector(db, this.schema);
  }
}
