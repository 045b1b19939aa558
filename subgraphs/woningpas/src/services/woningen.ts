import { notFound, type Identity } from '@hub/shared';
import type { AdressenregisterClient } from '../clients/adressenregister.js';
import type { WoningLoaders } from '../loaders.js';
import type {
  AdresKandidaatModel,
  AdresModel,
  AdresZoekvraag,
  EerderPremiewerkModel,
  EpcModel,
  EpcStatusModel,
  ErfgoedstatusModel,
  GebouweenheidModel,
  VergunningstoestandModel,
  WoningRef,
} from '../models.js';
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

/**
 * The rules behind the woningpas fields, for one request. Every field of a home from the authentic
 * sources is checked on its own, on every request (also when the answer is cached): the CRM's access
 * decision first, and for VEKA data the caller's legal purpose, before any source is asked.
 */
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

  /** The home's key after the access check: FORBIDDEN without the CRM's yes, BAD_USER_INPUT for a bad id. */
  private toegelaten(woning: WoningRef): string {
    vereisToegangTotWoning(this.deps.identity, woning);
    return valideerAdresId(woning.adresId);
  }

  /** Also the legal purpose for VEKA: no purpose, no call to any upstream. */
  private toegelatenVoorVeka(woning: WoningRef): string {
    const adresId = this.toegelaten(woning);
    this.deps.rechtsgrond();
    return adresId;
  }

  async adres(woning: WoningRef): Promise<AdresModel> {
    const adres = await this.deps.loaders.adres.load(this.toegelaten(woning));
    if (!adres) throw notFound('Adres');
    return adres;
  }

  async gebouweenheid(woning: WoningRef): Promise<GebouweenheidModel | null> {
    return (await this.deps.loaders.gebouweenheden.load(this.toegelaten(woning))).eenheid;
  }

  async epc(woning: WoningRef): Promise<EpcModel | null> {
    return (await this.deps.loaders.epc.load(this.toegelatenVoorVeka(woning))).epc;
  }

  async epcStatus(woning: WoningRef): Promise<EpcStatusModel> {
    return (await this.deps.loaders.epc.load(this.toegelatenVoorVeka(woning))).status;
  }

  async eerderePremiewerken(woning: WoningRef): Promise<EerderPremiewerkModel[] | null> {
    return this.deps.loaders.premiewerken.load(this.toegelatenVoorVeka(woning));
  }

  async erfgoed(woning: WoningRef): Promise<ErfgoedstatusModel> {
    return this.deps.loaders.erfgoed.load(this.toegelaten(woning));
  }

  async vergunningen(woning: WoningRef): Promise<VergunningstoestandModel> {
    return this.deps.loaders.vergunningen.load(this.toegelaten(woning));
  }
}
