import { z } from 'zod';
import type { HttpClient, TokenProvider } from '@hub/shared';

/**
 * Client of the VEKA datadiensten API (`datadiensten_prod_v1.yaml`): the Mijn VerbouwPremie works already
 * known for a building unit, `GET /api/datadiensten/v1/mvp/werken?gebouweenheidId=`. Authenticated with
 * an ACM/IDM access token (OAuth2 client credentials), like the dossier API. The contract has no legal
 * purpose parameter; the hub logs the caller's purpose itself (see the README).
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, { error: 'expected an ISO-8601 date' });
const num = z.number().nullish();
const str = z.string().nullish();
const bool = z.boolean().nullish();

const Vermogen = z.object({ type: str, waarde: num });

/** `Mvp.Dak`, `Mvp.Vloer`: the insulated surface and its thermal resistance. */
const Dak = z.object({ type: str, teVerwijderenAsbest: bool, oppervlakteAsbest: num, oppervlakte: num, rdWaarde: num });
const Vloer = Dak;
const Buitenmuur = Dak.extend({ dikteSpouw: num, lambdaWaarde: num, stsNummer: str });
const RamenEnDeuren = z.object({ type: str, soortBeglazingTerVervanging: str, uWaarde: num, oppervlakte: num });
const ElektriciteitEnSanitair = z.object({ netbeheerder: str });
const HernieuwbareEnergieproductie = z.object({
  type: str,
  oppervlakte: num,
  productLabel: str,
  vermogens: z.array(Vermogen).nullish(),
  typeHoofdverwarming: str,
  energieEfficientie: str,
  typeAandrijving: str,
  vervangingElektrischeVerwarming: bool,
  aardgasnetAanwezig: bool,
  gebruik: str,
  inhoud: str,
});
const Gascondensatieketel = z.object({
  type: str,
  teVervangenInstallatie: z.object({ type: str, leeftijd: z.number().int().nullish() }).nullish(),
  vervangingHoogrendementsketel: bool,
  aardgasnetAanwezig: bool,
  productLabel: str,
  vermogens: z.array(Vermogen).nullish(),
  typeHoofdverwarming: str,
});
const Ventilatie = z.object({ type: str, productLabel: str });

/** `Mvp.Werk`: one subsidised work; the part of its category is filled in, the others are null. */
export const WerkSchema = z.object({
  werkId: str,
  type: str,
  dossierNummer: str,
  facturatieDatum: IsoDate.nullish(),
  gebouweenheidId: z.number().int(),
  adresId: z.number().int().nullish(),
  uitvoeringsdatum: IsoDate.nullish(),
  uitvoerder: str,
  netbeheerder: str,
  bron: str,
  dak: Dak.nullish(),
  buitenmuur: Buitenmuur.nullish(),
  vloer: Vloer.nullish(),
  ramenEnDeuren: RamenEnDeuren.nullish(),
  elektriciteitEnSanitair: ElektriciteitEnSanitair.nullish(),
  hernieuwbareEnergieproductie: HernieuwbareEnergieproductie.nullish(),
  gascondensatieketel: Gascondensatieketel.nullish(),
  ventilatie: Ventilatie.nullish(),
});
export type Werk = z.infer<typeof WerkSchema>;

/** `Mvp.WerkenLijst`. */
export const WerkenLijstSchema = z.object({ werken: z.array(WerkSchema).nullish() });

/** What the hub asks of the VEKA datadiensten. A caching or retrying policy can wrap this interface. */
export interface DatadienstenClient {
  /** The Mijn VerbouwPremie works of a building unit; empty when there are none. */
  premiewerken(gebouweenheidId: string): Promise<Werk[]>;
}

export function createDatadienstenClient(http: HttpClient, tokens: TokenProvider): DatadienstenClient {
  return {
    async premiewerken(gebouweenheidId) {
      const response = await http.getJson('/api/datadiensten/v1/mvp/werken', {
        params: { gebouweenheidId },
        headers: { Authorization: `Bearer ${await tokens.token()}` },
        schema: WerkenLijstSchema,
        emptyStatuses: [204, 404],
      });
      return response?.werken ?? [];
    },
  };
}
