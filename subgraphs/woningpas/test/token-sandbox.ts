import { readBody, sendJson, type Sandbox } from '@hub/shared';

/**
 * A stand-in for the ACM/IDM token endpoint (client-credentials grant) under `/idp/token`. It checks the
 * client's credentials and counts the tokens it hands out; the tokens are opaque.
 */
export function tokenSandbox(client: { clientId: string; clientSecret: string }): Sandbox & { issued: string[] } {
  const issued: string[] = [];
  return {
    prefix: 'idp',
    name: 'ACM/IDM token endpoint (test)',
    issued,
    async handle(req, res, url) {
      if (req.method !== 'POST' || url.pathname !== '/token') return false;
      const form = new URLSearchParams(await readBody(req, 10_000));
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== client.clientId || form.get('client_secret') !== client.clientSecret) {
        sendJson(res, 401, { error: 'invalid_client' });
        return true;
      }
      const token = `sandbox-token-${issued.length + 1}`;
      issued.push(token);
      sendJson(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 300 });
      return true;
    },
  };
}
