import type { WoningInvoer } from '../src/services/advies.js';

/** The home of the worked examples: an old house with a valid EPC (the examples do not depend on its age). */
export const OUDE_WONING: WoningInvoer = {
  adresId: '3000120',
  epcLabel: 'F',
  bouwjaar: 1930,
  epcCertificaatnummer: '20240318-0001234-00000001',
  herkomst: 'EPC 20240318-0001234-00000001 uit de EPC-databank van VEKA.',
  volgens: 'volgens het EPC',
  waaromOnbekend: 'het EPC vermeldt geen bouwjaar',
};
