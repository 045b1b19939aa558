export { startHub, seedDemoData, type HubOptions, type HubPorts, type RunningHub } from './hub.js';
export { createLocalIssuer, type LocalIssuer, type DemoClient, type Realm } from './issuer.js';
export { startSandboxes, type SandboxesOptions, type RunningSandboxes } from './sandboxes.js';
export { loadStartConfig } from './start-config.js';
