import { badUserInput, ErrorCode, UpstreamError } from '@hub/shared';
import DataLoader from 'dataloader';
import { IPDC_SOURCE, type IpdcClient } from '../clients/ipdc-client.js';
import { isUuid, type Product } from '../domain/product.js';
import type { ProductRepository } from '../repositories/product-repository.js';
import type { ReplicaGereedheid } from './gereedheid.js';
import { productFilter, type ProductenArgs } from './zoeken.js';

export interface ProductServiceDeps {
  producten: ProductRepository;
  ipdc: Pick<IpdcClient, 'getInstantie'>;
  gereedheid: ReplicaGereedheid;
}

/**
 * The product rules of one request; the catalogue is public information, so no role is required.
 * Products come from the replica. By id through a DataLoader: all ids of a request in one query; an id
 * the replica does not know at all (not even as archived) is asked of IPDC's instance endpoint, one call
 * per distinct id, in parallel, so that a product published since the last sync is found too. What that
 * call answers is not written to the replica: only the feed feeds it.
 */
export class ProductService {
  private readonly loader: DataLoader<string, Product | null>;

  constructor(private readonly deps: ProductServiceDeps) {
    this.loader = new DataLoader(async (ids) => {
      const inReplica = new Map((await deps.producten.perId(ids)).map((r) => [r.id, r]));
      return Promise.all(
        ids.map((id) => {
          const stored = inReplica.get(id);
          if (stored) return stored.gearchiveerd ? null : stored.product;
          return deps.ipdc.getInstantie(id).then(
            (versie) => (versie && !versie.gearchiveerd ? versie.product : null),
            (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
          );
        }),
      );
    });
  }

  /** One product; null when IPDC does not know it or archived it. */
  async product(id: string): Promise<Product | null> {
    const trimmed = id.trim();
    if (!isUuid(trimmed)) throw badUserInput('Een product-id is de uuid van een IPDC-instantie.', { argument: 'id' });
    return this.loader.load(trimmed.toLowerCase());
  }

  /** The current product with this IPDC product number; null when there is none. */
  async productOpNummer(productnummer: string): Promise<Product | null> {
    const nummer = productnummer.trim();
    if (nummer.length < 1 || nummer.length > 50) {
      throw badUserInput('productnummer moet 1 tot 50 tekens lang zijn.', { argument: 'productnummer' });
    }
    return (await this.deps.producten.opProductnummer(nummer)) ?? null;
  }

  /** The catalogue's products that pass the filter. Bad arguments are refused before the replica is read. */
  async producten(args: ProductenArgs): Promise<Product[]> {
    const filter = productFilter(args);
    if (!(await this.deps.gereedheid.isGevuld())) {
      throw new UpstreamError(
        IPDC_SOURCE,
        ErrorCode.UPSTREAM_UNAVAILABLE,
        'De productcatalogus wordt nog uit IPDC geladen; probeer het over enkele minuten opnieuw.',
        'the replica has no data yet',
      );
    }
    return this.deps.producten.zoek(filter);
  }
}
