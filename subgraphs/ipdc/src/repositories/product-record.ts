import { belgischeDatum } from '../domain/datum.js';
import type { ProductSnapshot } from '../domain/product.js';
import { sorteernaam, zoektekst, zoektekstIn } from '../domain/zoektekst.js';
import type { ProductRecord } from '../entities/product.js';

/**
 * A row to write: the generatedAtTime stays the feed's text, so that PostgreSQL compares it with its
 * full precision; the database sets bijgewerkt_op.
 */
export type NieuwProductRecord = Omit<ProductRecord, 'generatedAt' | 'bijgewerktOp'> & { generatedAt: string };

/** The replica's row for a snapshot found at `positie` on feed page `pagina`. */
export function productRecord(snapshot: ProductSnapshot, pagina: number, positie: number): NieuwProductRecord {
  const { product } = snapshot;
  return {
    id: product.id,
    uri: product.uri,
    productnummer: product.productnummer ?? null,
    type: product.type ?? null,
    themas: [...product.themas],
    doelgroepen: [...product.doelgroepen],
    gebieden: [...new Set(product.geografischToepassingsgebieden.map((g) => g.toUpperCase()))],
    geldigVanaf: belgischeDatum(product.geldigVanaf) ?? null,
    geldigTot: belgischeDatum(product.geldigTot) ?? null,
    gearchiveerd: snapshot.gearchiveerd,
    generatedAt: snapshot.generatedAtTime,
    snapshotUri: snapshot.snapshotUri,
    pagina,
    positie,
    sorteernaam: sorteernaam(product),
    zoektekst: zoektekst(product),
    zoektekstNl: zoektekstIn(product, 'NL'),
    zoektekstNlFormeel: zoektekstIn(product, 'NL_FORMEEL'),
    zoektekstNlInformeel: zoektekstIn(product, 'NL_INFORMEEL'),
    zoektekstEn: zoektekstIn(product, 'EN'),
    data: product,
  };
}
