import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * The household file (一户一档, DOMAIN.md sections 3 and 4): households, the people in them
 * (parents, the child or children, grandchildren, others), contact persons, assessments and the
 * history of category changes. Field-level history lives in the audit log.
 */
export class Households1764201600000 implements MigrationInterface {
  name = 'Households1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE SEQUENCE household_file_number_seq`);
    await q.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_number varchar(20) NOT NULL UNIQUE
          DEFAULT 'HH' || lpad(nextval('household_file_number_seq')::text, 8, '0'),
        unit_id uuid NOT NULL REFERENCES unit(id),
        -- The village's path, copied so that scoping and subtree filters are one index range.
        unit_path text NOT NULL COLLATE "C",
        category varchar(20) NOT NULL CHECK (category IN (${list(['BEREAVED', 'DISABLED_CHILD'])})),
        status varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN (${list(['ACTIVE', 'MOVED', 'CLOSED'])})),
        address varchar(200) NOT NULL,
        phone varchar(20),
        residence_type varchar(10) NOT NULL CHECK (residence_type IN (${list(['URBAN', 'RURAL'])})),
        living_arrangement varchar(20) NOT NULL
          CHECK (living_arrangement IN (${list(['WITH_SPOUSE', 'ALONE', 'CARE_HOME', 'WITH_RELATIVES', 'OTHER'])})),
        income_sources text[] NOT NULL DEFAULT '{}',
        yearly_income_fen bigint CHECK (yearly_income_fen >= 0),
        debt_fen bigint CHECK (debt_fen >= 0),
        debt_note varchar(500),
        hardship_level varchar(10) NOT NULL CHECK (hardship_level IN (${list(['HARDSHIP', 'ORDINARY'])})),
        biggest_difficulty varchar(500),
        needs text[] NOT NULL DEFAULT '{}',
        elder_care_wish varchar(20) CHECK (elder_care_wish IN (${list(['HOME', 'COMMUNITY', 'INSTITUTION', 'UNDECIDED'])})),
        wishes varchar(2000),
        family_doctor_name varchar(50),
        family_doctor_phone varchar(20),
        family_doctor_signed_on date,
        tags text[] NOT NULL DEFAULT '{}',
        registered_on date NOT NULL,
        closed_on date,
        close_reason varchar(500),
        -- Derived: the risk level of the latest assessment (kept by the service).
        risk_level varchar(10) CHECK (risk_level IN (${list(['HIGH', 'MEDIUM', 'LOW'])})),
        last_assessed_on date,
        -- Derived: every person's name, for partial Chinese name search with a trigram index.
        search_names text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX household_scope_idx ON household (unit_path, id)`);
    await q.query(`CREATE INDEX household_unit_idx ON household (unit_id)`);
    await q.query(
      `CREATE INDEX household_search_idx ON household USING gin (search_names gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX household_filter_idx ON household (status, category, hardship_level, risk_level)`,
    );

    await q.query(`
      CREATE TABLE household_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id),
        relation varchar(20) NOT NULL CHECK (relation IN (${list(['FATHER', 'MOTHER', 'CHILD', 'GRANDCHILD', 'OTHER'])})),
        name varchar(50) NOT NULL,
        sex varchar(10) NOT NULL CHECK (sex IN (${list(['MALE', 'FEMALE'])})),
        ethnicity varchar(20),
        id_number varchar(18),
        birth_date date,
        birthday_calendar varchar(10) NOT NULL DEFAULT 'SOLAR' CHECK (birthday_calendar IN (${list(['SOLAR', 'LUNAR'])})),
        phone varchar(20),
        marital_status varchar(20) CHECK (marital_status IN (${list(['MARRIED', 'WIDOWED', 'DIVORCED', 'REMARRIED', 'UNMARRIED'])})),
        health_status varchar(500),
        chronic_diseases text[] NOT NULL DEFAULT '{}',
        mental_state varchar(500),
        hobbies varchar(500),
        has_pension boolean,
        has_medical_insurance boolean,
        uses_smartphone boolean,
        uses_wechat boolean,
        is_deceased boolean NOT NULL DEFAULT false,
        death_date date,
        cause_of_death varchar(20) CHECK (cause_of_death IN (${list(['ILLNESS', 'ACCIDENT', 'SUICIDE', 'OTHER'])})),
        disability_type varchar(20)
          CHECK (disability_type IN (${list(['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE'])})),
        disability_grade smallint CHECK (disability_grade BETWEEN 1 AND 4),
        note varchar(1000),
        sort_order smallint NOT NULL DEFAULT 0,
        -- Copied from the household: one ID number may be in only one active file.
        in_active_file boolean NOT NULL DEFAULT true,
        CHECK (death_date IS NULL OR is_deceased)
      )`);
    await q.query(
      `CREATE INDEX household_member_household_idx ON household_member (household_id, sort_order)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX household_member_active_id_number_idx ON household_member (id_number) WHERE in_active_file AND id_number IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE household_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id),
        kind varchar(30) NOT NULL
          CHECK (kind IN (${list(['ASSOCIATION_WORKER', 'VILLAGE_CADRE', 'VILLAGE_DOCTOR', 'VOLUNTEER', 'OTHER'])})),
        name varchar(50) NOT NULL,
        phone varchar(20),
        organization varchar(100),
        sort_order smallint NOT NULL DEFAULT 0
      )`);
    await q.query(
      `CREATE INDEX household_contact_household_idx ON household_contact (household_id, sort_order)`,
    );

    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id),
        assessed_on date NOT NULL,
        assessor_name varchar(50) NOT NULL,
        assessor_account_id uuid REFERENCES account(id),
        grief_trauma smallint NOT NULL CHECK (grief_trauma BETWEEN 1 AND 5),
        healing smallint NOT NULL CHECK (healing BETWEEN 1 AND 5),
        acceptance smallint NOT NULL CHECK (acceptance BETWEEN 1 AND 5),
        future_attitude smallint NOT NULL CHECK (future_attitude BETWEEN 1 AND 5),
        physical_health smallint NOT NULL CHECK (physical_health BETWEEN 1 AND 5),
        mental_health smallint NOT NULL CHECK (mental_health BETWEEN 1 AND 5),
        risk_level varchar(10) NOT NULL CHECK (risk_level IN (${list(['HIGH', 'MEDIUM', 'LOW'])})),
        needs text[] NOT NULL DEFAULT '{}',
        notes varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX assessment_household_idx ON assessment (household_id, assessed_on DESC, created_at DESC)`,
    );

    await q.query(`
      CREATE TABLE household_category_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id),
        from_category varchar(20),
        to_category varchar(20) NOT NULL,
        changed_on date NOT NULL,
        reason varchar(500),
        changed_by uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX household_category_change_idx ON household_category_change (household_id, created_at)`,
    );

    // Row-level security: a household's rows follow its unit path; the tables that hang off a
    // household follow the household.
    await q.query(`ALTER TABLE household ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY household_in_scope ON household TO nuanxin_app
      USING (starts_with(unit_path, nuanxin_scope())) WITH CHECK (starts_with(unit_path, nuanxin_scope()))`);
    for (const table of [
      'household_member',
      'household_contact',
      'assessment',
      'household_category_change',
    ]) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_in_scope ON ${table} TO nuanxin_app
        USING (EXISTS (SELECT 1 FROM household h WHERE h.id = household_id))
        WITH CHECK (EXISTS (SELECT 1 FROM household h WHERE h.id = household_id))`);
    }
    await q.query(`GRANT USAGE, SELECT ON SEQUENCE household_file_number_seq TO nuanxin_app`);

    // One ID number may be in only one active file, across the whole country, but the caller can
    // see only their subtree. This function says where a number is already used (household id and
    // unit path, nothing else); the service names the unit only if the caller may see it.
    await q.query(`
      CREATE FUNCTION nuanxin_active_id_numbers(p_numbers text[], p_except uuid)
      RETURNS TABLE (id_number text, household_id uuid, unit_path text, unit_name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT m.id_number::text, h.id, h.unit_path, u.name::text
          FROM household_member m JOIN household h ON h.id = m.household_id JOIN unit u ON u.id = h.unit_id
         WHERE m.in_active_file AND m.id_number = ANY(p_numbers)
           AND (p_except IS NULL OR m.household_id <> p_except)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION nuanxin_active_id_numbers(text[], uuid) FROM PUBLIC`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION nuanxin_active_id_numbers(text[], uuid) TO nuanxin_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION nuanxin_active_id_numbers(text[], uuid)`);
    for (const table of [
      'household_category_change',
      'assessment',
      'household_contact',
      'household_member',
      'household',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP SEQUENCE household_file_number_seq`);
  }
}
