import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Units, accounts and sessions: what sign-in and the app shell need. */
export class Foundation1764028800000 implements MigrationInterface {
  name = 'Foundation1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        code varchar(20),
        name varchar(100) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('NATIONAL','PROVINCE','CITY','DISTRICT',
          'FUNCTIONAL_ZONE','ENTERPRISE','TOWN','VILLAGE')),
        parent_id uuid REFERENCES unit(id),
        path text NOT NULL COLLATE "C",
        depth smallint NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((parent_id IS NULL) = (depth = 0))
      )`);
    // "C" collation makes the prefix match (path LIKE '/1/23/%') use this b-tree index.
    await q.query(`CREATE UNIQUE INDEX unit_path_idx ON unit (path)`);
    // The path is derived here, not by callers, so bulk loads (COPY) keep the tree consistent.
    await q.query(`
      CREATE FUNCTION unit_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_path text;
      BEGIN
        IF NEW.parent_id IS NULL THEN
          NEW.path := '/' || NEW.seq || '/';
          NEW.depth := 0;
        ELSE
          SELECT path INTO STRICT parent_path FROM unit WHERE id = NEW.parent_id;
          NEW.path := parent_path || NEW.seq || '/';
          NEW.depth := array_length(string_to_array(trim(both '/' from NEW.path), '/'), 1) - 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER unit_set_path BEFORE INSERT ON unit
      FOR EACH ROW EXECUTE FUNCTION unit_set_path()`);
    await q.query(`CREATE INDEX unit_parent_idx ON unit (parent_id, sort_order)`);
    await q.query(`CREATE UNIQUE INDEX unit_code_idx ON unit (code) WHERE code IS NOT NULL`);

    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL,
        display_name varchar(100) NOT NULL,
        phone varchar(20),
        unit_id uuid NOT NULL REFERENCES unit(id),
        roles text[] NOT NULL CHECK (roles <@ ARRAY['SYSTEM_ADMIN','UNIT_ADMIN','CASE_WORKER','VIEWER']),
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL DEFAULT false,
        password_changed_at timestamptz,
        is_active boolean NOT NULL DEFAULT true,
        last_sign_in_at timestamptz,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // Usernames are unique regardless of case: "Admin" and "admin" are the same person.
    await q.query(`CREATE UNIQUE INDEX account_username_idx ON account (lower(username))`);
    await q.query(`CREATE INDEX account_unit_idx ON account (unit_id)`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip varchar(64),
        user_agent varchar(300)
      )`);
    await q.query(
      `CREATE INDEX session_account_idx ON session (account_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE account`);
    await q.query(`DROP TABLE unit`);
    await q.query(`DROP FUNCTION unit_set_path()`);
  }
}
