import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The replica of the IPDC instance feed: the products (newest snapshot each) and the checkpoint of the feed. */
export class IpdcReplica1795838359839 implements MigrationInterface {
  name = 'IpdcReplica1795838359839';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product (
        id uuid PRIMARY KEY,
        uri text NOT NULL,
        productnummer text,
        type text,
        themas text[] NOT NULL,
        doelgroepen text[] NOT NULL,
        gebieden text[] NOT NULL,
        geldig_vanaf date,
        geldig_tot date,
        gearchiveerd boolean NOT NULL,
        generated_at timestamptz NOT NULL,
        snapshot_uri text NOT NULL,
        pagina integer NOT NULL CONSTRAINT product_pagina_check CHECK (pagina >= 0),
        positie integer NOT NULL CONSTRAINT product_positie_check CHECK (positie >= 0),
        sorteernaam text COLLATE "C" NOT NULL,
        zoektekst text NOT NULL,
        zoektekst_nl text NOT NULL,
        zoektekst_nl_formeel text NOT NULL,
        zoektekst_nl_informeel text NOT NULL,
        zoektekst_en text NOT NULL,
        data jsonb NOT NULL,
        bijgewerkt_op timestamptz NOT NULL
      )`);
    // The catalogue lists the current products by name; filters on the code lists and areas use GIN.
    await q.query('CREATE INDEX product_catalogus_idx ON product (sorteernaam, id) WHERE NOT gearchiveerd');
    await q.query('CREATE INDEX product_productnummer_idx ON product (productnummer) WHERE NOT gearchiveerd');
    await q.query('CREATE INDEX product_themas_idx ON product USING gin (themas)');
    await q.query('CREATE INDEX product_doelgroepen_idx ON product USING gin (doelgroepen)');
    await q.query('CREATE INDEX product_gebieden_idx ON product USING gin (gebieden)');
    await q.query(`
      CREATE TABLE replicatie (
        feed text PRIMARY KEY,
        pagina integer NOT NULL CONSTRAINT replicatie_pagina_check CHECK (pagina >= 0),
        status text NOT NULL
          CONSTRAINT replicatie_status_check CHECK (status IN ('NIET_GESTART', 'BEZIG', 'VOLTOOID', 'ONDERBROKEN', 'MISLUKT')),
        laatste_generated_at timestamptz,
        gestart_op timestamptz,
        voltooid_op timestamptz,
        paginas_gelezen integer NOT NULL,
        snapshots_gelezen integer NOT NULL,
        producten_gewijzigd integer NOT NULL,
        fout_code text,
        fout_bron text,
        fout_bericht text,
        fout_op timestamptz,
        eigenaar text,
        claim_tot timestamptz,
        CONSTRAINT replicatie_claim_check CHECK ((eigenaar IS NULL) = (claim_tot IS NULL))
      )`);
    await q.query(`
      INSERT INTO replicatie (feed, pagina, status, paginas_gelezen, snapshots_gelezen, producten_gewijzigd)
      VALUES ('instantiesnapshot', 0, 'NIET_GESTART', 0, 0, 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE replicatie');
    await q.query('DROP TABLE product');
  }
}
