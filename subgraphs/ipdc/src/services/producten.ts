import { badUserInput } from '@hub/shared';
import DataLoader from 'dataloader';
import type { IpdcClient } from '../clients/ipdc-client.js';
import { isUuid, type Product } from '../domain/product.js';
import type { Catalogus } from './catalogus.js';
import { productFilter, zoekProducten, type ProductenArgs } from './zoeken.js';

/**
 * The product rules of one request. Products by id come from IPDC's instance endpoint through a
 * DataLoader: one call per distinct id per request, all in parallel. An unknown (404) or archived
 * product is null. Lists come from the shared catalogue (the feed, kept for a TTL).
 * The catalogue is public information: no role is required.
 */
export class ProductService {
  private readonly loader: DataLoader<string, Product | null>;

  constructor(
    client: IpdcClient,
    private readonly catalogus: Catalogus,
  ) {
    this.loader = new DataLoader((ids) =>
      Promise.all(
        ids.map((id) =>
          client.getInstantie(id).then(
            (versie) => (versie && !versie.gearchiveerd ? versie.product : null),
            (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
          ),
        ),
      ),
    );
  }

  /** One product; null when IPDC does not know it or archived it. */
  async product(id: string): Promise<Product | null> {
    const trimmed = id.trim();
    if (!isUuid(trimmed)) throw badUserInput('Een product-id is de uuid van een IPDC-instantie.', { argument: 'id' });
    return this.loader.load(trimmed.toLowerCase());
  }

  /** The catalogue's products that pass the filter. Bad arguments are refused before the feed is read. */
  async producten(args: ProductenArgs): Promise<Product[]> {
    const filter = productFilter(args);
    return zoekProducten(await this.catalogus.producten(), filter);
  }
}
