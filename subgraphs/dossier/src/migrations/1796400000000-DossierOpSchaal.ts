import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dossier database at Flanders' scale (issue 7, `npm run bench:db`: a million dossiers): what the
 * back-office lists and the statistics read instead of counting millions of rows per request.
 *
 * Lists (`Query.dossiers`):
 * - `dossier_telling`: the number of dossiers per phase, status, postcode, SPOC and coach. The total of
 *   a filtered list (`totalCount`) is a sum over a few hundred rows of it instead of a count over up to a
 *   million dossiers. Kept up to date by statement triggers on `dossier` (transition tables), in the
 *   transaction of the change. '' stands for "none" (a NULL cannot be a key).
 * - `dossier_achterstallig_idx` replaces `dossier_volgende_actie_idx`: the running dossiers with a next
 *   action, with the columns of the other filters, so that "overdue" (and "not overdue": the others)
 *   is counted from the index alone.
 * - `dossier.zoek_achternaam`, `dossier.zoek_naam`: the citizen's surname and "first name surname" in
 *   lower case, kept in step with `burger` by triggers, with prefix indexes that include the id (they
 *   replace those on `burger`): a search by name reads an index of `dossier` instead of looking up the
 *   dossiers of thousands of matching citizens one by one. The address index includes the id and the
 *   address for the same reason, and has no predicate any more (the planner ignores the statistics of a
 *   partial expression index).
 *
 * Statistics (`Query.statistieken`), per Belgian calendar month and postcode (the dossier's; the history
 * carries it in `dossier_overgang.postcode`, kept by triggers, with it in the indexes of the history):
 * - `stat_dossier`: dossiers opened, per current phase, status and start channel;
 * - `stat_instroom`: changes that brought a running dossier into a (new) phase, per phase;
 * - `stat_verblijf`: stays in a phase that ended (stops excluded), per phase and per length class
 *   (`verblijf_emmer`): a histogram from which the exact median and 90th percentile are found by
 *   reading only the stays of the classes that hold them, in length order (`dossier_overgang_duur_idx`);
 * - `stat_maatregel`: measures executed, per work category: how many, the sum of their best known
 *   amounts and of their invoices (with how many have one: a sum of none is null). Each executed
 *   measure's part is kept in `stat_maatregel_bijdrage` (with its moment: the days of a period's partial
 *   months are read from it), so that a change of a measure, one of its invoices or quotes (or its
 *   dossier's postcode) recomputes that measure's part and moves the totals by the difference.
 * A period is whole days: its whole months are read from these tables, the days of a month it covers in
 *   part from the rows themselves (StatistiekRepository); the figures are the same as counting the rows.
 *
 * Every summary is kept in the transaction that changes the rows (statement triggers with transition
 * tables; each trigger moves the totals by the difference in one statement, an INSERT ... ON CONFLICT
 * DO UPDATE that locks its rows in key order; no check constraint on the totals: it would judge the
 * difference, not the total). `dossier_samenvattingen_herbouw()` computes them all again from the rows
 * (a TRUNCATE does that too). `dossier_woning_idx` replaces `dossier_adres_idx`: with the period
 * columns included, the homes that had a dossier in a period are counted from the index in home order.
 *
 * Value sets are not repeated here: the summaries take their keys from the rows (checked there).
 */
export class DossierOpSchaal1796400000000 implements MigrationInterface {
  name = 'DossierOpSchaal1796400000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- Helpers (immutable: used in an index) ----
    await q.query(`
      CREATE FUNCTION belgische_maand(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN date_trunc('month', t AT TIME ZONE 'Europe/Brussels')::date`);
    await q.query(`
      CREATE FUNCTION verblijf_dagen(op timestamptz, sinds timestamptz) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN date_part('epoch', op - sinds) / 86400`);
    // Length classes of a stay: narrow for short stays, wider for long ones (about 80 classes up to a year and a half).
    await q.query(`
      CREATE FUNCTION verblijf_emmer(dagen float8) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN floor(sqrt(greatest(dagen, 0)) * 4)::integer`);

    // ---- Lists ----
    await q.query(`
      CREATE TABLE dossier_telling (
        fase varchar(30) NOT NULL,
        status varchar(20) NOT NULL,
        postcode varchar(4) NOT NULL,
        spoc_sub varchar(200) NOT NULL,
        renovatiebegeleider_sub varchar(200) NOT NULL,
        aantal integer NOT NULL,
        CONSTRAINT dossier_telling_pkey PRIMARY KEY (fase, status, postcode, spoc_sub, renovatiebegeleider_sub)
      )`);
    await q.query(`DROP INDEX dossier_volgende_actie_idx`);
    await q.query(`
      CREATE INDEX dossier_achterstallig_idx ON dossier (volgende_actie_op) INCLUDE (fase, status, postcode, spoc_sub, renovatiebegeleider_sub)
        WHERE status = 'LOPEND' AND volgende_actie_op IS NOT NULL`);
    await q.query(`ALTER TABLE dossier ADD COLUMN zoek_achternaam varchar(100), ADD COLUMN zoek_naam varchar(201)`);
    await q.query(`
      UPDATE dossier d SET zoek_achternaam = lower(b.achternaam), zoek_naam = lower(b.voornaam || ' ' || b.achternaam)
        FROM burger b WHERE b.id = d.burger_id`);
    await q.query(`CREATE INDEX dossier_zoek_achternaam_idx ON dossier (zoek_achternaam text_pattern_ops) INCLUDE (id)`);
    await q.query(`CREATE INDEX dossier_zoek_naam_idx ON dossier (zoek_naam text_pattern_ops) INCLUDE (id)`);
    // The search no longer reads the names from burger: the indexes it had there go.
    await q.query(`DROP INDEX burger_naam_zoek_idx`);
    await q.query(`DROP INDEX burger_achternaam_zoek_idx`);
    // The address search of the lists reads its index alone too (the id and the address included).
    await q.query(`DROP INDEX dossier_adres_zoek_idx`);
    // Not partial: the planner uses the statistics of an expression index only when it has no predicate.
    await q.query(`CREATE INDEX dossier_adres_zoek_idx ON dossier (lower(adres_tekst) text_pattern_ops) INCLUDE (id, adres_tekst)`);
    await q.query(`
      CREATE FUNCTION dossier_zoeknamen() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        SELECT lower(b.achternaam), lower(b.voornaam || ' ' || b.achternaam) INTO NEW.zoek_achternaam, NEW.zoek_naam FROM burger b WHERE b.id = NEW.burger_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER dossier_zoeknamen BEFORE INSERT OR UPDATE OF burger_id ON dossier FOR EACH ROW EXECUTE FUNCTION dossier_zoeknamen()`);
    await q.query(`
      CREATE FUNCTION burger_zoeknamen() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        UPDATE dossier SET zoek_achternaam = lower(NEW.achternaam), zoek_naam = lower(NEW.voornaam || ' ' || NEW.achternaam)
         WHERE burger_id = NEW.id AND (zoek_achternaam, zoek_naam) IS DISTINCT FROM (lower(NEW.achternaam), lower(NEW.voornaam || ' ' || NEW.achternaam));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER burger_zoeknamen AFTER UPDATE OF voornaam, achternaam ON burger FOR EACH ROW EXECUTE FUNCTION burger_zoeknamen()`);

    // ---- Statistics ----
    await q.query(`
      CREATE TABLE stat_dossier (
        maand date NOT NULL,
        postcode varchar(4) NOT NULL,
        fase varchar(30) NOT NULL,
        status varchar(20) NOT NULL,
        kanaal varchar(20) NOT NULL,
        aantal integer NOT NULL,
        CONSTRAINT stat_dossier_pkey PRIMARY KEY (maand, postcode, fase, status, kanaal)
      )`);
    await q.query(`
      CREATE TABLE stat_instroom (
        maand date NOT NULL,
        postcode varchar(4) NOT NULL,
        fase varchar(30) NOT NULL,
        aantal integer NOT NULL,
        CONSTRAINT stat_instroom_pkey PRIMARY KEY (maand, postcode, fase)
      )`);
    await q.query(`
      CREATE TABLE stat_verblijf (
        maand date NOT NULL,
        postcode varchar(4) NOT NULL,
        fase varchar(30) NOT NULL,
        emmer integer NOT NULL,
        aantal integer NOT NULL,
        CONSTRAINT stat_verblijf_pkey PRIMARY KEY (maand, postcode, fase, emmer)
      )`);
    await q.query(`
      CREATE TABLE stat_maatregel_bijdrage (
        maatregel_id uuid PRIMARY KEY,
        uitgevoerd_op timestamptz(3) NOT NULL,
        maand date NOT NULL,
        postcode varchar(4) NOT NULL,
        categorie varchar(40) NOT NULL,
        bedrag numeric,
        gefactureerd numeric
      )`);
    // The days of a period's months in part: the parts of the measures executed on them, by moment.
    await q.query(`CREATE INDEX stat_maatregel_bijdrage_uitgevoerd_idx ON stat_maatregel_bijdrage (uitgevoerd_op) INCLUDE (postcode, categorie, bedrag, gefactureerd)`);
    await q.query(`
      CREATE TABLE stat_maatregel (
        maand date NOT NULL,
        postcode varchar(4) NOT NULL,
        categorie varchar(40) NOT NULL,
        aantal integer NOT NULL,
        met_bedrag integer NOT NULL,
        bedrag numeric NOT NULL,
        met_factuur integer NOT NULL,
        gefactureerd numeric NOT NULL,
        CONSTRAINT stat_maatregel_pkey PRIMARY KEY (maand, postcode, categorie)
      )`);
    // The history carries its dossier's postcode (kept by triggers), so that the statistics per postcode
    // read it from the indexes of the history instead of looking up the dossier of every change.
    await q.query(`ALTER TABLE dossier_overgang ADD COLUMN postcode varchar(4)`);
    await q.query(`UPDATE dossier_overgang o SET postcode = d.postcode FROM dossier d WHERE d.id = o.dossier_id AND d.postcode IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION dossier_overgang_postcode() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        SELECT d.postcode INTO NEW.postcode FROM dossier d WHERE d.id = NEW.dossier_id;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER dossier_overgang_postcode BEFORE INSERT OR UPDATE OF dossier_id, postcode ON dossier_overgang FOR EACH ROW EXECUTE FUNCTION dossier_overgang_postcode()`,
    );
    // The indexes of the statistics of the history, again: with the postcode instead of the dossier to look it up.
    await q.query(`DROP INDEX dossier_overgang_verblijf_idx`);
    await q.query(`
      CREATE INDEX dossier_overgang_verblijf_idx ON dossier_overgang (op) INCLUDE (van_fase, van_fase_sinds, postcode)
        WHERE van_fase_sinds IS NOT NULL AND naar_status <> 'STOPGEZET'`);
    await q.query(`DROP INDEX dossier_overgang_instroom_idx`);
    await q.query(`
      CREATE INDEX dossier_overgang_instroom_idx ON dossier_overgang (op) INCLUDE (naar_fase, postcode)
        WHERE naar_status = 'LOPEND' AND van_fase IS DISTINCT FROM naar_fase`);
    // The stays of one length class of a phase in the order of their length: the percentiles read the
    // stay at a rank of a class by walking this index (with the period and the postcode included).
    await q.query(`
      CREATE INDEX dossier_overgang_duur_idx ON dossier_overgang (van_fase, verblijf_emmer(verblijf_dagen(op, van_fase_sinds)), verblijf_dagen(op, van_fase_sinds))
        INCLUDE (op, van_fase_sinds, postcode) WHERE van_fase_sinds IS NOT NULL AND naar_status <> 'STOPGEZET'`);
    await q.query(`DROP INDEX dossier_adres_idx`);
    await q.query(`CREATE INDEX dossier_woning_idx ON dossier (adres_id) INCLUDE (geopend_op, afgesloten_op, postcode)`);

    // What a measure adds to the statistics of measures (executed ones only), computed from the rows.
    await q.query(`
      CREATE FUNCTION stat_maatregel_nieuw(ids uuid[])
        RETURNS TABLE (maatregel_id uuid, uitgevoerd_op timestamptz, maand date, postcode varchar, categorie varchar, bedrag numeric, gefactureerd numeric)
        LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
        SELECT m.id, m.uitgevoerd_op, belgische_maand(m.uitgevoerd_op), coalesce(d.postcode, ''), m.categorie, coalesce(f.som, o.bedrag_excl_btw, m.bedrag_excl_btw), f.som
          FROM maatregel m
          JOIN dossier d ON d.id = m.dossier_id
          LEFT JOIN LATERAL (SELECT sum(f.bedrag_excl_btw) AS som FROM factuur f WHERE f.maatregel_id = m.id) f ON TRUE
          LEFT JOIN offerte o ON o.maatregel_id = m.id AND o.status = 'GEKOZEN'
         WHERE m.id = ANY(ids) AND m.uitgevoerd_op IS NOT NULL
      $$`);
    // Recomputes the part of these measures, and moves the totals by the difference (one statement: key order).
    await q.query(`
      CREATE FUNCTION stat_maatregel_herbereken(ids uuid[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
        INSERT INTO stat_maatregel AS t (maand, postcode, categorie, aantal, met_bedrag, bedrag, met_factuur, gefactureerd)
        SELECT maand, postcode, categorie, sum(n), sum(CASE WHEN bedrag IS NULL THEN 0 ELSE n END), coalesce(sum(n * bedrag), 0),
               sum(CASE WHEN gefactureerd IS NULL THEN 0 ELSE n END), coalesce(sum(n * gefactureerd), 0)
          FROM (SELECT b.maand, b.postcode, b.categorie, b.bedrag, b.gefactureerd, -1 AS n FROM stat_maatregel_bijdrage b WHERE b.maatregel_id = ANY(ids)
                UNION ALL
                SELECT x.maand, x.postcode, x.categorie, x.bedrag, x.gefactureerd, 1 FROM stat_maatregel_nieuw(ids) x) v
         GROUP BY maand, postcode, categorie
        HAVING sum(n) <> 0 OR coalesce(sum(n * bedrag), 0) <> 0 OR coalesce(sum(n * gefactureerd), 0) <> 0
            OR sum(CASE WHEN bedrag IS NULL THEN 0 ELSE n END) <> 0 OR sum(CASE WHEN gefactureerd IS NULL THEN 0 ELSE n END) <> 0
         ORDER BY maand, postcode, categorie
        ON CONFLICT (maand, postcode, categorie) DO UPDATE SET aantal = t.aantal + excluded.aantal, met_bedrag = t.met_bedrag + excluded.met_bedrag,
          bedrag = t.bedrag + excluded.bedrag, met_factuur = t.met_factuur + excluded.met_factuur, gefactureerd = t.gefactureerd + excluded.gefactureerd;
        DELETE FROM stat_maatregel_bijdrage WHERE maatregel_id = ANY(ids);
        INSERT INTO stat_maatregel_bijdrage (maatregel_id, uitgevoerd_op, maand, postcode, categorie, bedrag, gefactureerd) SELECT * FROM stat_maatregel_nieuw(ids);
      $$`);

    // The statistics of the history: a change takes its rows' contributions away (-1) and adds the new ones (+1).
    await q.query(`
      CREATE FUNCTION overgang_samenvatting(oud dossier_overgang[], nieuw dossier_overgang[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
        INSERT INTO stat_instroom AS t (maand, postcode, fase, aantal)
        SELECT belgische_maand(x.op), coalesce(x.postcode, ''), x.naar_fase, sum(x.n)
          FROM (SELECT o.op, o.postcode, o.naar_fase, o.van_fase, o.naar_status, -1 AS n FROM unnest(oud) o
                UNION ALL SELECT o.op, o.postcode, o.naar_fase, o.van_fase, o.naar_status, 1 FROM unnest(nieuw) o) x
         WHERE x.naar_status = 'LOPEND' AND x.van_fase IS DISTINCT FROM x.naar_fase
         GROUP BY 1, 2, 3 HAVING sum(x.n) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (maand, postcode, fase) DO UPDATE SET aantal = t.aantal + excluded.aantal;
        INSERT INTO stat_verblijf AS t (maand, postcode, fase, emmer, aantal)
        SELECT belgische_maand(x.op), coalesce(x.postcode, ''), x.van_fase, verblijf_emmer(verblijf_dagen(x.op, x.van_fase_sinds)), sum(x.n)
          FROM (SELECT o.op, o.postcode, o.van_fase, o.van_fase_sinds, o.naar_status, -1 AS n FROM unnest(oud) o
                UNION ALL SELECT o.op, o.postcode, o.van_fase, o.van_fase_sinds, o.naar_status, 1 FROM unnest(nieuw) o) x
         WHERE x.van_fase_sinds IS NOT NULL AND x.naar_status <> 'STOPGEZET'
         GROUP BY 1, 2, 3, 4 HAVING sum(x.n) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (maand, postcode, fase, emmer) DO UPDATE SET aantal = t.aantal + excluded.aantal;
      $$`);

    // The summaries of dossiers; a dossier that moves to another postcode takes its history and measures along.
    await q.query(`
      CREATE FUNCTION dossier_samenvatting(oud dossier[], nieuw dossier[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
        INSERT INTO dossier_telling AS t (fase, status, postcode, spoc_sub, renovatiebegeleider_sub, aantal)
        SELECT fase, status, coalesce(postcode, ''), coalesce(spoc_sub, ''), coalesce(renovatiebegeleider_sub, ''), sum(n)
          FROM (SELECT x.fase, x.status, x.postcode, x.spoc_sub, x.renovatiebegeleider_sub, -1 AS n FROM unnest(oud) x
                UNION ALL SELECT x.fase, x.status, x.postcode, x.spoc_sub, x.renovatiebegeleider_sub, 1 FROM unnest(nieuw) x) v
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (fase, status, postcode, spoc_sub, renovatiebegeleider_sub) DO UPDATE SET aantal = t.aantal + excluded.aantal;
        INSERT INTO stat_dossier AS t (maand, postcode, fase, status, kanaal, aantal)
        SELECT belgische_maand(geopend_op), coalesce(postcode, ''), fase, status, coalesce(start_kanaal, ''), sum(n)
          FROM (SELECT x.geopend_op, x.postcode, x.fase, x.status, x.start_kanaal, -1 AS n FROM unnest(oud) x
                UNION ALL SELECT x.geopend_op, x.postcode, x.fase, x.status, x.start_kanaal, 1 FROM unnest(nieuw) x) v
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (maand, postcode, fase, status, kanaal) DO UPDATE SET aantal = t.aantal + excluded.aantal;
        -- (its history's postcode follows: the triggers of dossier_overgang move its statistics)
        UPDATE dossier_overgang o SET postcode = y.postcode
          FROM unnest(oud) x JOIN unnest(nieuw) y ON y.id = x.id
         WHERE x.postcode IS DISTINCT FROM y.postcode AND o.dossier_id = y.id;
        SELECT stat_maatregel_herbereken(ARRAY(
          SELECT m.id FROM maatregel m
           WHERE m.dossier_id IN (SELECT y.id FROM unnest(oud) x JOIN unnest(nieuw) y ON y.id = x.id WHERE x.postcode IS DISTINCT FROM y.postcode)));
      $$`);

    // The triggers: statement-level, with the changed rows as transition tables.
    await q.query(`
      CREATE FUNCTION dossier_samenvatting_trigger() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM dossier_samenvatting('{}', ARRAY(SELECT n::dossier FROM nieuw n));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM dossier_samenvatting(ARRAY(SELECT o::dossier FROM oud o), ARRAY(SELECT n::dossier FROM nieuw n));
        ELSE
          PERFORM dossier_samenvatting(ARRAY(SELECT o::dossier FROM oud o), '{}');
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER dossier_samenvatting_ins AFTER INSERT ON dossier REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION dossier_samenvatting_trigger()`);
    await q.query(
      `CREATE TRIGGER dossier_samenvatting_upd AFTER UPDATE ON dossier REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION dossier_samenvatting_trigger()`,
    );
    await q.query(`CREATE TRIGGER dossier_samenvatting_del AFTER DELETE ON dossier REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION dossier_samenvatting_trigger()`);
    await q.query(`
      CREATE FUNCTION overgang_samenvatting_trigger() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM overgang_samenvatting('{}', ARRAY(SELECT n::dossier_overgang FROM nieuw n));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM overgang_samenvatting(ARRAY(SELECT o::dossier_overgang FROM oud o), ARRAY(SELECT n::dossier_overgang FROM nieuw n));
        ELSE
          PERFORM overgang_samenvatting(ARRAY(SELECT o::dossier_overgang FROM oud o), '{}');
        END IF;
        RETURN NULL;
      END $$`);
    for (const [op, ref] of [
      ['INSERT', 'NEW TABLE AS nieuw'],
      ['UPDATE', 'OLD TABLE AS oud NEW TABLE AS nieuw'],
      ['DELETE', 'OLD TABLE AS oud'],
    ] as const) {
      await q.query(
        `CREATE TRIGGER dossier_overgang_samenvatting_${op.slice(0, 3).toLowerCase()} AFTER ${op} ON dossier_overgang REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION overgang_samenvatting_trigger()`,
      );
    }

    // Measures, invoices and quotes: the measures concerned are recomputed (only when a column that counts changed).
    await q.query(`
      CREATE FUNCTION maatregel_samenvatting_trigger() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_TABLE_NAME = 'maatregel' THEN
          IF TG_OP = 'INSERT' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT n.id FROM nieuw n WHERE n.uitgevoerd_op IS NOT NULL));
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(
              SELECT n.id FROM nieuw n JOIN oud o ON o.id = n.id
               WHERE (o.uitgevoerd_op, o.categorie, o.bedrag_excl_btw, o.dossier_id) IS DISTINCT FROM (n.uitgevoerd_op, n.categorie, n.bedrag_excl_btw, n.dossier_id)
              UNION SELECT o.id FROM oud o WHERE NOT EXISTS (SELECT 1 FROM nieuw n WHERE n.id = o.id)
              UNION SELECT n.id FROM nieuw n WHERE NOT EXISTS (SELECT 1 FROM oud o WHERE o.id = n.id)));
          ELSE
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT o.id FROM oud o WHERE o.uitgevoerd_op IS NOT NULL));
          END IF;
        ELSIF TG_TABLE_NAME = 'factuur' THEN
          IF TG_OP = 'INSERT' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT DISTINCT n.maatregel_id FROM nieuw n));
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(
              SELECT n.maatregel_id FROM nieuw n JOIN oud o ON o.id = n.id
               WHERE (o.maatregel_id, o.bedrag_excl_btw) IS DISTINCT FROM (n.maatregel_id, n.bedrag_excl_btw)
              UNION SELECT o.maatregel_id FROM nieuw n JOIN oud o ON o.id = n.id WHERE (o.maatregel_id, o.bedrag_excl_btw) IS DISTINCT FROM (n.maatregel_id, n.bedrag_excl_btw)));
          ELSE
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT DISTINCT o.maatregel_id FROM oud o));
          END IF;
        ELSE
          IF TG_OP = 'INSERT' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT DISTINCT n.maatregel_id FROM nieuw n WHERE n.status = 'GEKOZEN'));
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM stat_maatregel_herbereken(ARRAY(
              SELECT n.maatregel_id FROM nieuw n JOIN oud o ON o.id = n.id
               WHERE (o.status = 'GEKOZEN' OR n.status = 'GEKOZEN') AND (o.maatregel_id, o.status, o.bedrag_excl_btw) IS DISTINCT FROM (n.maatregel_id, n.status, n.bedrag_excl_btw)
              UNION SELECT o.maatregel_id FROM nieuw n JOIN oud o ON o.id = n.id
               WHERE (o.status = 'GEKOZEN' OR n.status = 'GEKOZEN') AND (o.maatregel_id, o.status, o.bedrag_excl_btw) IS DISTINCT FROM (n.maatregel_id, n.status, n.bedrag_excl_btw)));
          ELSE
            PERFORM stat_maatregel_herbereken(ARRAY(SELECT DISTINCT o.maatregel_id FROM oud o WHERE o.status = 'GEKOZEN'));
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    for (const tabel of ['maatregel', 'factuur', 'offerte']) {
      for (const [op, ref] of [
        ['INSERT', 'NEW TABLE AS nieuw'],
        ['UPDATE', 'OLD TABLE AS oud NEW TABLE AS nieuw'],
        ['DELETE', 'OLD TABLE AS oud'],
      ] as const) {
        await q.query(
          `CREATE TRIGGER ${tabel}_samenvatting_${op.slice(0, 3).toLowerCase()} AFTER ${op} ON ${tabel} REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION maatregel_samenvatting_trigger()`,
        );
      }
    }

    // Everything again from the rows (after a bulk load with the triggers off, or a TRUNCATE).
    await q.query(`
      CREATE FUNCTION dossier_samenvattingen_herbouw() RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
        DELETE FROM dossier_telling;
        INSERT INTO dossier_telling (fase, status, postcode, spoc_sub, renovatiebegeleider_sub, aantal)
        SELECT fase, status, coalesce(postcode, ''), coalesce(spoc_sub, ''), coalesce(renovatiebegeleider_sub, ''), count(*) FROM dossier GROUP BY 1, 2, 3, 4, 5;
        DELETE FROM stat_dossier;
        INSERT INTO stat_dossier (maand, postcode, fase, status, kanaal, aantal)
        SELECT belgische_maand(geopend_op), coalesce(postcode, ''), fase, status, coalesce(start_kanaal, ''), count(*) FROM dossier GROUP BY 1, 2, 3, 4, 5;
        DELETE FROM stat_instroom;
        INSERT INTO stat_instroom (maand, postcode, fase, aantal)
        SELECT belgische_maand(o.op), coalesce(o.postcode, ''), o.naar_fase, count(*) FROM dossier_overgang o
         WHERE o.naar_status = 'LOPEND' AND o.van_fase IS DISTINCT FROM o.naar_fase GROUP BY 1, 2, 3;
        DELETE FROM stat_verblijf;
        INSERT INTO stat_verblijf (maand, postcode, fase, emmer, aantal)
        SELECT belgische_maand(o.op), coalesce(o.postcode, ''), o.van_fase, verblijf_emmer(verblijf_dagen(o.op, o.van_fase_sinds)), count(*)
          FROM dossier_overgang o
         WHERE o.van_fase_sinds IS NOT NULL AND o.naar_status <> 'STOPGEZET' GROUP BY 1, 2, 3, 4;
        DELETE FROM stat_maatregel_bijdrage;
        INSERT INTO stat_maatregel_bijdrage (maatregel_id, uitgevoerd_op, maand, postcode, categorie, bedrag, gefactureerd)
        SELECT m.id, m.uitgevoerd_op, belgische_maand(m.uitgevoerd_op), coalesce(d.postcode, ''), m.categorie, coalesce(f.som, o.bedrag_excl_btw, m.bedrag_excl_btw), f.som
          FROM maatregel m
          JOIN dossier d ON d.id = m.dossier_id
          LEFT JOIN (SELECT maatregel_id, sum(bedrag_excl_btw) AS som FROM factuur GROUP BY maatregel_id) f ON f.maatregel_id = m.id
          LEFT JOIN offerte o ON o.maatregel_id = m.id AND o.status = 'GEKOZEN'
         WHERE m.uitgevoerd_op IS NOT NULL;
        DELETE FROM stat_maatregel;
        INSERT INTO stat_maatregel (maand, postcode, categorie, aantal, met_bedrag, bedrag, met_factuur, gefactureerd)
        SELECT maand, postcode, categorie, count(*), count(bedrag), coalesce(sum(bedrag), 0), count(gefactureerd), coalesce(sum(gefactureerd), 0)
          FROM stat_maatregel_bijdrage GROUP BY 1, 2, 3;
      $$`);
    await q.query(`
      CREATE FUNCTION dossier_samenvattingen_leeggemaakt() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        PERFORM dossier_samenvattingen_herbouw();
        RETURN NULL;
      END $$`);
    for (const tabel of ['dossier', 'dossier_overgang', 'maatregel', 'factuur', 'offerte']) {
      await q.query(`CREATE TRIGGER ${tabel}_samenvatting_tru AFTER TRUNCATE ON ${tabel} FOR EACH STATEMENT EXECUTE FUNCTION dossier_samenvattingen_leeggemaakt()`);
    }
    await q.query(`SELECT dossier_samenvattingen_herbouw()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tabel of ['dossier', 'dossier_overgang', 'maatregel', 'factuur', 'offerte']) {
      for (const op of ['ins', 'upd', 'del', 'tru']) await q.query(`DROP TRIGGER ${tabel}_samenvatting_${op} ON ${tabel}`);
    }
    await q.query(`DROP TRIGGER dossier_overgang_postcode ON dossier_overgang`);
    await q.query(`DROP TRIGGER dossier_zoeknamen ON dossier`);
    await q.query(`DROP TRIGGER burger_zoeknamen ON burger`);
    for (const f of [
      'dossier_samenvattingen_leeggemaakt()',
      'dossier_samenvattingen_herbouw()',
      'maatregel_samenvatting_trigger()',
      'overgang_samenvatting_trigger()',
      'dossier_overgang_postcode()',
      'dossier_samenvatting_trigger()',
      'dossier_samenvatting(dossier[], dossier[])',
      'overgang_samenvatting(dossier_overgang[], dossier_overgang[])',
      'stat_maatregel_herbereken(uuid[])',
      'stat_maatregel_nieuw(uuid[])',
      'burger_zoeknamen()',
      'dossier_zoeknamen()',
    ]) {
      await q.query(`DROP FUNCTION ${f}`);
    }
    await q.query(`DROP INDEX dossier_woning_idx`);
    await q.query(`CREATE INDEX dossier_adres_idx ON dossier (adres_id)`);
    await q.query(`DROP INDEX dossier_overgang_duur_idx`);
    await q.query(`DROP INDEX dossier_overgang_instroom_idx`);
    await q.query(`
      CREATE INDEX dossier_overgang_instroom_idx ON dossier_overgang (op) INCLUDE (naar_fase, dossier_id)
        WHERE naar_status = 'LOPEND' AND van_fase IS DISTINCT FROM naar_fase`);
    await q.query(`DROP INDEX dossier_overgang_verblijf_idx`);
    await q.query(`
      CREATE INDEX dossier_overgang_verblijf_idx ON dossier_overgang (op) INCLUDE (van_fase, van_fase_sinds, dossier_id)
        WHERE van_fase_sinds IS NOT NULL AND naar_status <> 'STOPGEZET'`);
    await q.query(`ALTER TABLE dossier_overgang DROP COLUMN postcode`);
    for (const t of ['stat_maatregel', 'stat_maatregel_bijdrage', 'stat_verblijf', 'stat_instroom', 'stat_dossier', 'dossier_telling']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX dossier_adres_zoek_idx`);
    await q.query(`CREATE INDEX dossier_adres_zoek_idx ON dossier (lower(adres_tekst) text_pattern_ops) WHERE adres_tekst IS NOT NULL`);
    await q.query(`CREATE INDEX burger_achternaam_zoek_idx ON burger (lower(achternaam) text_pattern_ops)`);
    await q.query(`CREATE INDEX burger_naam_zoek_idx ON burger (lower(voornaam || ' ' || achternaam) text_pattern_ops)`);
    await q.query(`DROP INDEX dossier_zoek_naam_idx`);
    await q.query(`DROP INDEX dossier_zoek_achternaam_idx`);
    await q.query(`ALTER TABLE dossier DROP COLUMN zoek_naam, DROP COLUMN zoek_achternaam`);
    await q.query(`DROP INDEX dossier_achterstallig_idx`);
    await q.query(`CREATE INDEX dossier_volgende_actie_idx ON dossier (volgende_actie_op) WHERE status = 'LOPEND' AND volgende_actie_op IS NOT NULL`);
    for (const f of ['verblijf_emmer(float8)', 'verblijf_dagen(timestamptz, timestamptz)', 'belgische_maand(timestamptz)']) await q.query(`DROP FUNCTION ${f}`);
  }
}
