import { notFound, type Identity } from '@hub/shared';
import type { AdressenregisterClient } from '../clients/adressenregister.js';
import type { WoningLoaders } from '../loaders.js';
import type { AdresKandidaatModel, AdresModel, AdresZoekvraag, EpcModel, WoningRef } from '../models.js';
import { naarKandidaten, valideerAdresId, valideerZoekvraag } from './adressen.js';
import type { Rechtsgrond } from './reden.js';
import { vereisToegangTotWoning, vereisWoningRaadpleger } from './toegang.js';

export interface WoningServiceDeps {
  identity: Identity;
  adressenregister: AdressenregisterClient;
  loaders: WoningLoaders;
  /** The caller's legal purpose for VEKA; throws when the caller has none. */
  rechtsgrond: () => Rechtsgrond;
}

/** The rules behind the woningpas fields, for one request. */
export class WoningService {
  constructor(private readonly deps: WoningServiceDeps) {}

  /** `Query.woning`: the home by key; its data comes per field, each checked on its own. */
  woning(adresId: string): WoningRef {
    vereisWoningRaadpleger(this.deps.identity);
    return { adresId: valideerAdresId(adresId) };
  }

  async zoekAdres(vraag: AdresZoekvraag): Promise<AdresKandidaatModel[]> {
    vereisWoningRaadpleger(this.deps.identity);
    const query = valideerZoekvraag(vraag);
    return naarKandidaten(await this.deps.adressenregister.adresMatch(query));
  }

  async adres(woning: WoningRef): Promise<AdresModel> {
    vereisToegangTotWoning(this.deps.identity, woning);
    const adres = await this.deps.loaders.adres.load(valideerAdresId(woning.adresId));
    if (!adres) throw notFound('Adres');
    return adres;
  }

  async epc(woning: WoningRef): Promise<EpcModel | null> {
    vereisToegangTotWoning(this.deps.identity, woning);
    const adresId = valideerAdresId(woning.adresId);
    this.deps.rechtsgrond(); // no legal purpose, no call to any upstream
    return this.deps.loaders.epc.load(adresId);
  }
}
