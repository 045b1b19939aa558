export { createPartnerSandbox, type PartnerSandbox, type OntvangenAanvraag } from './partners.js';
export { createBurgerprofielSandbox, type BurgerprofielSandbox, type OntvangenNotificatie } from './burgerprofiel.js';
