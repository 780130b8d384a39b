import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The second wall around people's data, below the app's own scoping:
 * - the app connects as `nuanxin_app` (a NOLOGIN role it switches to at connect time), which may
 *   only read and append the audit log, and is subject to row-level security;
 * - row-level security limits rows with a unit to the caller's subtree, taken from the
 *   transaction-local setting `nuanxin.scope` (a unit path; '/' for system work); unset, nothing
 *   is visible.
 */
export class Access1764115200000 implements MigrationInterface {
  name = 'Access1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nuanxin_app') THEN
          CREATE ROLE nuanxin_app NOLOGIN;
        END IF;
      END $$`);
    // Membership lets a non-superuser owner switch to the role; a superuser needs none.
    await q.query(`
      DO $$ BEGIN
        EXECUTE format('GRANT nuanxin_app TO %I', current_user);
      EXCEPTION WHEN others THEN NULL;
      END $$`);

    // A path that matches no unit when the setting is missing: paths always start with '/'.
    await q.query(`
      CREATE FUNCTION nuanxin_scope() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT coalesce(nullif(current_setting('nuanxin.scope', true), ''), '!')
      $$`);
    await q.query(`
      CREATE FUNCTION nuanxin_unit_in_scope(unit uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (SELECT 1 FROM unit u WHERE u.id = unit AND starts_with(u.path, nuanxin_scope()))
      $$`);

    await q.query(`
      CREATE TABLE api_client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        unit_id uuid NOT NULL REFERENCES unit(id),
        scope varchar(20) NOT NULL CHECK (scope IN ('read', 'read_write')),
        secret_hash char(64) NOT NULL UNIQUE,
        secret_hint varchar(12) NOT NULL,
        created_by uuid REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX api_client_unit_idx ON api_client (unit_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_kind varchar(20) NOT NULL CHECK (actor_kind IN ('account', 'apiClient', 'system', 'anonymous')),
        actor_id uuid,
        actor_name varchar(100),
        unit_id uuid REFERENCES unit(id),
        action varchar(60) NOT NULL,
        entity_type varchar(40),
        entity_id varchar(64),
        changes jsonb,
        details jsonb,
        ip varchar(64),
        user_agent varchar(300),
        request_id varchar(100)
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, at DESC)`);
    await q.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at DESC)`,
    );
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)`);
    // Append-only even for the owner: the table keeps what happened, whoever asks.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // Authentication happens before anyone's scope is known, so it cannot go through the scoped
    // tables: these two functions (run with the owner's rights) resolve a token hash to its
    // actor, and slide the expiry at most once a minute, in one round trip per request.
    await q.query(`
      CREATE FUNCTION nuanxin_session_actor(p_token_hash text, p_idle_seconds integer)
      RETURNS TABLE (session_id uuid, account_id uuid, display_name text, unit_id uuid, unit_path text,
                     roles text[], must_change_password boolean, password_changed_at timestamptz)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE session s SET last_seen_at = now(), expires_at = now() + make_interval(secs => p_idle_seconds)
         WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at < now() - interval '60 seconds';
        RETURN QUERY
          SELECT s.id, a.id, a.display_name::text, a.unit_id, u.path, a.roles, a.must_change_password,
                 coalesce(a.password_changed_at, a.created_at)
            FROM session s JOIN account a ON a.id = s.account_id JOIN unit u ON u.id = a.unit_id
           WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
             AND a.is_active AND u.is_active;
      END $$`);
    await q.query(`
      CREATE FUNCTION nuanxin_api_client_actor(p_secret_hash text)
      RETURNS TABLE (client_id uuid, name text, unit_id uuid, unit_path text, scope text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE api_client c SET last_used_at = now()
         WHERE c.secret_hash = p_secret_hash AND c.revoked_at IS NULL
           AND (c.last_used_at IS NULL OR c.last_used_at < now() - interval '60 seconds');
        RETURN QUERY
          SELECT c.id, c.name::text, c.unit_id, u.path, c.scope::text
            FROM api_client c JOIN unit u ON u.id = c.unit_id
           WHERE c.secret_hash = p_secret_hash AND c.revoked_at IS NULL AND u.is_active;
      END $$`);
    for (const fn of ['nuanxin_session_actor(text, integer)', 'nuanxin_api_client_actor(text)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO nuanxin_app`);
    }

    await q.query(`GRANT USAGE ON SCHEMA public TO nuanxin_app`);
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON unit, account, session, api_client TO nuanxin_app`,
    );
    await q.query(`GRANT SELECT, INSERT ON audit_log TO nuanxin_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO nuanxin_app`);
    // Tables that later migrations create are the app's to use too; each says if it needs less.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO nuanxin_app`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO nuanxin_app`,
    );

    for (const table of ['account', 'api_client', 'audit_log']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_in_scope ON ${table} TO nuanxin_app
        USING (nuanxin_unit_in_scope(unit_id)) WITH CHECK (nuanxin_unit_in_scope(unit_id))`);
    }
    // Audit entries about the system itself (no unit) are readable only with the system scope.
    await q.query(`
      CREATE POLICY audit_log_system ON audit_log TO nuanxin_app
      USING (unit_id IS NULL AND nuanxin_scope() = '/') WITH CHECK (unit_id IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION nuanxin_session_actor(text, integer)`);
    await q.query(`DROP FUNCTION nuanxin_api_client_actor(text)`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE api_client`);
    await q.query(`DROP FUNCTION nuanxin_unit_in_scope(uuid)`);
    await q.query(`DROP FUNCTION nuanxin_scope()`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM nuanxin_app`,
    );
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM nuanxin_app`,
    );
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM nuanxin_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM nuanxin_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM nuanxin_app`);
  }
}
