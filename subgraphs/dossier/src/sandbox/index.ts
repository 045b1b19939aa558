export { createPartnerSandbox, type PartnerSandbox, type OntvangenAanvraag } from './partners.js';
// Mijn Burgerprofiel's sandbox lives in @hub/shared: the premies subgraph notifies citizens too.
export { createBurgerprofielSandbox, type BurgerprofielSandbox, type OntvangenNotificatie } from '@hub/shared';
