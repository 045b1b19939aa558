export {
  createMijnVerbouwPremieSandbox,
  STANDAARD_TIJDLIJN,
  SandboxStatusError,
  type MijnVerbouwPremieSandbox,
  type SandboxAanvraag,
  type StatusWijziging,
  type TijdlijnStap,
} from './mijnverbouwpremie.js';
