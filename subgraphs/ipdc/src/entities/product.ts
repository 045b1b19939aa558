import { EntitySchema } from 'typeorm';
import type { Product } from '../domain/product.js';

/**
 * A product in the replica: the newest snapshot of it that the feed gave (by generatedAtTime, then by
 * position in the feed), its content as `data`, and the columns the catalogue filters and sorts on.
 * An archived product stays as a tombstone (`gearchiveerd`), so that an older snapshot arriving later
 * cannot bring it back; the catalogue never serves it.
 */
export interface ProductRecord {
  /** The instance uuid (lower case). */
  id: string;
  uri: string;
  productnummer: string | null;
  /** The schema's ProductType value; null for a code the hub does not know. */
  type: string | null;
  themas: string[];
  doelgroepen: string[];
  /** NUTS/LAU codes, upper case. */
  gebieden: string[];
  /** First and last day of the service in Belgium (YYYY-MM-DD); null = not limited. */
  geldigVanaf: string | null;
  geldigTot: string | null;
  gearchiveerd: boolean;
  generatedAt: Date;
  snapshotUri: string;
  /** Where the snapshot stood in the feed: page number and index on the page. */
  pagina: number;
  positie: number;
  sorteernaam: string;
  /** Normalised names and keywords: all languages, and per language variant with fallback. */
  zoektekst: string;
  zoektekstNl: string;
  zoektekstNlFormeel: string;
  zoektekstNlInformeel: string;
  zoektekstEn: string;
  data: Product;
  bijgewerktOp: Date;
}

export const ProductEntity = new EntitySchema<ProductRecord>({
  name: 'Product',
  tableName: 'product',
  columns: {
    id: { type: 'uuid', primary: true },
    uri: { type: 'text' },
    productnummer: { type: 'text', nullable: true },
    type: { type: 'text', nullable: true },
    themas: { type: 'text', array: true },
    doelgroepen: { type: 'text', array: true },
    gebieden: { type: 'text', array: true },
    geldigVanaf: { name: 'geldig_vanaf', type: 'date', nullable: true },
    geldigTot: { name: 'geldig_tot', type: 'date', nullable: true },
    gearchiveerd: { type: 'boolean' },
    generatedAt: { name: 'generated_at', type: 'timestamptz' },
    snapshotUri: { name: 'snapshot_uri', type: 'text' },
    pagina: { type: 'integer' },
    positie: { type: 'integer' },
    sorteernaam: { type: 'text', collation: 'C' },
    zoektekst: { type: 'text' },
    zoektekstNl: { name: 'zoektekst_nl', type: 'text' },
    zoektekstNlFormeel: { name: 'zoektekst_nl_formeel', type: 'text' },
    zoektekstNlInformeel: { name: 'zoektekst_nl_informeel', type: 'text' },
    zoektekstEn: { name: 'zoektekst_en', type: 'text' },
    data: { type: 'jsonb' },
    bijgewerktOp: { name: 'bijgewerkt_op', type: 'timestamptz' },
  },
});
