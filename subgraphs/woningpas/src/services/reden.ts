import { forbidden, isAnonymous, unauthenticated, type Identity, type Rol } from '@hub/shared';
import { STATISTIEK_ROLLEN, vereisStatistiekLezer } from './toegang.js';

/**
 * The legal purpose (`reden`) the VEKA APIs require on every call, derived from the verified caller: VEKA
 * (and an audit) must be able to tell why a certificate was read. A caller without a legal purpose for
 * EPC data gets no EPC data, whatever the CRM says about the home.
 */
export interface Rechtsgrond {
  /** The role that gave the purpose. */
  rol: Rol;
  reden: string;
}

const BEGELEIDING = 'Renovatiebegeleiding Energieloket Leuven';

/** Roles with a legal purpose, in the order they are tried when a caller has several. */
const REDEN_PER_ROL: ReadonlyArray<[Rol, (identity: Identity) => string]> = [
  ['spoc', () => `${BEGELEIDING} (rol spoc)`],
  ['energieconsulent', () => `${BEGELEIDING} (rol energieconsulent)`],
  ['renovatiebegeleider', () => `${BEGELEIDING} (rol renovatiebegeleider)`],
  ['stadsdienst', (id) => `${BEGELEIDING} (rol stadsdienst${id.dienst ? `, dienst ${id.dienst}` : ''})`],
  ['partner', (id) => `${BEGELEIDING} (rol partner${id.organisatie ? `, organisatie ${id.organisatie}` : ''})`],
  ['burger', () => 'Raadpleging eigen woning door de burger (Mijn VerbouwPremie/renovatiebegeleiding)'],
];

/**
 * The legal purpose of this caller. Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for roles
 * that have no purpose to read individual certificates (analist: aggregates only; burgerprofiel: case
 * status only).
 */
export function rechtsgrondVoor(identity: Identity): Rechtsgrond {
  if (isAnonymous(identity)) throw unauthenticated();
  for (const [rol, reden] of REDEN_PER_ROL) {
    if (identity.rollen.includes(rol)) return { rol, reden: reden(identity) };
  }
  throw forbidden('Je rol geeft geen wettelijke reden om EPC-gegevens op te vragen.');
}

/**
 * The legal purpose of a lookup for the statistics (the EPC labels of the guided homes): the same
 * renovation guidance, for aggregate figures without personal data. VEKA's contract takes `reden` as free
 * text and names no statistical purpose of its own, so the hub says it in words, with the caller's role.
 * Throws UNAUTHENTICATED or FORBIDDEN for callers who may not read statistics.
 */
export function rechtsgrondVoorStatistiek(identity: Identity): Rechtsgrond {
  vereisStatistiekLezer(identity);
  const rol = STATISTIEK_ROLLEN.find((r) => identity.rollen.includes(r))!;
  return { rol, reden: `${BEGELEIDING}: statistiek zonder persoonsgegevens (rol ${rol})` };
}
