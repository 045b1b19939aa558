// The upstream sandboxes and the local identity issuer as a process of their own, next to the gateway
// and subgraph processes of a benchmark (so that their work and memory are not counted as the hub's).
// Configured by BENCH_SANDBOXES (JSON, see SandboxesProcessConfig).
import { startSandboxes } from '@hub/embedded';
import { answerQuestions, closeOnStop, sayFailed, sayReady } from './child.js';

export interface SandboxesProcessConfig {
  port: number;
  latencyMs: number;
  audience: string;
  clients: Array<{ realm: 'acm' | 'stad'; clientId: string; clientSecret: string; audience: string }>;
  partnerWebhookSecret: string;
}

export interface SandboxesReady {
  baseUrl: string;
  issuers: { acm: string; stad: string };
}

const config = JSON.parse(process.env.BENCH_SANDBOXES ?? '{}') as SandboxesProcessConfig;

try {
  const sandboxes = await startSandboxes({
    port: config.port,
    audience: config.audience,
    clients: config.clients,
    partnerWebhookSecret: config.partnerWebhookSecret,
    latencyMs: config.latencyMs,
    synthetischeWoningen: true,
  });
  answerQuestions({
    calls: () => ({ calls: Object.fromEntries(sandboxes.calls) }),
  });
  closeOnStop(() => sandboxes.close());
  const ready: SandboxesReady = { baseUrl: sandboxes.baseUrl, issuers: { acm: sandboxes.issuer.issuerUrl('acm'), stad: sandboxes.issuer.issuerUrl('stad') } };
  sayReady({ ...ready });
} catch (err) {
  sayFailed(err);
}
