export { burgerprofielHandler, zaakLink, type BurgerprofielNotificatie } from './client.js';
export { createBurgerprofielSandbox, type BurgerprofielSandbox, type OntvangenNotificatie } from './sandbox.js';
